/**
 * Where a schema is declared: `export const ZFoo = lazySchema(() => z.object({ … }))`. In Node (the
 * server, the CLIs, the tests) the schema is built at once, as a plain zod schema, so everything
 * that walks schemas (the OpenAPI document) sees the very objects it composed. The miniapp's bundle
 * replaces this module with lazyProxy.ts (miniapp/config/index.ts), where each schema is built at
 * its first use: a phone then builds only the schemas of the screens it opens.
 */
export function lazySchema<T extends object>(build: () => T): T {
  return build();
}
