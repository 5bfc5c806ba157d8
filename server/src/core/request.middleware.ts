import { Config, ILogger, Inject, Logger, Middleware } from '@midwayjs/core';
import type { Context, NextFunction } from '@midwayjs/koa';
import { InjectDataSource } from '@midwayjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Platform, User } from '../db/entity';
import { API_KEY_PREFIX, hashApiKey } from '../platforms/platform-keys';
import { accessLine } from './access-log';
import type { Env } from './env';
import { respondWithError } from './error.filter';
import { securityHeaders } from './security-headers';
import { TokenClaims, TokenService } from './token.service';

/**
 * Every request: an id (from X-Request-Id or new) echoed in the response, the caller from the
 * bearer token, any failure answered as the contract's error body, and one structured log line when
 * it ends.
 */
@Middleware()
export class RequestMiddleware {
  @Inject()
  tokens!: TokenService;

  @Logger('accessLogger')
  access!: ILogger;

  @Config('env')
  env!: Env;

  @InjectDataSource()
  db!: DataSource;

  private headers?: Record<string, string>;

  private get logAccess(): boolean {
    return this.env.LOG_LEVEL === 'info' || this.env.LOG_LEVEL === 'debug';
  }

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const started = process.hrtime.bigint();
      const incoming = ctx.get('x-request-id');
      ctx.requestId = /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      ctx.set('X-Request-Id', ctx.requestId);
      ctx.set((this.headers ??= securityHeaders(this.env.webRoot)));
      let failure: unknown;
      try {
        await this.authenticate(ctx);
        await next();
      } catch (err) {
        // Answered here rather than by the framework's filter, so the line below has the final status.
        failure = err;
        ctx.body = respondWithError(err, ctx);
      } finally {
        // One JSON line per request: a 5xx always (with its error), the rest when the access log is on.
        if (ctx.status >= 500) this.access.error(JSON.stringify(accessLine(ctx, started, failure)));
        else if (this.logAccess) this.access.info(JSON.stringify(accessLine(ctx, started)));
      }
    };
  }

  /**
   * The caller from the bearer token, checked against the account as it is now (one primary-key
   * read): a disabled or deleted account, a changed role or organisation, or a token from before
   * sign-out is refused from the next request on.
   */
  private async authenticate(ctx: Context) {
    const m = /^Bearer\s+(.+)$/i.exec(ctx.get('authorization'));
    if (!m) return;
    if (m[1].trim().startsWith(API_KEY_PREFIX)) return this.platformKey(ctx, m[1].trim());
    let claims: TokenClaims;
    try {
      claims = this.tokens.verify(m[1].trim());
    } catch (e) {
      ctx.authError = (e as Error).message;
      return;
    }
    const refused = await this.refusal(claims);
    if (refused) ctx.authError = refused;
    else ctx.caller = { userId: claims.userId, role: claims.role, org: claims.org };
  }

  /**
   * An e-commerce platform's servers: its API key (only the hash is stored) makes the caller role
   * platform of that platform; a renewed key or a disabled platform is refused from then on.
   */
  private async platformKey(ctx: Context, key: string) {
    const p = await this.db.getRepository(Platform).findOne({
      select: ['id', 'disabled'],
      where: { apiKeyHash: hashApiKey(key) },
    });
    if (!p) ctx.authError = 'platform key unknown or renewed';
    else if (p.disabled) ctx.authError = 'platform disabled';
    else ctx.caller = { userId: 0, role: 'platform', org: String(p.id) };
  }

  private async refusal(claims: TokenClaims): Promise<string | null> {
    const user = await this.db.getRepository(User).findOne({
      select: ['id', 'role', 'orgCode', 'disabled', 'tokenVersion'],
      where: { id: claims.userId },
    });
    if (!user) return 'account deleted';
    if (user.disabled) return 'account disabled';
    if (user.tokenVersion !== claims.version) return 'signed out';
    if (user.role !== claims.role || (user.orgCode ?? null) !== claims.org) return 'account changed';
    // A platform's staff lose access with their platform.
    if (user.role === 'platform') {
      const p = await this.db
        .getRepository(Platform)
        .findOne({ select: ['id', 'disabled'], where: { id: Number(user.orgCode) } });
      if (!p || p.disabled) return 'platform disabled';
    }
    return null;
  }

  static getName() {
    return 'request';
  }
}
