/*
 * ES-module stand-in for zod's locale bundle, for zod's ES build (see zod-locales.js for the
 * CommonJS one): only `zhCN` (set by @recall/shared) and `en` (zod's default) are kept.
 */
export { default as en } from 'zod/v4/locales/en.js';
export { default as zhCN } from 'zod/v4/locales/zh-CN.js';
