import fs from 'fs';
import path from 'path';
import { setPath, undefinedKeys } from './data-path';
import type { Realm } from './realm';
import type { Owner } from './view';

/** What the runtime reports about an app: its script errors and the WeChat rules it broke. */
export interface Problems {
  error(where: string, err: unknown): void;
  violation(rule: string, detail: string): void;
}

type Config = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

const SETDATA_WARN = 256 * 1024;
const SETDATA_LIMIT = 1024 * 1024;

/**
 * One page or component instance of the logic layer. setData applies WeChat's path keys to
 * `data` at once and sends a JSON copy to the view asynchronously; the callback runs after.
 */
export class Instance implements Owner {
  readonly instance: Record<string, unknown>;
  private sent: Record<string, unknown>;
  private pending: Fn[] = [];
  private flushScheduled = false;
  private children = new Map<string, Instance>();

  constructor(
    readonly template: string,
    readonly usingComponents: Record<string, string>,
    config: Config,
    private realm: Realm,
    private problems: Problems,
    private components: (path: string) => Config,
    private onFlush: () => void,
    extra: Record<string, unknown> = {},
  ) {
    const data = realm.clone((config.data as Record<string, unknown>) ?? {});
    this.instance = { ...config, ...extra, data, setData: (d: Config, cb?: Fn) => this.setData(d, cb) };
    this.sent = JSON.parse(JSON.stringify(data));
  }

  get data(): Record<string, unknown> {
    return this.instance.data as Record<string, unknown>;
  }

  viewData(): Record<string, unknown> {
    return this.sent;
  }

  call(method: string, ...args: unknown[]): unknown {
    const fn = this.instance[method];
    if (typeof fn !== 'function') return undefined;
    return this.realm.guard(`${this.template}.${method}`, () => (fn as Fn).apply(this.instance, args));
  }

  setData(patch: Config, cb?: Fn): void {
    for (const key of undefinedKeys(patch))
      this.problems.violation('setData', `${this.template}: "${key}" is undefined`);
    const size = Buffer.byteLength(JSON.stringify(patch));
    if (size > SETDATA_LIMIT)
      this.problems.violation('setData', `${this.template}: ${size} bytes in one call (limit 1 MB)`);
    else if (size > SETDATA_WARN)
      this.problems.violation('setData', `${this.template}: ${size} bytes in one call (over 256 KB)`);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) setPath(this.data, key, this.realm.clone(value));
    }
    if (cb) this.pending.push(cb);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setTimeout(() => this.flush(), 0);
    }
  }

  /** Whether a setData is still on its way to the view. */
  busy(): boolean {
    return this.flushScheduled || [...this.children.values()].some((c) => c.busy());
  }

  private flush(): void {
    this.flushScheduled = false;
    this.sent = JSON.parse(JSON.stringify(this.data));
    this.onFlush();
    const callbacks = this.pending.splice(0);
    for (const cb of callbacks) this.realm.guard(`${this.template} setData callback`, () => cb.call(this.instance));
  }

  child(name: string, key: string, props: Record<string, unknown>): Owner {
    const file = resolveComponent(this.template, this.usingComponents[name]);
    let c = this.children.get(`${name}:${key}`);
    if (!c) {
      c = createComponent(file, this.realm, this.problems, this.components, this.onFlush);
      this.children.set(`${name}:${key}`, c);
    }
    c.receive(props);
    return c;
  }

  /** Properties from the parent's template: they reach both `data` and the view copy. */
  receive(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) {
      if (/^(bind|catch|class$|style$|id$|data-)/.test(k)) continue;
      this.data[k] = this.realm.clone(v);
      this.sent[k] = JSON.parse(JSON.stringify(v ?? null));
    }
  }
}

/**
 * A component instance as WeChat makes one: property defaults and data, its methods, then its
 * `attached` lifetime. `extra` adds what the framework gives a particular component (the custom
 * tab bar's getPageId, say).
 */
export function createComponent(
  file: string,
  realm: Realm,
  problems: Problems,
  components: (path: string) => Config,
  onFlush: () => void,
  extra: Record<string, unknown> = {},
): Instance {
  const config = components(file);
  const defaults = propertyDefaults(config.properties as Config | undefined);
  const json = readJson(file);
  const c = new Instance(
    file,
    json.usingComponents ?? {},
    { ...config, data: { ...defaults, ...(config.data as Config) } },
    realm,
    problems,
    components,
    onFlush,
    { ...methodsOf(config), ...extra },
  );
  c.instance.properties = c.instance.data;
  const attached = (config.lifetimes as Config | undefined)?.attached ?? config.attached;
  if (typeof attached === 'function') realm.guard(`${file}.attached`, () => (attached as Fn).call(c.instance));
  return c;
}

/** Its `detached` lifetime, when the page holding it is unloaded. */
export function detachComponent(c: Instance, config: Config, realm: Realm): void {
  const detached = (config.lifetimes as Config | undefined)?.detached ?? config.detached;
  if (typeof detached === 'function') realm.guard(`${c.template}.detached`, () => (detached as Fn).call(c.instance));
}

function propertyDefaults(props: Config | undefined): Config {
  const out: Config = {};
  for (const [k, def] of Object.entries(props ?? {})) {
    out[k] = def && typeof def === 'object' && 'value' in def ? (def as Config).value : null;
  }
  return out;
}

function methodsOf(config: Config): Record<string, unknown> {
  return { ...((config.methods as Config) ?? {}) };
}

function resolveComponent(from: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), ref));
}

const jsonCache = new Map<string, { usingComponents?: Record<string, string> }>();
let distRoot = '';
export function setDistRoot(root: string): void {
  distRoot = root;
  jsonCache.clear();
}

export function readJson(file: string): { usingComponents?: Record<string, string> } & Config {
  const cached = jsonCache.get(file);
  if (cached) return cached;
  const abs = path.join(distRoot, `${file}.json`);
  const json = fs.existsSync(abs) ? (JSON.parse(fs.readFileSync(abs, 'utf8')) as Config) : {};
  jsonCache.set(file, json);
  return json;
}
