import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { errorMessage } from '../services/errors';

const PAGE_SIZE = 20;

interface Page {
  items: unknown[];
  total: number;
}

/**
 * A workspace list (cases, the bureau's inbox, customer service's requests): one filter, pages
 * loaded at the bottom, and a fresh first page on pull-down and whenever the page shows again (a
 * record handled on its own page comes back updated). `last` is the latest answer, for the counts
 * a list carries besides its items. Answers to a superseded filter are dropped.
 */
export function usePagedList<F, R extends Page>(
  fetchPage: (filter: F, page: number, pageSize: number) => Promise<R>,
  initial: F,
  options: { enabled?: boolean; unloadOnFilter?: boolean } = {},
) {
  const { enabled = true, unloadOnFilter = false } = options;
  const [filter, setFilterState] = useState<F>(initial);
  const [items, setItems] = useState<R['items']>([]);
  const [last, setLast] = useState<R | null>(null);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  // Refs keep `load` stable while always reading the current filter and fetcher.
  const filterRef = useRef(initial);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async (pageNo: number) => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetchRef.current(filterRef.current, pageNo, PAGE_SIZE);
      if (gen !== generation.current) return;
      setItems((prev) => (pageNo === 1 ? res.items : [...prev, ...res.items]));
      setLast(res);
      setPage(pageNo);
      setLoaded(true);
    } catch (err) {
      if (gen === generation.current) setError(errorMessage(err));
    } finally {
      if (gen === generation.current) setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, []);

  // The first show is the effect's load; only later shows refresh.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (enabled && shownOnce.current) void load(1);
  });
  useEffect(() => {
    if (!enabled) return;
    shownOnce.current = true;
    void load(1);
  }, [enabled]);
  usePullDownRefresh(() => void load(1));

  const total = last?.total ?? 0;
  const hasMore = items.length < total;
  const loadMore = () => {
    if (!loading && hasMore && !error) void load(page + 1);
  };
  useReachBottom(loadMore);

  /** Shows the first page for another filter. */
  const apply = (next: F) => {
    filterRef.current = next;
    setFilterState(next);
    setItems([]);
    if (unloadOnFilter) setLoaded(false);
    void load(1);
  };

  return {
    filter,
    apply,
    items,
    total,
    last,
    loading,
    loaded,
    error,
    hasMore,
    loadMore,
    retry: () => void load(items.length ? page + 1 : 1),
  };
}
