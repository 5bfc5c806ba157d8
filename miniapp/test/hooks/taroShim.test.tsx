import { renderHook } from '@testing-library/react';
import Taro, { useDidShow, useLoad, usePullDownRefresh } from '@tarojs/taro';
import { page } from '../support/page';

describe('the @tarojs/taro shim', () => {
  it('has the h5 APIs on the default export', () => {
    Taro.setStorageSync('k', 'v');
    expect(Taro.getStorageSync('k')).toBe('v');
  });

  it('runs page hooks when the page events fire', async () => {
    const shown = jest.fn();
    const loaded = jest.fn();
    const pulled = jest.fn();
    const { unmount } = renderHook(() => {
      useDidShow(shown);
      useLoad(loaded);
      usePullDownRefresh(pulled);
    });
    await page.load({ id: '7' });
    await page.show();
    await page.pullDown();
    expect(loaded).toHaveBeenCalledWith({ id: '7' });
    expect(shown).toHaveBeenCalledTimes(1);
    expect(pulled).toHaveBeenCalledTimes(1);
    unmount();
    await page.show();
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
