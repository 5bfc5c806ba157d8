import type { UserConfigExport } from '@tarojs/cli';

/**
 * Production builds ship compressed code. Taro minifies JS (terser) and WXSS/CSS (csso) in
 * production by default; they are named here so that nobody turns them off unnoticed.
 *
 * WXML is left to WeChat: Taro's `mini.minifyXML` runs html-minifier, which drops `</input>`
 * (a void element in HTML), and WeChat's compiler then rejects base.wxml ("expect end-tag
 * `input`"). project.config.json sets `minifyWXML` (with `minified` and `minifyWXSS`), so
 * DevTools and miniprogram-ci compress the templates when they compile the package for upload;
 * tests/weapp/wechat-ci.js checks both.
 */
export default {
  terser: { enable: true },
  csso: { enable: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
