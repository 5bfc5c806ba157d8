import { useCallback, useEffect, useRef, useState } from 'react';
import type { TRecallDetail } from '@recall/shared';
import { fetchRecall } from './api';
import { ApiError, errorMessage } from '../../services/errors';

/** One recall by id (GET /api/recalls/:id). `notFound` when the id is missing or unknown. */
export function useRecallDetail(id: number | undefined) {
  const [recall, setRecall] = useState<TRecallDetail | null>(null);
  const [loading, setLoading] = useState(id !== undefined);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(id === undefined);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const gen = ++generation.current;
    if (id === undefined) {
      setNotFound(true);
      setLoading(false);
      return;
    }
    setLoading(true);
    setError(null);
    setNotFound(false);
    try {
      const r = await fetchRecall(id);
      if (gen === generation.current) setRecall(r);
    } catch (err) {
      if (gen !== generation.current) return;
      if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setNotFound(true);
      else setError(errorMessage(err));
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  return { recall, loading, error, notFound, reload: load };
}
