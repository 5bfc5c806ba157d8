import { act } from '@testing-library/react';
import { safeExecute } from '@tarojs/runtime';

/**
 * Hooks rendered outside a page register on Taro's app instance ('taro-app'); these fire the
 * page events a person causes, the way the runtime calls them.
 */
const HOOKS_APP_ID = 'taro-app';

async function fire(lifecycle: string, ...args: unknown[]): Promise<void> {
  await act(async () => {
    safeExecute(HOOKS_APP_ID, lifecycle, ...args);
    await Promise.resolve();
  });
}

export const page = {
  /** The page shows again (back from another page, or the app comes to the front). */
  show: () => fire('componentDidShow'),
  load: (query: Record<string, string> = {}) => fire('onLoad', query),
  pullDown: () => fire('onPullDownRefresh'),
  reachBottom: () => fire('onReachBottom'),
};
