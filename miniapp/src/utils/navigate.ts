import Taro from '@tarojs/taro';
import { PAGES, TAB_PATHS, url } from '../constants/routes';

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

/** The 查询 tab, the app's home. */
export function goHome(): void {
  void Taro.switchTab({ url: url(PAGES.index) });
}

/**
 * Back one page in the browser, or home when there is nothing of this app to go back to (a shared
 * link opened in a new tab). The router's page stack first; then the browser history, whose entries
 * the hash router numbers from 0 (history.state.idx: a tab switch or a redirect empties the stack
 * but keeps the entries before it); an entry it did not number (an address typed in this tab)
 * counts the tab's history.
 */
export function goBackOrHome(): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
    return;
  }
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  if (typeof idx === 'number' ? idx > 0 : window.history.length > 1) window.history.back();
  else goHome();
}

/**
 * Opens a tab from a page the person may want to come back to. In the browser switchTab replaces
 * the current history entry; pushing the tab's path on the router's own history instead keeps this
 * page one step back (the router treats any route to a tab as a tab switch), e.g. so that back from
 * a report's receipt returns to the recall the report began on.
 */
export function switchTabKeepingHistory(path: string): void {
  if (process.env.TARO_ENV === 'h5') {
    // Required here so that only the browser build carries the router.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const router = require('@tarojs/router') as { history: { push: (to: string) => void } };
    router.history.push(`/${path}`);
    return;
  }
  void Taro.switchTab({ url: url(path) });
}
