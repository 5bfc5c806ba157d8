import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { ApiError, errorMessage } from '../services/errors';

const newestFirst = <T extends { createdAt: string }>(items: T[]) =>
  [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

/**
 * A signed-in person's own list (我的报告, 我的召回申请, 我的产品), newest first. Loaded once signed
 * in, again whenever the page shows (something may have changed elsewhere) and on pull-down.
 */
export function useMyList<T extends { createdAt: string }>(
  enabled: boolean,
  fetch: () => Promise<{ items: T[]; total?: number }>,
) {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The fetcher is a module function; a ref keeps `load` stable without listing it as a dependency.
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await fetchRef.current();
      setItems(newestFirst(res.items));
      setTotal(res.total ?? res.items.length);
      setLoaded(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, []);

  useDidShow(() => {
    if (enabled && loaded) void load();
  });
  useEffect(() => {
    if (enabled && !loaded) void load();
  }, [enabled]);
  usePullDownRefresh(() => void load());

  return { items, setItems, total, loaded, loading, error, reload: load };
}

/**
 * One record by its `?id=` (a clue, a request, a case), reloaded on pull-down and, with
 * `refreshOnShow`, whenever the page shows again (after a form on another page changed it).
 * A 404 or 403 is `notFound`: the record is gone or not this person's to see.
 */
export function useDetail<T>(
  id: number | undefined,
  fetch: (id: number) => Promise<T>,
  options: { missingId: string; missingIsNotFound?: boolean; refreshOnShow?: boolean },
) {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(!!id);
  const [error, setError] = useState<string | null>(id ? null : options.missingId);
  const [notFound, setNotFound] = useState(!id && !!options.missingIsNotFound);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    setError(null);
    try {
      setData(await fetchRef.current(id));
      setNotFound(false);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 403)) setNotFound(true);
      setError(errorMessage(err));
    } finally {
      setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, [id]);

  // The first show is the effect's load; only later shows refresh.
  const shownOnce = useRef(false);
  useEffect(() => {
    shownOnce.current = true;
    void load();
  }, [load]);
  useDidShow(() => {
    if (options.refreshOnShow && shownOnce.current) void load();
  });
  usePullDownRefresh(() => void load());

  return { data, setData, loading, error, notFound, reload: load };
}

/**
 * What a query answers (a staff list with its filters), loaded again whenever the query changes;
 * `reload` after the person changed something. Errors are shown in the public's words.
 */
export function useQueried<Q, T>(query: Q, fetch: (query: Q) => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await fetch(query));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [key]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, loading, reload: load };
}
