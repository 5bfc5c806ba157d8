/*
 * Stand-in for zod's locale bundle (`z.locales`, about 400 KB before minification, all ~50
 * languages). Only the locales the app uses are kept: `zhCN` (set by @recall/shared with
 * `z.config(z.locales.zhCN())`) and `en` (zod's default). Any other `z.locales.xx()` call fails
 * loudly with "is not a function". See config/index.ts (bundleTweaks).
 */
'use strict';
const interop = (m) => (m && m.__esModule ? m.default : m);

module.exports = {
  en: interop(require('zod/v4/locales/en.cjs')),
  zhCN: interop(require('zod/v4/locales/zh-CN.cjs')),
};
