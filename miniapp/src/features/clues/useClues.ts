import { useCallback, useEffect, useState } from 'react';
import { ZClueCreateResponse, type TClueCreateResponse } from '@recall/shared';
import { fetchClue, fetchMyClues } from './api';
import { readReceipt } from './clueDraft';
import { errorMessage } from '../../services/errors';
import { useDetail, useMyList } from '../../hooks/useResource';

/** 我的报告: the signed-in person's reports, newest first. */
export const useMyClues = (enabled: boolean) => useMyList(enabled, fetchMyClues);

/** One clue with its timeline (reporter or staff). */
export function useClue(id: number | undefined) {
  const { data, setData, ...state } = useDetail(id, fetchClue, { missingId: '链接中缺少报告编号' });
  return { clue: data, setClue: setData, ...state };
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
      setReceipt({ id: c.id, receiptNo: c.receiptNo, status: c.status, routing: c.routing, recalls: c.recalls });
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [id]);

  useEffect(() => {
    if (!receipt) void load();
  }, []);

  return { receipt, error, reload: load };
}
