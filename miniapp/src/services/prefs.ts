import Taro from '@tarojs/taro';

/**
 * Preferences kept on this device, with change notification so every mounted page (tab pages stay
 * mounted) follows a change made elsewhere: the recent searches and the large-text mode (大字模式).
 * Snapshots are stable objects, as useSyncExternalStore requires.
 */

const KEY_RECENT = 'recall.recentSearches';
const KEY_LARGE_TEXT = 'recall.largeText';
export const RECENT_LIMIT = 10;

function readRaw(key: string): unknown {
  try {
    return Taro.getStorageSync(key) as unknown;
  } catch {
    return undefined;
  }
}

function writeRaw(key: string, value: unknown): void {
  try {
    if (value === undefined) Taro.removeStorageSync(key);
    else Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the preference lasts until the app closes.
  }
}

function createStore<T>(load: () => T) {
  let value: T | undefined;
  const listeners = new Set<() => void>();
  return {
    get(): T {
      if (value === undefined) value = load();
      return value;
    },
    set(next: T): void {
      value = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// ------------------------------------------------------------------ recent searches

function loadRecent(): string[] {
  const raw = readRaw(KEY_RECENT);
  if (!Array.isArray(raw)) return [];
  return raw.filter((v): v is string => typeof v === 'string' && v.trim() !== '').slice(0, RECENT_LIMIT);
}

const recent = createStore<string[]>(loadRecent);

export const recentSearches = {
  get: recent.get,
  subscribe: recent.subscribe,
  /** Puts a search first (an earlier identical one moves up), keeping at most RECENT_LIMIT. */
  add(q: string): void {
    const text = q.trim();
    if (!text) return;
    const next = [text, ...recent.get().filter((v) => v !== text)].slice(0, RECENT_LIMIT);
    writeRaw(KEY_RECENT, next);
    recent.set(next);
  },
  clear(): void {
    writeRaw(KEY_RECENT, undefined);
    recent.set([]);
  },
};

// ------------------------------------------------------------------ large text (适老化)

const largeText = createStore<boolean>(() => readRaw(KEY_LARGE_TEXT) === '1');

export const largeTextStore = {
  get: largeText.get,
  subscribe: largeText.subscribe,
  set(on: boolean): void {
    writeRaw(KEY_LARGE_TEXT, on ? '1' : undefined);
    largeText.set(on);
  },
};
