import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { TMessageView } from '@recall/shared';
import { errorMessage, toastError } from '../../services/errors';
import { fetchMessages, markAllMessagesRead, markMessageRead } from './api';
import { setUnread, unreadStore } from './unread';
import { openPageLink } from '../../utils/navigate';

const PAGE_SIZE = 20;
export type MessageFilter = 'all' | 'unread';

/**
 * 消息: the signed-in person's messages, newest first, paged; reloaded whenever the tab shows and
 * on pull-down. Every answer carries the unread count, which redraws the tab badge.
 */
export function useMessages(enabled: boolean) {
  const [filter, setFilterState] = useState<MessageFilter>('all');
  const [items, setItems] = useState<TMessageView[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [readingAll, setReadingAll] = useState(false);
  const generation = useRef(0);
  const filterRef = useRef(filter);

  const load = useCallback(async (nextPage: number) => {
    const gen = nextPage === 1 ? ++generation.current : generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetchMessages({ unread: filterRef.current === 'unread', page: nextPage, pageSize: PAGE_SIZE });
      if (gen !== generation.current) return;
      setItems((prev) => {
        if (nextPage === 1) return res.items;
        const seen = new Set(prev.map((m) => m.id));
        return [...prev, ...res.items.filter((m) => !seen.has(m.id))];
      });
      setTotal(res.total);
      setPage(nextPage);
      setLoaded(true);
      setUnread(res.unread);
    } catch (err) {
      if (gen === generation.current) setError(errorMessage(err));
    } finally {
      if (gen === generation.current) setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, []);

  const reload = useCallback(() => load(1), [load]);

  useDidShow(() => {
    if (enabled && loaded) void reload();
  });
  useEffect(() => {
    if (enabled) void reload();
    else {
      generation.current += 1;
      setItems([]);
      setTotal(0);
      setPage(0);
      setLoaded(false);
    }
  }, [enabled]);
  usePullDownRefresh(() => {
    if (enabled) void reload();
    else Taro.stopPullDownRefresh();
  });
  const hasMore = page > 0 && items.length < total;
  useReachBottom(() => {
    if (enabled && !loading && !error && hasMore) void load(page + 1);
  });

  const setFilter = (next: MessageFilter) => {
    if (next === filterRef.current) return;
    filterRef.current = next;
    setFilterState(next);
    setItems([]);
    setLoaded(false);
    void reload();
  };

  /** Tapping a message: marked read (at once on screen), then its page opens. */
  const open = (m: TMessageView) => {
    if (!m.readAt) {
      const now = new Date().toISOString();
      setItems((prev) => prev.map((x) => (x.id === m.id ? { ...x, readAt: now } : x)));
      setUnread(unreadStore.get() - 1);
      void markMessageRead(m.id).catch(() => undefined);
    }
    if (m.link) void openPageLink(m.link);
  };

  const readAll = async () => {
    if (readingAll) return;
    if (unreadStore.get() === 0 && items.every((m) => m.readAt)) {
      void Taro.showToast({ title: '没有未读消息', icon: 'none' });
      return;
    }
    setReadingAll(true);
    try {
      const res = await markAllMessagesRead();
      const now = new Date().toISOString();
      setItems((prev) => prev.map((x) => (x.readAt ? x : { ...x, readAt: now })));
      setUnread(res.unread);
      void Taro.showToast({ title: '已全部标为已读', icon: 'none' });
    } catch (err) {
      toastError(err);
    } finally {
      setReadingAll(false);
    }
  };

  const loadMore = () => {
    if (!loading && hasMore) void load(page + 1);
  };

  return {
    filter,
    setFilter,
    items,
    total,
    loaded,
    loading,
    error,
    hasMore,
    readingAll,
    reload,
    loadMore,
    open,
    readAll,
  };
}
