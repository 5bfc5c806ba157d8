import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';

/**
 * A form's draft kept on the device under one key (per case and form), so an officer who goes
 * back and opens the form again finds what was typed. Stored as JSON; unreadable drafts are dropped.
 */
export const storedDraft = {
  load<T>(key: string): T | null {
    try {
      const raw: unknown = Taro.getStorageSync(key);
      return typeof raw === 'string' && raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  },
  save(key: string, value: unknown): void {
    try {
      Taro.setStorageSync(key, JSON.stringify(value));
    } catch {
      // Storage full or unavailable: the draft is simply not kept.
    }
  },
  clear(key: string): void {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // nothing kept, nothing to clear
    }
  },
};

/**
 * Saves `value` under `key` whenever it changes, once `ready` (after the draft was restored: the
 * form's first, empty values must not overwrite it). `key` null keeps nothing.
 */
export function useStoredDraft(key: string | null, value: unknown, ready: boolean): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!key || !ready) return;
    const json = JSON.stringify(value);
    if (json === last.current) return;
    last.current = json;
    storedDraft.save(key, value);
  }, [key, value, ready]);
}
