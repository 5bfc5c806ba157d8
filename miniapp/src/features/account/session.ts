import { STAFF_ROLES, type Role, type TMeResponse, type TPasswordLoginRequest } from '@recall/shared';
import { fetchMe } from './api';
import { login, logout, passwordLogin } from '../../services/auth';
import { ApiError, errorMessage } from '../../services/errors';
import { tokenStore } from '../../services/storage';

/**
 * Who is signed in, shared by every page (tab pages stay mounted, so they all subscribe).
 * `me` is null when signed out. Pages read it through hooks/useSession.ts.
 */
export interface SessionState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  me: TMeResponse | null;
  error: string | null;
}

let state: SessionState = { status: 'idle', me: null, error: null };
let loadedWith: string | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<SessionState>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Loads GET /api/me. Signs in silently (WeChat, or the development login on h5) unless the person
 * signed out on purpose. Concurrent calls share one load.
 */
export function loadSession(): Promise<void> {
  if (loading) return loading;
  loading = (async () => {
    if (!tokenStore.getToken() && tokenStore.isSignedOut()) {
      loadedWith = null;
      set({ status: 'ready', me: null, error: null });
      return;
    }
    set({ status: 'loading', error: null });
    try {
      const me = await fetchMe();
      loadedWith = tokenStore.getToken();
      set({ status: 'ready', me, error: null });
    } catch (err) {
      loadedWith = null;
      if (err instanceof ApiError && err.code === 'AUTH_REQUIRED') set({ status: 'ready', me: null, error: null });
      else set({ status: 'error', me: null, error: errorMessage(err) });
    }
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** Loads the session when it was never loaded or the token changed since (e.g. signed in elsewhere). */
export function ensureSession(): Promise<void> {
  if (state.status === 'idle' || state.status === 'error' || loadedWith !== tokenStore.getToken()) return loadSession();
  return loading ?? Promise.resolve();
}

/** Explicit consumer sign-in (微信登录 on weapp, 体验登录 on h5). */
export async function signInConsumer(): Promise<void> {
  tokenStore.forgetKind();
  await login();
  await loadSession();
}

/** Staff sign-in with username and password; throws ApiError with field issues on failure. */
export async function signInWithPassword(input: TPasswordLoginRequest): Promise<TMeResponse | null> {
  await passwordLogin(input);
  await loadSession();
  return state.me;
}

export function signOut(): void {
  logout();
  loadedWith = null;
  set({ status: 'ready', me: null, error: null });
}

export const isStaff = (role: Role | undefined): boolean => !!role && STAFF_ROLES.includes(role);
export const canOpenBureau = (role: Role | undefined): boolean =>
  role === 'bureau' || role === 'province' || role === 'admin';
export const canOpenCounty = (role: Role | undefined): boolean => role === 'county';
export const canOpenProducer = (role: Role | undefined): boolean => role === 'producer' || role === 'admin';
export const canOpenTechnical = (role: Role | undefined): boolean => role === 'technical';
export const canOpenPlatform = (role: Role | undefined): boolean => role === 'platform';
