import Taro from '@tarojs/taro';

/**
 * Opens images full screen (a tap on a photo). In the browser Taro's previewImage brings a swiper
 * library of about 50 KB compressed, so it is fetched at the first tap instead of with the page.
 * The branch is decided at build time: the mini-program keeps the plain call.
 */
export function previewImages(urls: string[], current?: string): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5') {
    return import('./imagePreviewH5').then((m) => m.preview(urls, current));
  } else {
    return Taro.previewImage({ urls, current });
  }
}
