import { isWeapp } from './env';

/**
 * Keyboard and screen-reader access in the browser build. Taro draws a tappable View (and its
 * Button, `<taro-button-core>`) as an element a keyboard cannot reach and a screen reader cannot
 * name: `pressable` gives a View a role, a place in the tab order and a name, and `enableKeyboard`
 * makes every Button focusable and lets Enter or Space press whatever has role="button" or "link".
 * In WeChat a tap is the only way in, and its screen reader (读屏) reads `aria-role` and
 * `aria-label`, which config/weapp-aria.js lets Taro render on view, text and image.
 */
export interface RoleOptions {
  role?: 'button' | 'link';
  /** The name read out, when the element's own text does not say what it does. */
  label?: string;
  /** A toggle (a category chip): whether it is on. */
  pressed?: boolean;
}

/** Role, tab stop and name, for an element whose tap is handled by itself or by its parent. */
export function actionRole({ role = 'button', label, pressed }: RoleOptions = {}) {
  if (isWeapp()) return weappRole(role, label, pressed);
  return {
    role,
    tabIndex: 0,
    ...(label ? { 'aria-label': label } : {}),
    // a string: Taro's h5 components drop an attribute whose value is false
    ...(pressed === undefined ? {} : { 'aria-pressed': String(pressed) }),
  };
}

/** WeChat's screen reader knows no pressed state; a chip that is on reads as selected. */
function weappRole(role: string, label: string | undefined, pressed: boolean | undefined) {
  return {
    ariaRole: role,
    ...(label ? { ariaLabel: label } : {}),
    ...(pressed === undefined ? {} : { ariaSelected: String(pressed) }),
  };
}

export function pressable(onPress: () => void, options?: RoleOptions) {
  return { onClick: onPress, ...actionRole(options) };
}

const ACTIVATE = new Set(['Enter', ' ']);

/**
 * Whether a key press on `el` should press it: an element acting as a button or link, not a native
 * control (those handle their own keys). Space presses our links too: each is one tap target, and
 * people who tap expect either key to work.
 */
export function activatesOnKey(el: Element, key: string): boolean {
  if (!ACTIVATE.has(key)) return false;
  const role = el.getAttribute('role');
  if (role !== 'button' && role !== 'link') return false;
  return !['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Buttons as buttons; Taro's tab bar as the app's navigation landmark. */
function annotate(root: ParentNode): void {
  root.querySelectorAll('taro-button-core:not([role])').forEach((b) => {
    b.setAttribute('role', 'button');
    if (!b.hasAttribute('tabindex')) b.setAttribute('tabindex', '0');
  });
  root.querySelectorAll('.weui-tabbar:not([role])').forEach((t) => {
    t.setAttribute('role', 'navigation');
    t.setAttribute('aria-label', '主菜单');
  });
}

/** Called once at launch in the browser build. */
export function enableKeyboard(doc: Document = document): void {
  doc.addEventListener('keydown', (e) => {
    const el = e.target as Element | null;
    if (!el || !activatesOnKey(el, e.key)) return;
    e.preventDefault();
    (el as HTMLElement).click();
  });
  annotate(doc);
  new MutationObserver(() => annotate(doc)).observe(doc.body, { childList: true, subtree: true });
}

/** A mark that repeats the words beside it (a category's one-character badge): not read out. */
export function hiddenFromReaders(): { 'aria-hidden'?: 'true'; ariaHidden?: 'true' } {
  return isWeapp() ? { ariaHidden: 'true' } : { 'aria-hidden': 'true' };
}

/** A picture that says something: its words for a screen reader (h5 `<img alt>`). */
export function imageAlt(text: string): { nativeProps?: { alt: string }; ariaRole?: 'img'; ariaLabel?: string } {
  return isWeapp() ? { ariaRole: 'img', ariaLabel: text } : { nativeProps: { alt: text } };
}

/** An icon beside its own words: a screen reader skips it (h5 `<img alt="">`). */
export function decorative(): { nativeProps?: { alt: string }; ariaHidden?: 'true' } {
  return isWeapp() ? { ariaHidden: 'true' } : { nativeProps: { alt: '' } };
}

/** Names the native control inside a Taro component in h5 (a Switch's checkbox). */
export function nativeLabel(label: string): { nativeProps?: { 'aria-label': string } } {
  return isWeapp() ? {} : { nativeProps: { 'aria-label': label } };
}

/** The large-text mode on <html> too: Taro's h5 tab bar lies outside every page (app.css). */
export function largeTextOnRoot(
  store: { get: () => boolean; subscribe: (listener: () => void) => unknown },
  doc: Document = document,
): void {
  const apply = () => doc.documentElement.classList.toggle('large-text', store.get());
  apply();
  store.subscribe(apply);
}
