import { useCallback, useEffect, useRef, useState } from 'react';
import { searchQueryProblem, type CategoryCode, type TRecallPublic } from '@recall/shared';
import { searchRecalls } from './api';
import { ApiError, errorMessage } from '../../services/errors';

export interface RecallCriteria {
  q?: string;
  gtin?: string;
  category?: CategoryCode;
}

const PAGE_SIZE = 20;

/** Why the keyword cannot be searched (checked here with the server's own rule), or undefined. */
export function keywordProblem(q: string | undefined): string | undefined {
  if (!q) return undefined;
  if (q.length > 50) return '搜索词不能超过 50 个字';
  return searchQueryProblem(q);
}

/**
 * Paged search over GET /api/recalls. A new criteria object starts over from page 1; `loadMore`
 * fetches the next page. Answers that arrive for an outdated search are dropped.
 * - `inputError`: the keyword was refused (checked before sending, or the server's 400 message);
 *   shown next to the search box, never as "nothing found".
 * - `error`: anything else (network, server), with `retry`.
 * - `dataAsOf`: how fresh the data is, shown with every result, above all with an empty one.
 * - `answered`: the criteria of the last answered search (not set for refused ones).
 */
export function useRecallSearch(criteria: RecallCriteria | null) {
  const [items, setItems] = useState<TRecallPublic[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [dataAsOf, setDataAsOf] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  /** The criteria the server last answered (page 1), e.g. to remember a keyword that worked. */
  const [answered, setAnswered] = useState<RecallCriteria | null>(null);
  const generation = useRef(0);
  const key = criteria ? JSON.stringify(criteria) : null;

  const fetchPage = useCallback(
    async (nextPage: number) => {
      if (!criteria) return;
      const problem = keywordProblem(criteria.q);
      if (problem) {
        setInputError(problem);
        return;
      }
      const gen = generation.current;
      setLoading(true);
      setError(null);
      try {
        const res = await searchRecalls({ ...criteria, page: nextPage, pageSize: PAGE_SIZE });
        if (gen !== generation.current) return;
        setItems((prev) => (nextPage === 1 ? res.items : [...prev, ...res.items]));
        setTotal(res.total);
        setDataAsOf(res.dataAsOf);
        setPage(nextPage);
        if (nextPage === 1) setAnswered(criteria);
      } catch (err) {
        if (gen !== generation.current) return;
        if (err instanceof ApiError && err.status === 400) setInputError(err.message);
        // Until the server has the recall endpoint it answers 404; say so in plain words.
        else if (err instanceof ApiError && err.status === 404) setError('召回信息查询服务暂未开放，请稍后再试');
        else setError(errorMessage(err));
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
    setError(null);
    setInputError(null);
    void fetchPage(1);
  }, [fetchPage]);

  const hasMore = page > 0 && items.length < total;
  const loadMore = useCallback(() => {
    if (!loading && !error && hasMore) void fetchPage(page + 1);
  }, [loading, error, hasMore, fetchPage, page]);

  const retry = useCallback(() => void fetchPage(page === 0 ? 1 : page + 1), [fetchPage, page]);

  return {
    items,
    total,
    page,
    dataAsOf,
    loading,
    error,
    inputError,
    answered,
    hasMore,
    loadMore,
    retry,
    searched: page > 0,
  };
}
