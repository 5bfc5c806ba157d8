'use strict';
/**
 * Large-text mode (大字模式, 适老化). Every `font-size` in the app's own styles (files under src/) is
 * written as usual (`font-size: 28px`) and becomes `calc(<size> * var(--fs, 1))` here, after
 * pxtransform has turned px into rpx/rem. PageShell puts `screen--large` on every page, which sets
 * `--fs` (app.css); without it the factor is 1. Sizes in em, %, keywords or already computed with
 * var()/calc() are left alone.
 */
const SIZE = /^\d*\.?\d+(rpx|rem|px)$/;

module.exports = (opts = {}) => {
  const include = opts.include instanceof RegExp ? opts.include : /[\\/]src[\\/]/;
  return {
    postcssPlugin: 'postcss-text-scale',
    Declaration: {
      'font-size': (decl) => {
        const file = decl.source && decl.source.input && decl.source.input.file;
        if (!file || !include.test(file)) return;
        const value = decl.value.trim();
        const important = /\s*!important$/i.test(value);
        const size = value.replace(/\s*!important$/i, '');
        if (!SIZE.test(size)) return;
        decl.value = `calc(${size} * var(--fs, 1))${important ? ' !important' : ''}`;
      },
    },
  };
};
module.exports.postcss = true;
