import Taro from '@tarojs/taro';
import { TAB_PATHS } from '../constants/routes';

/**
 * Opens a page link as the server writes them (`/pages/recall/index?id=3`,
 * `/packages/producer/pages/case/index?id=2`): tab pages with switchTab (which takes no query),
 * the rest with navigateTo, or redirectTo when the page stack is full.
 */
export async function openPageLink(link: string): Promise<void> {
  const target = `/${link.trim().replace(/^\/+/, '')}`;
  const path = target.slice(1).split('?')[0];
  if (TAB_PATHS.includes(path)) {
    await Taro.switchTab({ url: `/${path}` });
    return;
  }
  try {
    await Taro.navigateTo({ url: target });
  } catch {
    try {
      await Taro.redirectTo({ url: target });
    } catch {
      void Taro.showToast({ title: '无法打开该页面，请更新小程序后重试', icon: 'none', duration: 2500 });
    }
  }
}
