import { Config, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import fs from 'fs';
import path from 'path';
import type { Env } from './env';

/** Build files named by their content hash (`app.3f29576defb65495.js`): the name changes with the content. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css|png|jpe?g|gif|svg|webp|woff2?|ttf)$/;
const YEAR = 'public, max-age=31536000, immutable';
/** Scripts and styles the h5 build also writes brotli-compressed, as `<file>.br` beside them. */
const BROTLI_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * How long a browser may keep a file of the h5 app. A hashed file never changes under its name,
 * so a phone keeps it for a year and never asks again; anything else (index.html, unhashed icons)
 * is revalidated on each visit, so a new release is picked up at once. API answers keep their own.
 */
export function staticCacheControl(path: string): string | undefined {
  if (path.startsWith('/api/')) return undefined;
  return HASHED.test(path) ? YEAR : 'no-cache';
}

/**
 * Sets the h5 files' Cache-Control after the static-file middleware answered. A hashed script or
 * style is answered here, brotli-compressed, when the browser takes brotli and the build wrote the
 * `.br` file: about a fifth smaller than gzip (the static-file middleware's), which a phone on a
 * slow network feels. The files are read once; a hashed name never changes its content.
 */
@Middleware()
export class StaticCacheMiddleware {
  @Config('env')
  env!: Env;

  private brotli = new Map<string, Buffer>();

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const readable = ctx.method === 'GET' || ctx.method === 'HEAD';
      const br = readable && HASHED.test(ctx.path) && this.brotliFile(ctx.path);
      if (br && ctx.acceptsEncodings('br', 'identity') === 'br') {
        ctx.status = 200;
        ctx.type = BROTLI_TYPES[path.extname(ctx.path)];
        ctx.set('Content-Encoding', 'br');
        ctx.vary('Accept-Encoding');
        ctx.set('Cache-Control', YEAR);
        ctx.body = br;
        return;
      }
      await next();
      if (!readable) return;
      if (ctx.status !== 200 && ctx.status !== 304) return;
      const policy = staticCacheControl(ctx.path);
      if (policy) ctx.set('Cache-Control', policy);
    };
  }

  /** The brotli copy of a hashed script or style of the build, or null without one. */
  private brotliFile(urlPath: string): Buffer | null {
    if (!BROTLI_TYPES[path.extname(urlPath)]) return null;
    const cached = this.brotli.get(urlPath);
    if (cached) return cached;
    const root = path.resolve(this.env.webRoot);
    const file = path.resolve(root, `.${urlPath}.br`);
    // Only files found are kept: made-up names must not fill the memory.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return null;
    const data = fs.readFileSync(file);
    this.brotli.set(urlPath, data);
    return data;
  }
}
