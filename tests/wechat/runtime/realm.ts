import fs from 'fs';
import path from 'path';
import vm from 'vm';

/**
 * The logic layer's JavaScript realm: a fresh vm context holding only the ECMAScript built-ins
 * and what WeChat adds (wx, App, Page, Component, getApp, timers, console). No window, document,
 * fetch, URL, TextEncoder, AbortController, Buffer or process: code that reaches for them fails
 * here as it would on a phone.
 */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'Reporter',
  'webkit',
  'WeixinJSCore',
];

export type ScriptErrorSink = (where: string, err: unknown) => void;

export class Realm {
  readonly context: vm.Context;
  private timers = new Map<number, NodeJS.Timeout>();
  private nextTimer = 1;
  private cloneFn: (json: string) => unknown;

  constructor(private onError: ScriptErrorSink) {
    this.context = vm.createContext({});
    this.cloneFn = vm.runInContext('(s) => JSON.parse(s)', this.context) as (json: string) => unknown;
    this.installTimers();
  }

  /** A plain-data copy made inside the realm, so that prototype checks (zod, instanceof) hold. */
  clone<T>(value: T): T {
    return value === undefined ? value : (this.cloneFn(JSON.stringify(value)) as T);
  }

  /** A Promise of the realm, as WeChat's promisified APIs return. */
  promise(executor: (resolve: (v: unknown) => void, reject: (e: unknown) => void) => void): Promise<unknown> {
    const RealmPromise = vm.runInContext('Promise', this.context) as PromiseConstructor;
    return new RealmPromise(executor);
  }

  run(code: string): unknown {
    return vm.runInContext(code, this.context);
  }

  set(name: string, value: unknown): void {
    (this.context as Record<string, unknown>)[name] = value;
  }

  /** Runs app code, reporting what it throws as a script error instead of crashing the runtime. */
  guard<T>(where: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.onError(where, err);
      return undefined;
    }
  }

  /** Compiles one dist file as WeChat's define() does: one function, browser globals undefined. */
  compile(file: string): (...args: unknown[]) => void {
    const code = fs.readFileSync(file, 'utf8');
    const src = `(function (require, module, exports, ${BROWSER_GLOBALS.join(', ')}) {\n${code}\n})`;
    return new vm.Script(src, { filename: file }).runInContext(this.context) as (...args: unknown[]) => void;
  }

  /** Clears every timer the app left behind. */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private installTimers(): void {
    const add =
      (repeat: boolean) =>
      (fn: unknown, ms?: number, ...args: unknown[]) => {
        const id = this.nextTimer++;
        if (typeof fn !== 'function') return id;
        const run = () => {
          if (!repeat) this.timers.delete(id);
          this.guard('timer', () => (fn as (...a: unknown[]) => void)(...args));
        };
        this.timers.set(id, repeat ? setInterval(run, ms ?? 0) : setTimeout(run, ms ?? 0));
        return id;
      };
    const clear = (id: unknown) => {
      const t = this.timers.get(id as number);
      if (t) clearTimeout(t);
      this.timers.delete(id as number);
    };
    this.set('setTimeout', add(false));
    this.set('setInterval', add(true));
    this.set('clearTimeout', clear);
    this.set('clearInterval', clear);
  }
}

/**
 * WeChat's require: relative to the requiring file, `.js` appended, each file run once.
 * Subpackage files load only once their subpackage was entered, and only from inside it.
 */
export class Modules {
  private cache = new Map<string, { exports: unknown }>();
  readonly loadedSubpackages = new Set<string>();

  constructor(
    private realm: Realm,
    private root: string,
    private subpackageRoots: string[],
  ) {}

  subpackageOf(file: string): string | undefined {
    return this.subpackageRoots.find((r) => file.startsWith(`${r}/`));
  }

  load(file: string, from?: string): unknown {
    const cached = this.cache.get(file);
    if (cached) return cached.exports;
    const abs = path.join(this.root, file);
    const sub = this.subpackageOf(file);
    const denied = sub && (!this.loadedSubpackages.has(sub) || (from !== undefined && this.subpackageOf(from) !== sub));
    if (!fs.existsSync(abs) || denied) throw new Error(`module "${file}" is not defined`);
    const module = { exports: {} as unknown };
    this.cache.set(file, module);
    const fn = this.realm.compile(abs);
    fn.call(module.exports, (req: string) => this.load(resolve(file, req), file), module, module.exports);
    return module.exports;
  }
}

function resolve(from: string, request: string): string {
  const withExt = request.endsWith('.js') ? request : `${request}.js`;
  if (withExt.startsWith('/')) return path.posix.normalize(withExt.slice(1));
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), withExt));
}
