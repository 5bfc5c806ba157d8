import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { TCaseListResponse, TCaseSummary } from '@recall/shared';
import { fetchCases, type CaseListFilter } from '../services/caseApi';
import { errorMessage } from '../services/errors';

export type CaseTab = 'all' | 'soon' | 'overdue';
const PAGE_SIZE = 20;
const NO_COUNTS: TCaseListResponse['counts'] = { dueSoon: 0, overdue: 0, awaitingReceipt: 0 };

/**
 * A case list (GET /api/cases, scoped by role): tabs 全部 / 即将到期 / 已逾期 (`due=`), a keyword,
 * pages loaded at the bottom, the counts, and a fresh first page whenever the page shows again
 * (a case handled on another page comes back updated).
 */
export function useCases(enabled: boolean, options: { receiptFirst?: boolean } = {}) {
  const [tab, setTabState] = useState<CaseTab>('all');
  const [q, setQState] = useState('');
  const [items, setItems] = useState<TCaseSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState(NO_COUNTS);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const filterRef = useRef<{ tab: CaseTab; q: string }>({ tab, q });

  const load = useCallback(async (pageNo: number) => {
    const gen = ++generation.current;
    const { tab: t, q: keyword } = filterRef.current;
    const filter: CaseListFilter = { due: t === 'all' ? undefined : t, q: keyword.trim() || undefined };
    setLoading(true);
    setError(null);
    try {
      const res = await fetchCases(filter, pageNo, PAGE_SIZE);
      if (gen !== generation.current) return;
      setItems((prev) => (pageNo === 1 ? res.items : [...prev, ...res.items]));
      setTotal(res.total);
      setCounts(res.counts);
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
    if (enabled && shownOnce.current) void load(1);
  });
  useEffect(() => {
    if (!enabled) return;
    shownOnce.current = true;
    void load(1);
  }, [enabled]);
  usePullDownRefresh(() => void load(1));

  const hasMore = items.length < total;
  const loadMore = () => {
    if (!loading && hasMore && !error) void load(page + 1);
  };
  useReachBottom(loadMore);

  const setTab = (t: CaseTab) => {
    if (t === filterRef.current.tab) return;
    filterRef.current = { ...filterRef.current, tab: t };
    setTabState(t);
    setItems([]);
    void load(1);
  };
  const search = (keyword: string) => {
    filterRef.current = { ...filterRef.current, q: keyword };
    setQState(keyword);
    setItems([]);
    void load(1);
  };

  // The producer sees the notices to confirm first (a stable sort keeps the server's order otherwise).
  const shown = options.receiptFirst
    ? [...items].sort((a, b) => Number(b.awaitingReceipt) - Number(a.awaitingReceipt))
    : items;

  return {
    tab,
    q,
    items: shown,
    total,
    counts,
    loading,
    loaded,
    error,
    hasMore,
    setTab,
    search,
    setQ: setQState,
    retry: () => void load(items.length ? page + 1 : 1),
    loadMore,
  };
}
