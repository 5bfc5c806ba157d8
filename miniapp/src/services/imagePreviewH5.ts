import Taro from '@tarojs/taro';

/** The browser's image preview, loaded on demand by services/imagePreview.ts. */
export function preview(urls: string[], current?: string): Promise<unknown> {
  return Taro.previewImage({ urls, current });
}
