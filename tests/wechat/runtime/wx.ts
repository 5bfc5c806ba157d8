import fs from 'fs';
import path from 'path';
import type { TempFiles } from './files';
import type { Problems } from './pages';
import type { Phone } from './phone';
import type { Realm } from './realm';

/** What the wx object needs from the runtime around it. */
export interface Host {
  realm: Realm;
  files: TempFiles;
  problems: Problems;
  phone: Phone;
  /** The base URL baked into the build, and the test server it is served by here. */
  apiBase: { from: string; to: string };
  /** The code wx.login hands out: the fake jscode2session maps it to this person's openid. */
  loginCode: string;
  inTap(): boolean;
  currentRoute(): string | undefined;
  isTabPage(route: string | undefined): boolean;
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): Promise<void>;
  back(delta: number): Promise<void>;
  log(entry: WxCall): void;
  network(delta: number): void;
}

export interface WxCall {
  api: string;
  route?: string;
  args?: unknown;
  result: string;
}

type Opts = Record<string, unknown> & { success?: Fn; fail?: Fn; complete?: Fn };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => unknown;
/** An API's work; `inTap` says whether it was called while the user's tap was being handled. */
type Impl = (o: Opts, inTap: boolean) => Promise<Record<string, unknown>> | Record<string, unknown>;

class WxFail extends Error {
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** APIs that need the user's privacy consent first (WeChat's list, as far as this app reaches). */
const PRIVACY_APIS = new Set([
  'chooseMedia',
  'chooseImage',
  'scanCode',
  'setClipboardData',
  'getClipboardData',
  'chooseMessageFile',
  'requirePrivacyAuthorize',
  'getLocation',
  'chooseLocation',
  'saveImageToPhotosAlbum',
  'chooseAddress',
]);
const TAB_BAR_APIS = new Set([
  'setTabBarBadge',
  'removeTabBarBadge',
  'showTabBarRedDot',
  'hideTabBarRedDot',
  'setTabBarItem',
  'setTabBarStyle',
  'showTabBar',
  'hideTabBar',
]);

const SYSTEM_INFO = {
  brand: 'iPhone',
  model: 'iPhone 13',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 753,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.5',
  platform: 'ios',
  fontSizeSetting: 17,
  fontSizeScaleFactor: 1,
  SDKVersion: '3.6.0',
  benchmarkLevel: 1,
  theme: 'light',
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  enableDebug: false,
  deviceOrientation: 'portrait',
  host: { env: 'WeChat' },
};

/** Every name WeChat's wx object has, from the official typings: Taro promisifies by Object.keys(wx). */
function wxApiNames(): string[] {
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
  const text = fs.readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('interface Wx {'));
  return [...new Set([...body.matchAll(/^ {8}([a-zA-Z]+)\s*(?:<[^>]*>)?\(/gm)].map((m) => m[1]))];
}

export function buildWx(host: Host): Record<string, unknown> {
  const { realm, phone } = host;
  const wx: Record<string, unknown> = {};
  const storage = new Map<string, string>();
  const listeners: Record<string, Fn[]> = {};
  let privacyListener: Fn | undefined;

  // Anything not implemented below fails loudly instead of pretending to succeed.
  for (const name of wxApiNames()) {
    wx[name] = () => {
      host.problems.error(`wx.${name}`, new Error(`wx.${name} is not available in the test runtime`));
      throw new Error(`wx.${name} is not available in the test runtime`);
    };
  }

  const logCall = (api: string, args: unknown, result: string) =>
    host.log({ api, route: host.currentRoute(), args: sanitize(args), result });

  /** An async API with WeChat's callbacks: success/fail/complete, errMsg "name:ok" / "name:fail …". */
  const async = (name: string, impl: Impl, returns?: (o: Opts) => unknown, target = wx) => {
    target[name] = (given: Opts = {}) => {
      // Called without callbacks, an API that returns no task returns a Promise (base library 2.10.2+).
      let settle: { resolve: Fn; reject: Fn } | undefined;
      const promised = !returns && !given.success && !given.fail && !given.complete;
      const promise = promised ? realm.promise((resolve, reject) => (settle = { resolve, reject })) : undefined;
      const opts: Opts = promised
        ? { ...given, success: (r) => settle!.resolve(r), fail: (r) => settle!.reject(r) }
        : given;
      // Tab-bar APIs answer for the page they were called on.
      const offTab = TAB_BAR_APIS.has(name) && !host.isTabPage(host.currentRoute());
      const inTap = host.inTap();
      const run = async () => {
        try {
          if (offTab) throw new Error('not TabBar page');
          const res = { ...(await impl(opts, inTap)), errMsg: `${name}:ok` };
          logCall(name, opts, 'ok');
          const r = realm.clone(res);
          realm.guard(`wx.${name} success`, () => opts.success?.(r));
          realm.guard(`wx.${name} complete`, () => opts.complete?.(r));
        } catch (err) {
          const extra = err instanceof WxFail ? err.extra : {};
          const msg = err instanceof Error ? err.message : String(err);
          logCall(name, opts, `fail ${msg}`);
          const r = realm.clone({ errMsg: `${name}:fail ${msg}`, ...extra });
          realm.guard(`wx.${name} fail`, () => opts.fail?.(r));
          realm.guard(`wx.${name} complete`, () => opts.complete?.(r));
        }
      };
      const go = () => void Promise.resolve().then(run);
      if (PRIVACY_APIS.has(name) && !phone.privacyAgreed) privacyGate(name, go, opts);
      else go();
      return promise ?? returns?.(opts);
    };
  };

  /** WeChat asks the app's onNeedPrivacyAuthorization listener, then runs or refuses the call. */
  function privacyGate(name: string, go: () => void, opts: Opts) {
    const refuse = () => {
      logCall(name, opts, 'fail privacy permission is not authorized');
      const r = realm.clone({ errMsg: `${name}:fail privacy permission is not authorized`, errno: 104 });
      realm.guard(`wx.${name} fail`, () => opts.fail?.(r));
      realm.guard(`wx.${name} complete`, () => opts.complete?.(r));
    };
    if (!privacyListener) {
      host.problems.violation('privacy', `wx.${name} called with no onNeedPrivacyAuthorization listener`);
      return refuse();
    }
    let settled = false;
    const resolve = (option: { event?: string; buttonId?: string } = {}) => {
      if (settled || option.event === 'exposureAuthorization') return;
      settled = true;
      if (option.event !== 'agree') return refuse();
      if (!option.buttonId || !phone.agreeButtonsTapped.has(option.buttonId)) {
        host.problems.violation('privacy', `agree resolved without a tap on button "${option.buttonId}"`);
        return refuse();
      }
      phone.privacyAgreed = true;
      go();
    };
    realm.guard('onNeedPrivacyAuthorization', () => privacyListener!(resolve, realm.clone({ referrer: name })));
  }

  const sync = (name: string, impl: Fn) => {
    wx[name] = (...args: unknown[]) => realm.clone(impl(...args));
  };
  const ok = (...names: string[]) => names.forEach((n) => async(n, () => ({})));
  const on = (...names: string[]) =>
    names.forEach((n) => {
      wx[n] = (fn: Fn) => void (listeners[n] ??= []).push(fn);
      wx[n.replace(/^on/, 'off')] = (fn: Fn) => {
        listeners[n] = (listeners[n] ?? []).filter((f) => f !== fn);
      };
    });

  // ---- system (the font size is the person's WeChat setting; the iOS standard is 17 px)
  const system = () => ({
    ...SYSTEM_INFO,
    fontSizeSetting: phone.fontSizeSetting,
    fontSizeScaleFactor: phone.fontSizeSetting / 17,
  });
  sync('getSystemInfoSync', system);
  async('getSystemInfo', system);
  sync('getWindowInfo', system);
  sync('getDeviceInfo', system);
  sync('getAppBaseInfo', system);
  sync('getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true }));
  sync('getAppAuthorizeSetting', () => ({ albumAuthorized: 'authorized', cameraAuthorized: 'authorized' }));
  sync('getAccountInfoSync', () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }));
  sync('getLaunchOptionsSync', () => ({ path: 'pages/index/index', query: {}, scene: 1001 }));
  sync('getEnterOptionsSync', () => ({ path: 'pages/index/index', query: {}, scene: 1001 }));
  sync('getMenuButtonBoundingClientRect', () => ({
    width: 87,
    height: 32,
    top: 51,
    right: 380,
    bottom: 83,
    left: 293,
  }));
  sync('canIUse', (s: unknown) => typeof s === 'string' && typeof wx[s.split('.')[0]] === 'function');
  wx.nextTick = (fn: Fn) => void Promise.resolve().then(() => realm.guard('nextTick', fn));
  on(
    'onAppShow',
    'onAppHide',
    'onError',
    'onUnhandledRejection',
    'onPageNotFound',
    'onNetworkStatusChange',
    'onMemoryWarning',
    'onThemeChange',
    'onWindowResize',
    'onKeyboardHeightChange',
  );
  async('getNetworkType', () => ({ networkType: 'wifi' }));
  async('getSetting', () => ({ authSetting: {}, subscriptionsSetting: { mainSwitch: true } }));
  ok(
    'checkSession',
    'vibrateShort',
    'showShareMenu',
    'hideShareMenu',
    'pageScrollTo',
    'stopPullDownRefresh',
    'startPullDownRefresh',
    'hideKeyboard',
    'setNavigationBarColor',
    'showNavigationBarLoading',
    'hideNavigationBarLoading',
    'hideHomeButton',
    'setBackgroundColor',
    'setBackgroundTextStyle',
    'reportEvent',
  );
  wx.reportAnalytics = () => undefined;
  wx.env = { USER_DATA_PATH: 'wxfile://usr' };
  wx.getUpdateManager = () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} });

  // ---- login and privacy
  async('login', () => ({ code: host.loginCode }));
  wx.onNeedPrivacyAuthorization = (fn: Fn) => {
    privacyListener = fn;
  };
  async('getPrivacySetting', () => ({
    needAuthorization: !phone.privacyAgreed,
    privacyContractName: '《隐私保护指引》',
  }));
  async('openPrivacyContract', () => ({}));
  async('requirePrivacyAuthorize', () => ({}));

  // ---- storage (WeChat caps one key at 1 MB)
  const setItem = (key: string, value: unknown) => {
    const json = JSON.stringify(value === undefined ? null : value);
    if (json.length > 1024 * 1024) throw new Error('setStorageSync:fail exceed storage item max length');
    storage.set(key, json);
  };
  const getItem = (key: string) => (storage.has(key) ? JSON.parse(storage.get(key)!) : '');
  sync('setStorageSync', (k: string, v: unknown) => setItem(k, v));
  sync('getStorageSync', (k: string) => getItem(k));
  sync('removeStorageSync', (k: string) => void storage.delete(k));
  sync('clearStorageSync', () => storage.clear());
  sync('getStorageInfoSync', () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }));
  async('setStorage', (o) => (setItem(o.key as string, o.data), {}));
  async('getStorage', (o) => {
    if (!storage.has(o.key as string)) throw new Error('data not found');
    return { data: getItem(o.key as string) };
  });
  async('removeStorage', (o) => (storage.delete(o.key as string), {}));
  async('clearStorage', () => (storage.clear(), {}));

  // ---- network: real HTTP to the test server
  const target = (url: string) =>
    url.startsWith(host.apiBase.from) ? host.apiBase.to + url.slice(host.apiBase.from.length) : url;
  const tracked = async <T>(p: () => Promise<T>): Promise<T> => {
    host.network(1);
    try {
      return await p();
    } finally {
      host.network(-1);
    }
  };
  async(
    'request',
    (o) =>
      tracked(async () => {
        const method = String(o.method ?? 'GET').toUpperCase();
        const header = { ...(o.header as Record<string, string>) };
        let url = target(String(o.url));
        let body: string | undefined;
        if (method === 'GET' && o.data && typeof o.data === 'object') {
          const qs = new URLSearchParams(o.data as Record<string, string>).toString();
          if (qs) url += (url.includes('?') ? '&' : '?') + qs;
        } else if (o.data !== undefined && method !== 'GET') {
          body = typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
          if (!Object.keys(header).some((k) => k.toLowerCase() === 'content-type'))
            header['content-type'] = 'application/json';
        }
        const res = await fetch(url, {
          method,
          headers: header,
          body,
          signal: AbortSignal.timeout(Number(o.timeout ?? 60000)),
        });
        const text = await res.text();
        let data: unknown = text;
        if ((o.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text);
          } catch {
            data = text;
          }
        }
        return { statusCode: res.status, data, header: headersOf(res) };
      }),
    () => ({ abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }),
  );
  async(
    'uploadFile',
    (o) =>
      tracked(async () => {
        const bytes = host.files.read(String(o.filePath));
        const form = new FormData();
        for (const [k, v] of Object.entries((o.formData as Record<string, string>) ?? {})) form.append(k, String(v));
        form.append(String(o.name), new Blob([new Uint8Array(bytes)]), path.basename(String(o.filePath)));
        const res = await fetch(target(String(o.url)), {
          method: 'POST',
          headers: o.header as Record<string, string>,
          body: form,
          signal: AbortSignal.timeout(Number(o.timeout ?? 60000)),
        });
        uploadProgress(o, bytes.length);
        return { statusCode: res.status, data: await res.text() };
      }),
    (o) => uploadTask(o),
  );
  const progressListeners = new WeakMap<Opts, Fn[]>();
  function uploadTask(o: Opts) {
    const list: Fn[] = [];
    progressListeners.set(o, list);
    return {
      abort() {},
      onProgressUpdate: (fn: Fn) => list.push(fn),
      offProgressUpdate() {},
      onHeadersReceived() {},
      offHeadersReceived() {},
    };
  }
  function uploadProgress(o: Opts, size: number) {
    for (const fn of progressListeners.get(o) ?? [])
      realm.guard('upload progress', () =>
        fn(realm.clone({ progress: 100, totalBytesSent: size, totalBytesExpectedToSend: size })),
      );
  }
  async(
    'downloadFile',
    (o) =>
      tracked(async () => {
        const res = await fetch(target(String(o.url)), { headers: o.header as Record<string, string> });
        const bytes = Buffer.from(await res.arrayBuffer());
        const ext = path.extname(new URL(target(String(o.url))).pathname) || '';
        return { statusCode: res.status, tempFilePath: host.files.write(bytes, ext) };
      }),
    () => ({ abort() {}, onProgressUpdate() {}, offProgressUpdate() {} }),
  );
  async('openDocument', (o) => {
    const bytes = host.files.read(String(o.filePath));
    phone.documents.push({
      fileType: o.fileType as string | undefined,
      size: bytes.length,
      magic: bytes.subarray(0, 2).toString('latin1'),
    });
    return {};
  });

  // ---- media, scan, files: what the person picks, scripted by the test
  async('chooseMedia', (o) => {
    const pick = phone.media.shift();
    if (!pick) throw new Error('cancel');
    const files = pick.slice(0, Number(o.count ?? 9)).map((p) => host.files.add(p));
    return {
      type: 'image',
      tempFiles: files.map((f) => ({ tempFilePath: f.path, size: f.size, fileType: 'image', width: 0, height: 0 })),
    };
  });
  async('scanCode', () => {
    const scan = phone.scans.shift();
    if (!scan) throw new Error('cancel');
    return { ...scan, charSet: 'UTF-8', rawData: Buffer.from(scan.result).toString('base64') };
  });
  async('chooseMessageFile', () => {
    const pick = phone.messageFiles.shift();
    if (!pick) throw new Error('cancel');
    return { tempFiles: pick.map((f) => ({ ...host.files.add(f.path), name: f.name, type: 'file', time: 0 })) };
  });
  async('previewImage', () => ({}));

  // The phone's file system, as far as the app reads a file picked from a chat: text, by its encoding.
  const fileSystem: Record<string, unknown> = {};
  async(
    'readFile',
    (o) => {
      if (o.encoding !== 'utf8' && o.encoding !== 'utf-8') throw new Error('readFile without utf8 is not modelled');
      return { data: host.files.read(String(o.filePath)).toString('utf8') };
    },
    undefined,
    fileSystem,
  );
  // Its methods are the app's to call: handed over as they are, not cloned as data.
  wx.getFileSystemManager = () => fileSystem;

  // ---- what the phone shows
  async(
    'showToast',
    (o) => (phone.toasts.push({ title: String(o.title), icon: o.icon as string, route: host.currentRoute() }), {}),
  );
  ok('hideToast', 'showLoading', 'hideLoading');
  async('showModal', (o) => modal(o, 'showModal'));
  async('showActionSheet', (o) => modal(o, 'showActionSheet'));
  function modal(o: Opts, api: 'showModal' | 'showActionSheet'): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      phone.modals.push({
        api,
        title: o.title as string,
        content: o.content as string,
        items: o.itemList as string[],
        answer: (c) => {
          phone.modals.shift();
          if (api === 'showActionSheet')
            return c.index === undefined ? reject(new Error('cancel')) : resolve({ tapIndex: c.index });
          resolve({ confirm: !!c.confirm, cancel: !c.confirm, content: c.content });
        },
      });
    });
  }
  async('setNavigationBarTitle', (o) => (phone.titles.set(host.currentRoute() ?? '', String(o.title)), {}));
  async('setClipboardData', (o) => (phone.clipboard.push(String(o.data)), {}));
  async('makePhoneCall', (o) => (phone.calls.push(String(o.phoneNumber)), {}));
  async('requestSubscribeMessage', (o, inTap) => {
    // WeChat shows the prompt only for a call made while handling the user's tap.
    if (!inTap) throw new WxFail('can only be invoked by user TAP gesture.', { errCode: 20004 });
    const ids = (o.tmplIds as string[]) ?? [];
    phone.subscribePrompts.push({ tmplIds: ids, route: host.currentRoute() });
    return Object.fromEntries(ids.map((id) => [id, phone.subscribeAnswer]));
  });

  // ---- tab bar: only from a tab page
  async('setTabBarBadge', (o) => (phone.badges.set(Number(o.index), String(o.text)), {}));
  async('removeTabBarBadge', (o) => (phone.badges.delete(Number(o.index)), {}));
  ok('showTabBarRedDot', 'hideTabBarRedDot', 'setTabBarItem', 'setTabBarStyle', 'showTabBar', 'hideTabBar');

  // ---- navigation
  for (const kind of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'] as const) {
    async(kind, async (o) => (await host.navigate(kind, String(o.url)), {}));
  }
  async('navigateBack', async (o) => (await host.back(Number(o.delta ?? 1)), {}));

  return wx;
}

/** A call's options as logged: no callbacks, long strings cut. */
function sanitize(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return undefined;
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => sanitize(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => typeof v !== 'function')
      .map(([k, v]) => [k, /authorization|password/i.test(k) ? '***' : sanitize(v, depth + 1)]),
  );
}

function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => (out[k] = v));
  return out;
}
