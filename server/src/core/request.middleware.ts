import { Config, ILogger, Inject, Logger, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import { randomUUID } from 'crypto';
import type { Env } from './env';
import { TokenService } from './token.service';

/**
 * Every request: an id (from X-Request-Id or new) echoed in the response, the caller from the
 * bearer token, and one structured log line when it ends.
 */
@Middleware()
export class RequestMiddleware {
  @Inject()
  tokens!: TokenService;

  @Logger('accessLogger')
  access!: ILogger;

  @Config('env')
  env!: Env;

  private get logAccess(): boolean {
    return this.env.LOG_LEVEL === 'info' || this.env.LOG_LEVEL === 'debug';
  }

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const started = process.hrtime.bigint();
      const incoming = ctx.get('x-request-id');
      ctx.requestId = /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      ctx.set('X-Request-Id', ctx.requestId);
      this.authenticate(ctx);
      try {
        await next();
      } finally {
        // One JSON line per request; built only when the access log is on (info).
        if (this.logAccess)
          this.access.info(
            JSON.stringify({
              requestId: ctx.requestId,
              method: ctx.method,
              path: ctx.path,
              status: ctx.status,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              userId: ctx.caller?.userId ?? null,
            }),
          );
      }
    };
  }

  private authenticate(ctx: Context) {
    const header = ctx.get('authorization');
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) return;
    try {
      ctx.caller = this.tokens.verify(m[1].trim());
    } catch (e) {
      ctx.authError = (e as Error).message;
    }
  }

  static getName() {
    return 'request';
  }
}
