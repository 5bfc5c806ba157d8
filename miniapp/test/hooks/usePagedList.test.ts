import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiError } from '../../src/services/errors';
import { usePagedList } from '../../src/hooks/usePagedList';
import { page, stubStopPullDown } from '../support/page';

type Filter = { status: string };
type Answer = { items: Array<{ id: string }>; total: number; unread: number };

/** A server of `total` records per status, 20 to a page (what usePagedList asks for). */
function server(total: number) {
  return jest.fn(async (filter: Filter, pageNo: number, size: number): Promise<Answer> => {
    const from = (pageNo - 1) * size;
    const n = Math.max(0, Math.min(size, total - from));
    return { items: Array.from({ length: n }, (_, i) => ({ id: `${filter.status}-${from + i}` })), total, unread: 3 };
  });
}

stubStopPullDown();

describe('usePagedList', () => {
  it('loads the first page, the next one at the bottom, and stops when all are there', async () => {
    const fetch = server(25);
    const { result } = renderHook(() => usePagedList(fetch, { status: 'open' }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.items).toHaveLength(20);
    expect(result.current).toMatchObject({ total: 25, hasMore: true });
    expect(result.current.last?.unread).toBe(3);
    await page.reachBottom();
    await waitFor(() => expect(result.current.items).toHaveLength(25));
    expect(result.current.hasMore).toBe(false);
    await page.reachBottom();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1].slice(1)).toEqual([2, 20]);
  });

  it('shows a fresh first page when the page shows again or is pulled down', async () => {
    const fetch = server(25);
    const { result } = renderHook(() => usePagedList(fetch, { status: 'open' }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await page.reachBottom();
    await waitFor(() => expect(result.current.items).toHaveLength(25));
    await page.show();
    await waitFor(() => expect(result.current.items).toHaveLength(20));
    await page.pullDown();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(4));
    expect(fetch.mock.calls.map((c) => c[1])).toEqual([1, 2, 1, 1]);
  });

  it('drops the answer to a filter that was replaced before it came', async () => {
    let release: () => void = () => undefined;
    const slow = server(5);
    const fetch = jest.fn(async (filter: Filter, pageNo: number, size: number) => {
      if (filter.status === 'old') await new Promise<void>((r) => (release = r));
      return slow(filter, pageNo, size);
    });
    const { result } = renderHook(() => usePagedList(fetch, { status: 'old' }));
    act(() => result.current.apply({ status: 'new' }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(async () => release());
    expect(result.current.filter).toEqual({ status: 'new' });
    expect(result.current.items.every((i) => i.id.startsWith('new-'))).toBe(true);
  });

  it('says what went wrong and retries the page that failed', async () => {
    const fetch = server(25);
    const { result } = renderHook(() => usePagedList(fetch, { status: 'open' }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    fetch.mockRejectedValueOnce(new ApiError(0, 'NETWORK', '网络连接失败'));
    await page.reachBottom();
    await waitFor(() => expect(result.current.error).toBe('网络连接失败'));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.items).toHaveLength(25));
    expect(fetch.mock.calls.map((c) => c[1])).toEqual([1, 2, 2]);
  });

  it('waits while not enabled (nobody signed in yet)', async () => {
    const fetch = server(5);
    const { result, rerender } = renderHook(({ enabled }) => usePagedList(fetch, { status: 'open' }, { enabled }), {
      initialProps: { enabled: false },
    });
    await page.show();
    expect(fetch).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.loaded).toBe(true));
  });
});
