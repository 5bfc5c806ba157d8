import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiError } from '../../src/services/errors';
import { useDetail, useMyList } from '../../src/hooks/useResource';
import { page, stubStopPullDown } from '../support/page';

interface Item {
  id: number;
  createdAt: string;
}
const older: Item = { id: 1, createdAt: '2026-01-01T00:00:00Z' };
const newer: Item = { id: 2, createdAt: '2026-02-01T00:00:00Z' };

const stop = stubStopPullDown();

describe('useMyList', () => {
  it('loads once signed in, newest first, and again when the page shows or is pulled down', async () => {
    const fetch = jest.fn(async () => ({ items: [older, newer] }));
    const { result, rerender } = renderHook(({ enabled }) => useMyList(enabled, fetch), {
      initialProps: { enabled: false },
    });
    await page.show();
    expect(fetch).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.items.map((i) => i.id)).toEqual([2, 1]);
    expect(result.current.total).toBe(2);
    await page.show();
    await page.pullDown();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    expect(stop.calls()).toBeGreaterThan(0);
  });

  it('says what went wrong in Chinese and keeps what it had', async () => {
    const fetch = jest.fn().mockResolvedValueOnce({ items: [older] });
    const { result } = renderHook(() => useMyList(true, fetch));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    fetch.mockRejectedValueOnce(new ApiError(0, 'NETWORK', '网络连接失败'));
    await act(() => result.current.reload());
    expect(result.current.error).toBe('网络连接失败');
    expect(result.current.items).toEqual([older]);
  });
});

describe('useDetail', () => {
  const options = { missingId: '链接不完整', missingIsNotFound: true };

  it('without an id says so and fetches nothing', () => {
    const fetch = jest.fn();
    const { result } = renderHook(() => useDetail(undefined, fetch, options));
    expect(result.current).toMatchObject({ error: '链接不完整', notFound: true, loading: false });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads the record by id; 404 and 403 read as not found', async () => {
    const fetch = jest.fn().mockResolvedValueOnce({ id: 7 });
    const { result } = renderHook(() => useDetail(7, fetch, options));
    await waitFor(() => expect(result.current.data).toEqual({ id: 7 }));
    expect(fetch).toHaveBeenCalledWith(7);
    fetch.mockRejectedValueOnce(new ApiError(403, 'FORBIDDEN', '无权查看'));
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ notFound: true, error: '无权查看' });
  });

  it('refreshes when the page shows again only with refreshOnShow', async () => {
    const fetch = jest.fn().mockResolvedValue({ id: 7 });
    renderHook(() => useDetail(7, fetch, { ...options, refreshOnShow: true }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await page.show();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));

    const quiet = jest.fn().mockResolvedValue({ id: 8 });
    renderHook(() => useDetail(8, quiet, options));
    await waitFor(() => expect(quiet).toHaveBeenCalledTimes(1));
    await page.show();
    expect(quiet).toHaveBeenCalledTimes(1);
  });
});
