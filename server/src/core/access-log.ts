import type { Context } from '@midwayjs/koa';

/**
 * The one structured line a request leaves in the log (JSON lines): who can quote its id to
 * support, what was asked (the route's pattern, never a query string, header or body) and how it
 * ended; a 5xx carries its error and stack. Personal data must never reach it: errors are scrubbed
 * of phone numbers, tokens and the values a database echoes back (a duplicate openid, a bad string).
 */
export interface AccessLine {
  time: string;
  requestId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  userId: number | null;
  error?: { name: string; code?: string; stack: string };
}

declare module '@midwayjs/koa' {
  interface Context {
    /** The route pattern koa-router matched (`/api/clues/:id`), if any. */
    _matchedRoute?: string;
  }
}

const SCRUB: Array<[RegExp, string]> = [
  [/Bearer\s+[\w.~+/=-]+/gi, 'Bearer [redacted]'],
  [/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[token]'], // JWTs
  [/(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g, '[phone]'], // mainland mobile numbers
  // Values a database quotes back in its messages: duplicate keys, bad strings, wrong values.
  [/((?:entry|value|values?:?)\s*)'[^']*'/gi, "$1'[value]'"],
];

export function scrub(text: string): string {
  return SCRUB.reduce((t, [re, to]) => t.replace(re, to), text);
}

function describeError(err: unknown): AccessLine['error'] {
  const e = (err ?? {}) as { name?: string; code?: unknown; stack?: string; message?: string };
  const stack = e.stack ?? `${e.name ?? 'Error'}: ${e.message ?? String(err)}`;
  return {
    name: String(e.name ?? 'Error'),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    stack: scrub(stack),
  };
}

export function accessLine(ctx: Context, started: bigint, err?: unknown): AccessLine {
  return {
    time: new Date().toISOString(),
    requestId: ctx.requestId ?? '',
    method: ctx.method,
    route: ctx._matchedRoute ?? ctx.path,
    status: ctx.status,
    ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    userId: ctx.caller?.userId ?? null,
    ...(ctx.status >= 500 && err !== undefined ? { error: describeError(err) } : {}),
  };
}

/** Errors of a response the client stopped listening to: the client's doing, already in its access line. */
const CLIENT_GONE = /^(ECONNRESET|EPIPE|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE|HPE_)/;

/**
 * Koa's app-level 'error' event (a response stream failing after it was handed over): a client
 * that went away is not logged again; anything else is one JSON line with the request id.
 */
export function appErrorHandler(log: (line: string) => void) {
  return (err: unknown, ctx?: Context) => {
    const code = String((err as { code?: unknown })?.code ?? '');
    if (CLIENT_GONE.test(code) || (ctx?.req && !ctx.req.complete)) return;
    log(JSON.stringify({ ...(ctx ? accessLine(ctx, process.hrtime.bigint(), err) : {}), error: describeError(err) }));
  };
}
