/*
 * h5 only, in place of Taro's previewImage (config/index.ts): the real one registers Taro's swiper
 * web components, about 50 KB compressed, in every page that can show a photo full screen. This
 * stand-in fetches it at the first tap instead. The `?lazy` query keeps the replacement off it.
 * ES5 (no arrow functions): it takes the place of a node_modules file, which Babel skips.
 */
export function previewImage(options) {
  return import('@tarojs/taro-h5/dist/api/media/image/previewImage.js?lazy').then(function (m) {
    return m.previewImage(options);
  });
}
