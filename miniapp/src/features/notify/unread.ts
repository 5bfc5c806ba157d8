import Taro from '@tarojs/taro';
import { TABS, PAGES } from '../../constants/routes';
import { fetchUnreadCount } from './api';
import { tokenStore } from '../../services/storage';
import { isWeapp } from '../../utils/env';

/**
 * The unread message count, shared by the tab badge (消息) and the message center. Refreshed when
 * the app or a tab page shows; the message center sets it from every list it loads.
 */
const MESSAGES_TAB = TABS.findIndex((t) => t.pagePath === PAGES.messages);

let unread = 0;
let fetchedAt = 0;
let inflight: Promise<void> | null = null;
const listeners = new Set<() => void>();

export const unreadStore = {
  get: (): number => unread,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Draws the count on the 消息 tab of Taro's h5 tab bar (nothing when 0); fails quietly where there
 * is no tab bar. The weapp's own tab bar (custom-tab-bar/) reads unreadStore instead: WeChat's badge
 * APIs do nothing for a custom bar.
 */
function drawBadge(n: number): void {
  if (isWeapp()) return;
  const swallow = () => undefined;
  try {
    if (n > 0) {
      Taro.setTabBarBadge({ index: MESSAGES_TAB, text: n > 99 ? '99+' : String(n) }).catch(swallow);
    } else {
      Taro.removeTabBarBadge({ index: MESSAGES_TAB }).catch(swallow);
    }
  } catch {
    // e.g. "not TabBar page": drawn again when a tab page shows.
  }
}

/** Sets the count (from an answer that carried it) and redraws the badge. */
export function setUnread(n: number): void {
  fetchedAt = Date.now();
  const changed = n !== unread;
  unread = Math.max(0, n);
  drawBadge(unread);
  if (changed) listeners.forEach((l) => l());
}

/**
 * Fetches the count (GET /api/messages/unread-count) unless one fetched within `maxAgeMs`, then
 * redraws the badge. Signed out: no badge, and nothing signs in for it.
 */
export function refreshUnread(maxAgeMs = 0): Promise<void> {
  if (!tokenStore.getToken()) {
    setUnread(0);
    return Promise.resolve();
  }
  if (inflight) return inflight;
  if (maxAgeMs > 0 && Date.now() - fetchedAt < maxAgeMs) {
    drawBadge(unread);
    return Promise.resolve();
  }
  inflight = fetchUnreadCount()
    .then((r) => setUnread(r.unread))
    .catch(() => drawBadge(unread))
    .finally(() => {
      inflight = null;
    });
  return inflight;
}
