import Taro from '@tarojs/taro';
import { isWeapp } from '../utils/env';

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

/**
 * WeChat's font size, as its 适老化 guide asks apps to follow: fontSizeScaleFactor is the user's
 * font size over the standard one (17 px on iOS, 16 px on Android). From about two steps up
 * (iOS 19.5–20 px, Android 1.15×) the app turns large text on by itself; the browser build has
 * no such setting.
 */
export const WECHAT_LARGE_FACTOR = 1.15;

export interface FontSizeInfo {
  fontSizeSetting?: number;
  fontSizeScaleFactor?: number;
}

export function wechatWantsLargeText(info: FontSizeInfo | undefined): boolean {
  if (!info) return false;
  const factor = info.fontSizeScaleFactor ?? (info.fontSizeSetting ? info.fontSizeSetting / 17 : 1);
  return factor >= WECHAT_LARGE_FACTOR;
}

function wechatFontSize(): FontSizeInfo | undefined {
  if (!isWeapp()) return undefined;
  try {
    return (Taro.getAppBaseInfo ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as FontSizeInfo;
  } catch {
    return undefined;
  }
}

/** '1' on, '0' off as chosen in 我的; nothing chosen: WeChat's font size decides. */
function loadLargeText(): boolean {
  const chosen = readRaw(KEY_LARGE_TEXT);
  if (chosen === '1' || chosen === '0') return chosen === '1';
  return wechatWantsLargeText(wechatFontSize());
}

const largeText = createStore<boolean>(loadLargeText);

export const largeTextStore = {
  get: largeText.get,
  subscribe: largeText.subscribe,
  /** A choice made in 我的 outlasts WeChat's font size, either way. */
  set(on: boolean): void {
    writeRaw(KEY_LARGE_TEXT, on ? '1' : '0');
    largeText.set(on);
  },
};
