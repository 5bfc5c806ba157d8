import { useCallback, useEffect, useState } from 'react';
import type { TExpertList, TExpertListQuery } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchExperts } from './api';

/** The expert library as the caller may read it (masked for bureaus and the institution). */
export function useExperts(query: Partial<TExpertListQuery>) {
  const [data, setData] = useState<TExpertList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await fetchExperts(query));
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
