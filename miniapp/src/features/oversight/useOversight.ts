import { useCallback, useEffect, useState } from 'react';
import type { TOversightResponse } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchOversight } from './api';

/** 督办: the open cases' deadline state by city, overdue items and what waits for the province. */
export function useOversight() {
  const [data, setData] = useState<TOversightResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      setData(await fetchOversight());
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, reload: load };
}
