import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { TCountyCaseList, TCountyClueListResponse } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchCountyCases, fetchCountyClues } from './api';

/** The county workspace: its cases (deliveries and assistance) and its clues, reloaded when the page shows again. */
export function useCountyWorkspace() {
  const [cases, setCases] = useState<TCountyCaseList['items'] | null>(null);
  const [clues, setClues] = useState<TCountyClueListResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const [c, l] = await Promise.all([fetchCountyCases(), fetchCountyClues()]);
      setCases(c.items);
      setClues(l);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useDidShow(() => {
    if (cases) void load();
  });

  return { cases, clues, error, loading, reload: load };
}
