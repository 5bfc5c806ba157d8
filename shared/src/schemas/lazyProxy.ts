/**
 * The miniapp's lazySchema (its bundle puts this module in place of lazy.ts): a schema built on
 * first use instead of when its module loads. Building a zod schema is not free
 * (each instance gets its methods attached), and the route table references every answer the app
 * can receive: on a slow phone, building them all before the first screen took about 0.6 s of
 * main-thread time. The value returned stands for the schema (a Proxy that builds it at the first
 * property read: `parse`, `_zod`, `shape`, …), so callers, nested schemas and types are unchanged
 * and answers are still validated. Where Proxy is missing (very old WebViews) the schema is built
 * at once, as before. Node keeps lazy.ts: zod's JSON Schema output, which the server's OpenAPI
 * document uses, tells a schema from its stand-in and fails on them.
 */
export function lazySchema<T extends object>(build: () => T): T {
  if (typeof Proxy === 'undefined') return build();
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key, real()),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      // The target is an empty object: Proxy invariants forbid reporting non-configurable properties it lacks.
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
