import { useSyncExternalStore } from 'react';
import { useDidShow } from '@tarojs/taro';
import { refreshUnread, unreadStore } from './unread';

/**
 * Keeps the 消息 tab's badge current: refreshes the unread count whenever the (tab) page shows.
 * Returns the count for pages that show it.
 */
export function useUnreadBadge(): number {
  useDidShow(() => void refreshUnread(3000));
  return useSyncExternalStore(unreadStore.subscribe, unreadStore.get, unreadStore.get);
}
