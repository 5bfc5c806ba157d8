import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { ZClueCreateResponse, type TClueCreateResponse, type TClueView } from '@recall/shared';
import { fetchClue, fetchMyClues } from '../services/api';
import { readReceipt } from '../services/clueDraft';
import { ApiError, errorMessage } from '../services/errors';

/** 我的报告: the signed-in person's reports, newest first; refreshed whenever the page shows. */
export function useMyClues(enabled: boolean) {
  const [items, setItems] = useState<TClueView[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await fetchMyClues();
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
    if (enabled) void load();
  });
  useEffect(() => {
    if (enabled && !loaded) void load();
  }, [enabled]);
  usePullDownRefresh(() => void load());

  return { items, total, loaded, loading, error, reload: load };
}

/** One clue with its timeline (reporter or staff). */
export function useClue(id: number | undefined) {
  const [clue, setClue] = useState<TClueView | null>(null);
  const [loading, setLoading] = useState(!!id);
  const [error, setError] = useState<string | null>(id ? null : '链接中缺少报告编号');
  const [notFound, setNotFound] = useState(false);

  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    setError(null);
    try {
      setClue(await fetchClue(id));
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

  return { clue, setClue, loading, error, notFound, reload: load };
}

/**
 * The receipt after sending: the server's answer kept at submission (survives a reload), else the
 * clue loaded by id (its receipt number and routing are the same).
 */
export function useClueReceipt(id: number | undefined) {
  const [receipt, setReceipt] = useState<TClueCreateResponse | null>(() => {
    const kept = ZClueCreateResponse.safeParse(readReceipt());
    return kept.success && kept.data.id === id ? kept.data : null;
  });
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!id) {
      setError('链接中缺少报告编号');
      return;
    }
    setError(null);
    try {
      const c = await fetchClue(id);
      setReceipt({ id: c.id, receiptNo: c.receiptNo, status: c.status, routing: c.routing });
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [id]);

  useEffect(() => {
    if (!receipt) void load();
  }, []);

  return { receipt, error, reload: load };
}
