import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { TBureauClueListResponse } from '@recall/shared';
import { fetchBureauClues, type BureauClueFilter } from '../services/api';
import { errorMessage } from '../services/errors';

type Item = TBureauClueListResponse['items'][number];
const PAGE_SIZE = 20;

/**
 * The bureau's inbox (GET /api/bureau/clues): filters (status, category, injury, date range),
 * pages loaded at the bottom, the unread count, and a fresh first page whenever the page shows
 * (so a clue opened and handled elsewhere comes back read and updated).
 */
export function useBureauInbox(enabled: boolean) {
  const [filter, setFilterState] = useState<BureauClueFilter>({});
  const [items, setItems] = useState<Item[]>([]);
  const [total, setTotal] = useState(0);
  const [unread, setUnread] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(async (next: BureauClueFilter, pageNo: number) => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetchBureauClues(next, pageNo, PAGE_SIZE);
      if (gen !== generation.current) return;
      setItems((prev) => (pageNo === 1 ? res.items : [...prev, ...res.items]));
      setTotal(res.total);
      setUnread(res.unread);
      setPage(pageNo);
      setLoaded(true);
    } catch (err) {
      if (gen === generation.current) setError(errorMessage(err));
    } finally {
      if (gen === generation.current) setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, []);

  const shownOnce = useRef(false);
  useDidShow(() => {
    if (!enabled) return;
    // The first show is handled by the effect below; later shows refresh.
    if (shownOnce.current) void load(filter, 1);
  });
  useEffect(() => {
    if (!enabled) return;
    shownOnce.current = true;
    void load(filter, 1);
  }, [enabled]);
  usePullDownRefresh(() => void load(filter, 1));

  const hasMore = items.length < total;
  const loadMore = () => {
    if (!loading && hasMore && !error) void load(filter, page + 1);
  };
  useReachBottom(loadMore);

  const setFilter = (patch: BureauClueFilter) => {
    const next = { ...filter, ...patch };
    for (const k of Object.keys(next) as Array<keyof BureauClueFilter>) if (!next[k]) delete next[k];
    setFilterState(next);
    setItems([]);
    void load(next, 1);
  };

  return {
    filter,
    items,
    total,
    unread,
    loading,
    loaded,
    error,
    hasMore,
    setFilter,
    clearFilter: () =>
      setFilter({ status: undefined, category: undefined, injury: undefined, from: undefined, to: undefined }),
    retry: () => void load(filter, items.length ? page + 1 : 1),
    loadMore,
  };
}
