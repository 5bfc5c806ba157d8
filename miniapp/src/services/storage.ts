import Taro from '@tarojs/taro';

/**
 * What the client keeps between launches: the bearer token, how it was obtained, and whether the
 * person signed out on purpose (then nothing signs them in silently again until they ask).
 */
export type SessionKind = 'wechat' | 'dev' | 'password';

const KEY_TOKEN = 'recall.token';
const KEY_KIND = 'recall.sessionKind';
const KEY_SIGNED_OUT = 'recall.signedOut';
const KEY_DEVICE = 'recall.deviceId';

function read(key: string): string | null {
  try {
    const v: unknown = Taro.getStorageSync(key);
    return typeof v === 'string' && v !== '' ? v : null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) Taro.removeStorageSync(key);
    else Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the session simply does not survive a restart.
  }
}

export const tokenStore = {
  getToken: (): string | null => read(KEY_TOKEN),
  getKind: (): SessionKind | null => {
    const k = read(KEY_KIND);
    return k === 'wechat' || k === 'dev' || k === 'password' ? k : null;
  },
  save(token: string, kind: SessionKind): void {
    write(KEY_TOKEN, token);
    write(KEY_KIND, kind);
    write(KEY_SIGNED_OUT, null);
  },
  /** Drops the token but remembers its kind, so a lapsed staff session asks for the password again. */
  clearToken(): void {
    write(KEY_TOKEN, null);
  },
  /** Explicit sign-out: forget everything and stay signed out. */
  signOut(): void {
    write(KEY_TOKEN, null);
    write(KEY_KIND, null);
    write(KEY_SIGNED_OUT, '1');
  },
  forgetKind(): void {
    write(KEY_KIND, null);
  },
  isSignedOut: (): boolean => read(KEY_SIGNED_OUT) === '1',
  /** A random id kept by this browser, so the development login returns the same consumer (ZDevLoginRequest). */
  deviceId(): string {
    const existing = read(KEY_DEVICE);
    if (existing && /^[\w-]{8,64}$/.test(existing)) return existing;
    const id = `h5-${Date.now().toString(36)}-${randomChars(16)}`;
    write(KEY_DEVICE, id);
    return id;
  },
};

function randomChars(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
