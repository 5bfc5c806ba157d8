import { useCallback, useEffect, useRef, useState } from 'react';
import type { CategoryCode, TRecallPublic } from '@recall/shared';
import { searchRecalls } from '../services/api';
import { ApiError, errorMessage } from '../services/errors';

export interface RecallCriteria {
  q?: string;
  gtin?: string;
  category?: CategoryCode;
}

const PAGE_SIZE = 20;

/**
 * Paged search over GET /api/recalls. A new criteria object starts over from page 1; `loadMore`
 * fetches the next page. Answers that arrive for an outdated search are dropped.
 */
export function useRecallSearch(criteria: RecallCriteria | null) {
  const [items, setItems] = useState<TRecallPublic[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const key = criteria ? JSON.stringify(criteria) : null;

  const fetchPage = useCallback(
    async (nextPage: number) => {
      if (!criteria) return;
      const gen = generation.current;
      setLoading(true);
      setError(null);
      try {
        const res = await searchRecalls({ ...criteria, page: nextPage, pageSize: PAGE_SIZE });
        if (gen !== generation.current) return;
        setItems((prev) => (nextPage === 1 ? res.items : [...prev, ...res.items]));
        setTotal(res.total);
        setPage(nextPage);
      } catch (err) {
        if (gen !== generation.current) return;
        // Until the server has the recall endpoint it answers 404; say so in plain words.
        setError(
          err instanceof ApiError && err.status === 404 ? '召回信息查询服务暂未开放，请稍后再试' : errorMessage(err),
        );
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    // `criteria` is keyed by its JSON so a new but equal object does not restart the search.
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    setTotal(0);
    setPage(0);
    void fetchPage(1);
  }, [fetchPage]);

  const hasMore = page > 0 && items.length < total;
  const loadMore = useCallback(() => {
    if (!loading && !error && hasMore) void fetchPage(page + 1);
  }, [loading, error, hasMore, fetchPage, page]);

  const retry = useCallback(() => void fetchPage(page === 0 ? 1 : page + 1), [fetchPage, page]);

  return { items, total, page, loading, error, hasMore, loadMore, retry, searched: page > 0 };
}
