'use strict';
/**
 * WeChat's screen reader (读屏) reads `aria-role`, `aria-label`, `aria-hidden` and `aria-selected`
 * on view, text and image
 * (https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html), but
 * Taro's weapp template does not carry them: it renders only the attributes its component table lists.
 * This Taro plugin adds the two to that table at build time (the template) and at run time
 * (`weapp-aria-runtime.js`, which tells Taro's renderer to pass them on), the way
 * @tarojs/plugin-inject does, without writing into node_modules.
 */
const path = require('path');
const { ARIA_ATTRIBUTES } = require('./weapp-aria-attributes');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (process.env.TARO_ENV !== 'weapp' || !platform.template) return;
      platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES);
      const runtime = path.resolve(__dirname, 'weapp-aria-runtime.js');
      platform.runtimePath = [].concat(platform.runtimePath, runtime);
    },
  });
};
