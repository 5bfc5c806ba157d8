import fs from 'fs';
import path from 'path';
import { createComponent, detachComponent, Instance, readJson, setDistRoot, type Problems } from './pages';
import { TempFiles } from './files';
import { Phone } from './phone';
import { Modules, Realm } from './realm';
import { byText, normalize, outline, queryAll, saveJson, textOf, View, type VNode } from './view';
import { buildWx, type WxCall } from './wx';

/**
 * The real `dist/weapp` build run as WeChat runs it: the logic layer in its own realm with WeChat's
 * globals, the view rendered from WeChat's compiled WXML, a page stack with WeChat's rules, and a
 * person who taps, types and picks. See ../README.md.
 */
export interface RuntimeOptions {
  dist: string;
  /** The API base baked into the build, and the test server that answers for it here. */
  apiBase: { from: string; to: string };
  /** Who holds the phone: wx.login's code, mapped to an openid by the fake WeChat server. */
  person: string;
}

type Kind = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch';
type Config = Record<string, unknown>;

const MAX_STACK = 10;
/** WeChat's custom tab bar: this component, one instance per tab page, when app.json's tabBar.custom is set. */
const CUSTOM_TAB_BAR = 'custom-tab-bar/index';
const BUBBLING = new Set(['touchstart', 'touchmove', 'touchcancel', 'touchend', 'tap', 'longpress', 'longtap']);

export class WeappRuntime {
  readonly phone = new Phone();
  readonly calls: WxCall[] = [];
  readonly errors: string[] = [];
  readonly violations: string[] = [];
  readonly console: string[] = [];
  readonly stack: Instance[] = [];

  private realm: Realm;
  private modules: Modules;
  private view: View;
  private files = new TempFiles();
  private appJson: Config & { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> };
  private tabPages: string[];
  private pageList: Set<string>;
  private aliveTabs = new Map<string, Instance>();
  /** Each tab page's own custom tab bar (WeChat makes one per tab page). */
  private tabBars = new Map<Instance, Instance>();
  private customTabBar: boolean;
  private pageConfigs = new Map<string, Config>();
  private componentConfigs = new Map<string, Config>();
  private loading: string | null = null;
  private app: Config | null = null;
  private tapping = false;
  private inflight = 0;
  private nextPageId = 1;
  private problems: Problems = {
    error: (where, err) =>
      this.errors.push(`${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    violation: (rule, detail) => this.violations.push(`${rule}: ${detail}`),
  };
  private onRejection = (reason: unknown) => this.problems.error('unhandled rejection', reason);

  constructor(private opts: RuntimeOptions) {
    setDistRoot(opts.dist);
    this.appJson = JSON.parse(fs.readFileSync(path.join(opts.dist, 'app.json'), 'utf8'));
    const subs = this.appJson.subPackages ?? [];
    this.tabPages = ((this.appJson.tabBar as { list?: Array<{ pagePath: string }> })?.list ?? []).map(
      (t) => t.pagePath,
    );
    this.customTabBar = (this.appJson.tabBar as { custom?: boolean } | undefined)?.custom === true;
    this.pageList = new Set([...this.appJson.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]);
    this.realm = new Realm((where, err) => this.problems.error(where, err));
    this.modules = new Modules(
      this.realm,
      opts.dist,
      subs.map((s) => s.root),
    );
    this.view = new View(opts.dist);
    this.installGlobals();
    process.on('unhandledRejection', this.onRejection);
  }

  // ------------------------------------------------------------------ launch and pages

  /** Cold start: app.js, onLaunch and onShow, then the entry page (a tab page or any other). */
  async launch(entry = 'pages/index/index', query: Record<string, string> = {}): Promise<void> {
    this.modules.load('app.js');
    if (!this.app) throw new Error('app.js did not call App()');
    const options = this.realm.clone({ path: entry, query, scene: 1001, referrerInfo: {} });
    this.callApp('onLaunch', options);
    this.callApp('onShow', options);
    const qs = new URLSearchParams(query).toString();
    await this.open('reLaunch', `/${entry}${qs ? `?${qs}` : ''}`);
  }

  get route(): string | undefined {
    return this.top()?.template;
  }

  top(): Instance | undefined {
    return this.stack[this.stack.length - 1];
  }

  private callApp(method: string, ...args: unknown[]) {
    const fn = this.app?.[method];
    if (typeof fn === 'function')
      this.realm.guard(`App.${method}`, () => (fn as (...a: unknown[]) => void).apply(this.app, args));
  }

  /** Opens a page as wx.navigateTo / redirectTo / switchTab / reLaunch would, or throws WeChat's fail text. */
  async open(kind: Kind, url: string): Promise<void> {
    const [rawPath, query = ''] = url.split('?');
    const route = this.resolveRoute(rawPath);
    if (!this.pageList.has(route)) throw new Error(`page "${route}" is not found`);
    const isTab = this.tabPages.includes(route);
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) throw new Error(`can not ${kind} a tabbar page`);
    if (kind === 'switchTab' && !isTab) throw new Error('can not switch to no-tabBar page');
    if (kind === 'navigateTo' && this.stack.length >= MAX_STACK) throw new Error('webview count limit exceed');
    const params = parseQuery(kind === 'switchTab' ? '' : query);

    if (kind === 'navigateTo') this.top()?.call('onHide');
    if (kind === 'redirectTo') this.unload(this.stack.pop());
    if (kind === 'switchTab') this.leaveForTab(route);
    if (kind === 'reLaunch') this.unloadAll();

    const alive = isTab ? this.aliveTabs.get(route) : undefined;
    if (alive) {
      this.stack.push(alive);
      alive.call('onShow');
      return;
    }
    const page = this.createPage(route, params);
    this.stack.push(page);
    if (isTab) this.aliveTabs.set(route, page);
    page.call('onLoad', this.realm.clone(params));
    page.call('onShow');
    await new Promise((r) => setTimeout(r, 0));
    page.call('onReady');
  }

  async back(delta: number): Promise<void> {
    if (this.stack.length <= 1) throw new Error('cannot navigate back at first page.');
    const n = Math.min(Math.max(delta, 1), this.stack.length - 1);
    for (let i = 0; i < n; i++) this.unload(this.stack.pop());
    this.top()?.call('onShow');
  }

  private leaveForTab(route: string) {
    while (this.stack.length) {
      const p = this.stack.pop()!;
      if (this.tabPages.includes(p.template)) {
        if (p.template !== route) p.call('onHide');
      } else this.unload(p);
    }
  }

  private unload(page: Instance | undefined) {
    if (!page) return;
    page.call('onUnload');
    this.aliveTabs.delete(page.template);
    const bar = this.tabBars.get(page);
    if (bar) {
      detachComponent(bar, this.componentConfig(CUSTOM_TAB_BAR), this.realm);
      this.tabBars.delete(page);
    }
  }

  private unloadAll() {
    const all = new Set([...this.stack, ...this.aliveTabs.values()]);
    this.stack.length = 0;
    for (const p of all) this.unload(p);
  }

  private resolveRoute(raw: string): string {
    if (raw.startsWith('/')) return raw.slice(1);
    const base = this.route ? path.posix.dirname(this.route) : '';
    return path.posix.normalize(path.posix.join(base, raw));
  }

  private createPage(route: string, query: Record<string, string>): Instance {
    const sub = this.modules.subpackageOf(route);
    if (sub) this.modules.loadedSubpackages.add(sub);
    const json = readJson(route);
    for (const ref of Object.values(json.usingComponents ?? {}))
      this.loadComponent(path.posix.normalize(path.posix.join(path.posix.dirname(route), ref)));
    this.register(route, () => this.modules.load(`${route}.js`));
    const config = this.pageConfigs.get(route);
    if (!config) throw new Error(`page "${route}" did not call Page()`);
    const id = this.nextPageId++;
    const page = new Instance(
      route,
      json.usingComponents ?? {},
      config,
      this.realm,
      this.problems,
      (p) => this.componentConfig(p),
      () => undefined,
      {
        route,
        __route__: route,
        options: this.realm.clone(query),
        __wxWebviewId__: id,
        __wxExparserNodeId__: `page-${id}`,
        is: route,
        getPageId: () => `pageId:${id}`,
        selectComponent: () => null,
        selectAllComponents: () => [],
        getOpenerEventChannel: () => ({ on() {}, emit() {}, off() {}, once() {} }),
        getTabBar: () => this.tabBars.get(page)?.instance ?? null,
      },
    );
    if (this.customTabBar && this.tabPages.includes(route)) this.attachTabBar(page, id);
    return page;
  }

  /**
   * A tab page's own instance of the app's custom-tab-bar component, attached with the page (its
   * getPageId is the page's, as WeChat gives it); detached when the page is unloaded.
   */
  private attachTabBar(page: Instance, id: number) {
    this.loadComponent(CUSTOM_TAB_BAR);
    const bar = createComponent(
      CUSTOM_TAB_BAR,
      this.realm,
      this.problems,
      (p) => this.componentConfig(p),
      () => undefined,
      { is: CUSTOM_TAB_BAR, getPageId: () => `pageId:${id}` },
    );
    this.tabBars.set(page, bar);
  }

  private register(file: string, load: () => void) {
    this.loading = file;
    try {
      load();
    } finally {
      this.loading = null;
    }
  }

  private loadComponent(file: string) {
    if (this.componentConfigs.has(file)) return;
    const json = readJson(file);
    this.register(file, () => this.modules.load(`${file}.js`));
    for (const ref of Object.values(json.usingComponents ?? {})) {
      this.loadComponent(path.posix.normalize(path.posix.join(path.posix.dirname(file), ref)));
    }
  }

  private componentConfig(file: string): Config {
    const c = this.componentConfigs.get(file);
    if (!c) throw new Error(`component "${file}" did not call Component()`);
    return c;
  }

  private installGlobals() {
    const realm = this.realm;
    const wx = buildWx({
      realm,
      files: this.files,
      problems: this.problems,
      phone: this.phone,
      apiBase: this.opts.apiBase,
      loginCode: this.opts.person,
      inTap: () => this.tapping,
      currentRoute: () => this.route,
      isTabPage: (r) => !!r && this.tabPages.includes(r),
      navigate: (kind, url) => this.open(kind, url),
      back: (delta) => this.back(delta),
      log: (c) => this.calls.push(c),
      network: (d) => (this.inflight += d),
    });
    realm.set('wx', wx);
    realm.set('App', (config: Config) => {
      this.app = config;
    });
    realm.set('getApp', () => this.app);
    realm.set('getCurrentPages', () => this.stack.map((p) => p.instance));
    realm.set('Page', (config: Config) => {
      if (!this.loading) return this.problems.error('Page()', new Error('Page() called outside a page file'));
      this.pageConfigs.set(this.loading, config);
    });
    realm.set('Component', (config: Config) => {
      if (!this.loading)
        return this.problems.error('Component()', new Error('Component() called outside a component file'));
      this.componentConfigs.set(this.loading, config);
    });
    realm.set('Behavior', (config: Config) => config);
    realm.set('requirePlugin', (name: string) => {
      throw new Error(`plugin "${name}" is not available`);
    });
    realm.set('__wxConfig', realm.clone({ envVersion: 'develop', platform: 'ios', pages: this.appJson.pages }));
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        const line = `${level}: ${args.map((a) => (a instanceof Error ? a.stack : typeof a === 'string' ? a : safeJson(a))).join(' ')}`;
        this.console.push(line);
        if (level === 'error') this.problems.error('console.error', line);
      };
    realm.set('console', {
      log: log('log'),
      info: log('info'),
      debug: log('debug'),
      warn: log('warn'),
      error: log('error'),
    });
  }

  // ------------------------------------------------------------------ what the person sees and does

  /** The current page as rendered from the data the view last received, with its custom tab bar. */
  screen(): VNode {
    const top = this.top();
    if (!top) throw new Error('no page is open');
    const screen = this.view.render(top);
    const bar = this.tabBars.get(top);
    if (bar) screen.children.push(this.view.renderComponent(bar, 'wx-custom-tab-bar', screen));
    return screen;
  }

  /** The custom tab bar on the current page (undefined on a page without one, or with WeChat's own bar). */
  tabBar(): VNode | undefined {
    return this.screen().children.find((n) => n.tag === 'wx-custom-tab-bar');
  }

  text(): string {
    return normalize(textOf(this.screen()));
  }

  $$(selector: string): VNode[] {
    return queryAll(this.screen(), selector);
  }

  /** Waits until the page, the network and the view are quiet, then `check` holds (10 s at most). */
  async waitFor<T>(check: () => T | undefined | false | null, what: string, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = this.quiet() ? check() : undefined;
      if (value) return value;
      if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs} ms for ${what}; the page shows:\n${this.text().slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  waitForText(text: string, timeoutMs?: number): Promise<true> {
    return this.waitFor(
      () => this.text().includes(normalize(text)) || undefined,
      `"${text}" on ${this.route}`,
      timeoutMs,
    );
  }

  async waitForRoute(route: string): Promise<void> {
    await this.waitFor(() => this.route === route, `page ${route} (now ${this.route})`);
  }

  /** Settles pending renders and requests (for reading a screen that just changed). */
  async settle(): Promise<void> {
    // React and Taro finish an update over several ticks: quiet for 100 ms in a row counts as settled.
    const deadline = Date.now() + 15000;
    for (let calm = 0; calm < 4; calm = this.quiet() ? calm + 1 : 0) {
      if (Date.now() > deadline) throw new Error(`the app did not settle on ${this.route}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private quiet(): boolean {
    return this.inflight === 0 && !this.stack.some((p) => p.busy() || this.tabBars.get(p)?.busy());
  }

  /** Finds one element by selector, or by the text on it. */
  find(target: string | VNode): VNode {
    if (typeof target !== 'string') return target;
    const screen = this.screen();
    const hits =
      /^[.#[a-z]/.test(target) && !/[\u4e00-\u9fa5]/.test(target) ? queryAll(screen, target) : byText(screen, target);
    if (!hits.length)
      throw new Error(`nothing to find for "${target}" on ${this.route}:\n${outline(screen).slice(0, 4000)}`);
    return hits[0];
  }

  /** The element showing `text` inside the first match of `container` (a chip inside one field, say). */
  findIn(container: string, text: string): VNode {
    const box = this.find(container);
    const hits = byText(box, text);
    if (!hits.length)
      throw new Error(`no "${text}" inside ${container} on ${this.route}:\n${outline(box).slice(0, 3000)}`);
    return hits[0];
  }

  /** A finger tap: touchstart → touchend → tap, bubbling; the agree-privacy button does its part. */
  async tap(target: string | VNode): Promise<void> {
    const node = this.find(target);
    this.tapping = true;
    try {
      this.dispatch(node, 'touchstart', {});
      this.dispatch(node, 'touchend', {});
      this.dispatch(node, 'tap', { x: 10, y: 10 });
      const button = closest(node, (n) => n.tag === 'wx-button');
      if (button?.attr.openType === 'agreePrivacyAuthorization') {
        this.phone.agreeButtonsTapped.add(String(button.attr.id ?? ''));
        this.dispatch(button, 'agreeprivacyauthorization', {});
      }
    } finally {
      this.tapping = false;
    }
    await this.settle();
  }

  /** Typing into an input or textarea: focus → input (cut at maxlength, 140 by default) → blur. */
  async type(target: string | VNode, value: string): Promise<void> {
    const found = this.find(target);
    const field =
      closest(found, (n) => n.tag === 'wx-input' || n.tag === 'wx-textarea') ??
      descendant(found, (n) => n.tag === 'wx-input' || n.tag === 'wx-textarea');
    if (!field) throw new Error(`"${String(target)}" is not an input or textarea`);
    const max = Number(field.attr.maxlength ?? 140);
    const text = max >= 0 ? [...value].slice(0, max).join('') : value;
    this.dispatch(field, 'focus', { value: String(field.attr.value ?? ''), height: 0 });
    this.dispatch(field, 'input', { value: text, cursor: text.length, keyCode: 0 });
    this.dispatch(field, 'blur', { value: text, cursor: text.length });
    await this.settle();
  }

  /** Confirms an input (the keyboard's 搜索/完成 key). */
  async confirm(target: string | VNode): Promise<void> {
    const field = this.find(target);
    const input = closest(field, (n) => n.tag === 'wx-input') ?? descendant(field, (n) => n.tag === 'wx-input');
    if (!input) throw new Error('not an input');
    this.dispatch(input, 'confirm', { value: String(input.attr.value ?? '') });
    await this.settle();
  }

  /** A native picker, switch or group reporting its change. */
  async change(target: string | VNode, detail: Record<string, unknown>): Promise<void> {
    const found = this.find(target);
    const NATIVE = new Set(['wx-picker', 'wx-switch', 'wx-checkbox-group', 'wx-radio-group', 'wx-slider']);
    const node = closest(found, (n) => NATIVE.has(n.tag)) ?? descendant(found, (n) => NATIVE.has(n.tag));
    if (!node) throw new Error(`"${String(target)}" is not a picker or switch`);
    this.dispatch(node, 'change', detail);
    await this.settle();
  }

  /** A selector picker: the person scrolls to `label` and taps 确定. */
  async choose(target: string | VNode, label: string): Promise<void> {
    const picker = this.pickerOf(target);
    const range = (picker.attr.range as unknown[]) ?? [];
    const key = picker.attr.rangeKey as string | undefined;
    const index = range.findIndex(
      (r) => String(key && r && typeof r === 'object' ? (r as Record<string, unknown>)[key] : r) === label,
    );
    if (index < 0) throw new Error(`"${label}" is not offered by the picker (${range.length} items)`);
    await this.change(picker, { value: index });
  }

  private pickerOf(target: string | VNode): VNode {
    const found = this.find(target);
    const picker = closest(found, (n) => n.tag === 'wx-picker') ?? descendant(found, (n) => n.tag === 'wx-picker');
    if (!picker) throw new Error(`"${String(target)}" is not a picker`);
    return picker;
  }

  /**
   * A tap on the tab bar. With the app's custom tab bar on the current page, the person taps the
   * tab showing `text` there and the app switches itself. With WeChat's own bar: switchTab, then the
   * page's onTabItemTap. From a page without a tab bar (a real person would go back to one first),
   * the tab is opened as WeChat's own bar would.
   */
  async tapTab(text: string): Promise<void> {
    const list = (this.appJson.tabBar as { list: Array<{ pagePath: string; text: string }> }).list;
    const index = list.findIndex((t) => t.text === text);
    if (index < 0) throw new Error(`no tab "${text}"`);
    const top = this.top();
    if (top && this.tabBars.has(top)) {
      // A tab page: the person taps what its tab bar shows (once it has been drawn).
      const item = await this.waitFor(() => this.tabItem(text), `the tab "${text}" on the tab bar of ${this.route}`);
      await this.tap(item);
      await this.waitForRoute(list[index].pagePath);
      return;
    }
    await this.open('switchTab', `/${list[index].pagePath}`);
    if (!this.customTabBar)
      this.top()?.call('onTabItemTap', this.realm.clone({ index, pagePath: list[index].pagePath, text }));
    await this.settle();
  }

  /**
   * The badge on a tab, as the person sees it (undefined when none): with a custom tab bar, what
   * the tab shows besides its name; with WeChat's own, what setTabBarBadge drew there.
   */
  badge(text: string): string | undefined {
    if (this.customTabBar) {
      const item = this.tabItem(text);
      const rest = item ? normalize(textOf(item)).replace(text, '').trim() : '';
      return rest || undefined;
    }
    const list = (this.appJson.tabBar as { list: Array<{ text: string }> }).list;
    return this.phone.badges.get(list.findIndex((t) => t.text === text));
  }

  /** The tappable tab of the custom tab bar whose label reads `text` (the element handling its tap). */
  tabItem(text: string): VNode | undefined {
    const bar = this.tabBar();
    if (!bar) return undefined;
    const label = byText(bar, text).find((n) => normalize(textOf(n)) === text);
    return label && closest(label, (n) => !!handlerOf(n.attr, 'tap'));
  }

  private dispatch(target: VNode, type: string, detail: Record<string, unknown>) {
    const targetInfo = { id: String(target.attr.id ?? ''), dataset: dataset(target) };
    for (let n: VNode | undefined = target; n && n.tag !== 'wx-page'; n = BUBBLING.has(type) ? n.parent : undefined) {
      const handler = handlerOf(n.attr, type);
      if (handler) {
        const event = this.realm.clone({
          type,
          timeStamp: Date.now() % 1e7,
          target: targetInfo,
          currentTarget: { id: String(n.attr.id ?? ''), dataset: dataset(n) },
          detail,
          touches: [],
          changedTouches: [],
          mark: {},
        });
        (n.owner as Instance).call(handler.method, event);
        if (handler.catch) break;
      }
    }
  }

  /** Runs a snippet in the logic layer, as app code would run there (for tests of WeChat's rules). */
  logic(code: string): unknown {
    return this.realm.run(code);
  }

  // ------------------------------------------------------------------ evidence

  /** Saves the wx-call log, the final page data and the page outline as test artifacts. */
  saveArtifacts(dir: string, name: string): void {
    const top = this.top();
    saveJson(path.join(dir, `weapp-${name}-wx-calls.json`), this.calls);
    saveJson(path.join(dir, `weapp-${name}-page-data.json`), {
      route: this.route,
      stack: this.stack.map((p) => p.template),
      data: top?.data ?? null,
    });
    if (top) fs.writeFileSync(path.join(dir, `weapp-${name}-screen.txt`), outline(this.screen()));
    saveJson(path.join(dir, `weapp-${name}-problems.json`), {
      errors: this.errors,
      violations: this.violations,
      console: this.console,
    });
  }

  close(): void {
    process.off('unhandledRejection', this.onRejection);
    this.realm.dispose();
    this.files.dispose();
  }
}

function parseQuery(qs: string): Record<string, string> {
  // WeChat hands the query to onLoad as written: values are not decoded.
  const out: Record<string, string> = {};
  for (const pair of qs.split('&').filter(Boolean)) {
    const i = pair.indexOf('=');
    out[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1);
  }
  return out;
}

function handlerOf(attr: Record<string, unknown>, type: string): { method: string; catch: boolean } | undefined {
  for (const [prefix, isCatch] of [
    ['bind', false],
    ['bind:', false],
    ['catch', true],
    ['catch:', true],
    ['mut-bind:', false],
  ] as const) {
    const v = attr[`${prefix}${type}`];
    if (typeof v === 'string' && v) return { method: v, catch: isCatch };
  }
  return undefined;
}

function dataset(node: VNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.attr)) {
    if (k.startsWith('data-')) out[k.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  }
  return out;
}

function closest(node: VNode, ok: (n: VNode) => boolean): VNode | undefined {
  for (let n: VNode | undefined = node; n; n = n.parent) if (ok(n)) return n;
  return undefined;
}

function descendant(node: VNode, ok: (n: VNode) => boolean): VNode | undefined {
  for (const c of node.children) {
    if (ok(c)) return c;
    const d = descendant(c, ok);
    if (d) return d;
  }
  return undefined;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
