/**
 * WeChat privacy authorization (基础库 2.32.3+, `__usePrivacyCheck__`). When a privacy interface
 * such as scanCode or login needs consent, WeChat calls our listener with a `resolve` function and
 * holds the call until the person agrees or declines in our PrivacyPopup.
 */
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

let pending: Resolve | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((l) => l());
}

export const privacyStore = {
  isPending: (): boolean => pending !== null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Called once from app launch; a no-op outside WeChat or on base libraries without the API. */
export function registerPrivacyListener(): void {
  if (typeof wx === 'undefined' || !wx || typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  wx.onNeedPrivacyAuthorization((resolve) => {
    // A newer request replaces an unanswered one: decline the old one so it does not hang.
    if (pending && pending !== resolve) pending({ event: 'disagree' });
    pending = resolve;
    resolve({ event: 'exposureAuthorization' });
    notify();
  });
}

/** The person tapped our agree button (open-type="agreePrivacyAuthorization") with this id. */
export function agreePrivacy(buttonId: string): void {
  const resolve = pending;
  pending = null;
  resolve?.({ event: 'agree', buttonId });
  notify();
}

export function declinePrivacy(): void {
  const resolve = pending;
  pending = null;
  resolve?.({ event: 'disagree' });
  notify();
}

export function openPrivacyContract(): void {
  if (typeof wx !== 'undefined' && wx && typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract();
}
