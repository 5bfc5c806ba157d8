import { useCallback, useEffect, useState } from 'react';
import type { TTypicalCaseList, TTypicalCaseQuery } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchTypicalCases } from './api';

/** The case library, searched. */
export function useTypicalCases(query: Partial<TTypicalCaseQuery>) {
  const [data, setData] = useState<TTypicalCaseList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await fetchTypicalCases(query));
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
