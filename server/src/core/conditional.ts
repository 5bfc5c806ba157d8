import { hash } from 'crypto';
import type { Context } from '@midwayjs/koa';

/** A strong ETag of an answer's exact bytes (sha256, shortened): equal bodies, equal tags. */
export function etagOf(body: string | Buffer): string {
  return `"${hash('sha256', body, 'base64url').slice(0, 27)}"`;
}

/**
 * Answers with `body` and its ETag, or 304 without a body when the client's If-None-Match already
 * names it: open-data mirrors and platforms poll often, and most polls find nothing new. A route
 * that set its own Cache-Control keeps it; the rest may be stored but are revalidated every time.
 */
export function conditional(ctx: Context, body: string, etag = etagOf(body)): string {
  if (!ctx.response.get('Cache-Control')) ctx.set('Cache-Control', 'public, no-cache');
  ctx.set('ETag', etag);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return '';
  }
  return body;
}
