import { useCallback } from 'react';
import { useQueried } from '../../hooks/useResource';
import { fetchDeskRecall, fetchDeskRecalls, fetchPlatformRecord, fetchPlatforms, fetchRecallPlatforms } from './api';
import { inboxOrder } from './words';

/** The registered platforms (province, admin). */
export function usePlatformList() {
  return useQueried({}, () => fetchPlatforms());
}

/** Each platform's record over a period. */
export function usePlatformRecord(query: { from: string; to: string } | null) {
  return useQueried(query, (q) => (q ? fetchPlatformRecord(q) : Promise.resolve(null)));
}

/** 电商平台处置 of one recall. */
export function useRecallPlatforms(recallId: number) {
  return useQueried(recallId, fetchRecallPlatforms);
}

/** The platform's recalls received, overdue first, then newest. */
export function useDeskRecalls() {
  return useQueried({}, async () => ({ items: inboxOrder((await fetchDeskRecalls()).items) }));
}

/** One recall as the platform handles it: its status, and its newest delivery with the public details. */
export function useDeskRecall(recallId: number) {
  const load = useCallback(async (id: number) => {
    const status = await fetchDeskRecall(id);
    return { status, delivery: status.latest };
  }, []);
  return useQueried(recallId, load);
}
