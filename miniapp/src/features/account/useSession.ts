import { useCallback, useSyncExternalStore } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { PAGES, url } from '../../constants/routes';
import {
  canOpenBureau,
  canOpenTechnical,
  canOpenProducer,
  canOpenCounty,
  canOpenPlatform,
  ensureSession,
  isStaff,
  loadSession,
  sessionStore,
  signInConsumer,
  signOut,
} from './session';
import { consumerSignInAvailable } from '../../services/auth';
import { toastError } from '../../services/errors';

/**
 * The signed-in person for a page. With `autoLoad` the session is (re)loaded whenever the page
 * shows, so a tab reflects a sign-in or sign-out made on another page.
 */
export function useSession(options: { autoLoad?: boolean } = {}) {
  const { autoLoad = true } = options;
  const state = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);

  useDidShow(() => {
    if (autoLoad) void ensureSession();
  });

  const signIn = useCallback(async () => {
    try {
      await signInConsumer();
    } catch (err) {
      toastError(err);
    }
  }, []);

  const logOut = useCallback(() => {
    signOut();
    void Taro.switchTab({ url: url(PAGES.index) });
  }, []);

  const openStaffLogin = useCallback(() => {
    void Taro.navigateTo({ url: url(PAGES.login) });
  }, []);

  const role = state.me?.role;
  return {
    ...state,
    signedIn: state.me !== null,
    loading: state.status === 'idle' || state.status === 'loading',
    staff: isStaff(role),
    canOpenBureau: canOpenBureau(role),
    canOpenProducer: canOpenProducer(role),
    canOpenTechnical: canOpenTechnical(role),
    canOpenCounty: canOpenCounty(role),
    canOpenPlatform: canOpenPlatform(role),
    /** False on the production h5 build, where only staff sign in. */
    consumerSignIn: consumerSignInAvailable(),
    reload: loadSession,
    signIn,
    logOut,
    openStaffLogin,
  };
}
