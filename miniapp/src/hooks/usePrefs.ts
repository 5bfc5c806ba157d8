import { useSyncExternalStore } from 'react';
import { largeTextStore, recentSearches } from '../services/prefs';

/** 大字模式: on for every page once switched on in 我的, kept between launches. */
export function useLargeText() {
  const on = useSyncExternalStore(largeTextStore.subscribe, largeTextStore.get, largeTextStore.get);
  return { largeText: on, setLargeText: largeTextStore.set };
}

/** The last searches on this device, newest first (at most 10). */
export function useRecentSearches() {
  const items = useSyncExternalStore(recentSearches.subscribe, recentSearches.get, recentSearches.get);
  return { items, add: recentSearches.add, clear: recentSearches.clear };
}
