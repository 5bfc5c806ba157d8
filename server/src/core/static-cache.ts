import { Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';

/** Build files named by their content hash (`app.3f29576defb65495.js`): the name changes with the content. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css|png|jpe?g|gif|svg|webp|woff2?|ttf)$/;
const YEAR = 'public, max-age=31536000, immutable';

/**
 * How long a browser may keep a file of the h5 app. A hashed file never changes under its name,
 * so a phone keeps it for a year and never asks again; anything else (index.html, unhashed icons)
 * is revalidated on each visit, so a new release is picked up at once. API answers keep their own.
 */
export function staticCacheControl(path: string): string | undefined {
  if (path.startsWith('/api/')) return undefined;
  return HASHED.test(path) ? YEAR : 'no-cache';
}

/** Sets the h5 files' Cache-Control after the static-file middleware answered. */
@Middleware()
export class StaticCacheMiddleware {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      await next();
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return;
      if (ctx.status !== 200 && ctx.status !== 304) return;
      const policy = staticCacheControl(ctx.path);
      if (policy) ctx.set('Cache-Control', policy);
    };
  }
}
