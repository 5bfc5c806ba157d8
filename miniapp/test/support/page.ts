import { act } from '@testing-library/react';
import Taro from '@tarojs/taro';
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

/** Stubs Taro.stopPullDownRefresh for every test of the file that calls this; the stub is returned for checks. */
export function stubStopPullDown(): { calls: () => number } {
  let stop: jest.SpyInstance | undefined;
  beforeEach(() => {
    stop = jest.spyOn(Taro, 'stopPullDownRefresh').mockImplementation(() => undefined as never);
  });
  afterEach(() => stop?.mockRestore());
  return { calls: () => stop?.mock.calls.length ?? 0 };
}
