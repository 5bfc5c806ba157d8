import { useCallback, useEffect, useState } from 'react';
import type { TCommissionList, TCommissionListQuery } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchCommissions } from './api';

/** The commissions the caller sees (the province's, or those made to its bureau), of one clue or case if given. */
export function useCommissions(query: TCommissionListQuery) {
  const [data, setData] = useState<TCommissionList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(query);
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await fetchCommissions(query));
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
