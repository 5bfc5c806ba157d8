import { useCallback, useEffect, useState } from 'react';
import type { TTechnicalRequestList, TTechnicalRequestListQuery } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchTechnicalRequests } from './api';

/** Requests to the technical institution: the institution's own, or those on one clue or case. */
export function useTechnicalRequests(query: Partial<TTechnicalRequestListQuery>) {
  const [data, setData] = useState<TTechnicalRequestList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await fetchTechnicalRequests(query));
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
