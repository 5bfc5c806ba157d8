import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { TRecallRequestView } from '@recall/shared';
import { ApiError, errorMessage } from '../services/errors';
import { fetchMyRequests, fetchRecallRequest } from '../services/participationApi';

/** 我的召回申请: the signed-in consumer's requests, newest first; refreshed whenever the page shows. */
export function useMyRequests(enabled: boolean) {
  const [items, setItems] = useState<TRecallRequestView[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await fetchMyRequests();
      setItems([...res.items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)));
      setTotal(res.total);
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

  return { items, total, loaded, loading, error, reload: load };
}

/**
 * One request with every step (GET /api/recall-requests/:id), for its consumer or the producer's
 * customer service; reloaded when the page shows again and on pull-down.
 */
export function useRecallRequestView(id: number | undefined) {
  const [request, setRequest] = useState<TRecallRequestView | null>(null);
  const [loading, setLoading] = useState(!!id);
  const [error, setError] = useState<string | null>(id ? null : '链接中缺少申请编号');
  const [notFound, setNotFound] = useState(!id);

  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    setError(null);
    try {
      setRequest(await fetchRecallRequest(id));
      setNotFound(false);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 403)) setNotFound(true);
      setError(errorMessage(err));
    } finally {
      setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);
  usePullDownRefresh(() => void load());

  return { request, setRequest, loading, error, notFound, reload: load };
}
