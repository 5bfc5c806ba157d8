import { useCallback } from 'react';
import type { TPlatformDelivery } from '@recall/shared/staff';
import { useQueried } from '../../hooks/useResource';
import {
  fetchDeliveries,
  fetchDeskRecall,
  fetchDeskRecalls,
  fetchPlatformRecord,
  fetchPlatforms,
  fetchRecallPlatforms,
} from './api';
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

/** At most this many pull pages are read to find a recall's delivery (500 each). */
const MAX_PAGES = 20;

/**
 * The newest delivery of a recall to this platform: what the webhook carried (the recall's public
 * details) and the delivery id that 确认收到 acknowledges. Read by the pull cursor from the start,
 * as the contract offers no lookup by recall.
 */
export async function latestDelivery(recallId: number): Promise<TPlatformDelivery | null> {
  let after = 0;
  let found: TPlatformDelivery | null = null;
  for (let i = 0; i < MAX_PAGES; i += 1) {
    const page = await fetchDeliveries(after);
    for (const d of page.items) if (d.recall.id === recallId && (!found || d.seq > found.seq)) found = d;
    if (!page.more || page.next === after) break;
    after = page.next;
  }
  return found;
}

/** One recall as the platform handles it: its status, and its newest delivery with the public details. */
export function useDeskRecall(recallId: number) {
  const load = useCallback(async (id: number) => {
    const [status, delivery] = await Promise.all([fetchDeskRecall(id), latestDelivery(id)]);
    return { status, delivery };
  }, []);
  return useQueried(recallId, load);
}
