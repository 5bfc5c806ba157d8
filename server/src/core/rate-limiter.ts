import { Config, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { ApiError } from './errors';
import type { Env } from './env';

/**
 * Per-user limits in this process (a sliding hour). With more than one server process this moves
 * to Redis; one process is what `npm start` runs.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RateLimiter {
  @Config('env')
  env!: Env;

  private hits = new Map<string, number[]>();

  take(key: string, limit = this.env.CLUE_RATE_PER_HOUR, windowMs = 3600_000): void {
    const now = Date.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= limit) {
      const waitMin = Math.ceil((recent[0] + windowMs - now) / 60000);
      throw new ApiError(429, 'RATE_LIMITED', `提交过于频繁，请 ${waitMin} 分钟后再试`);
    }
    recent.push(now);
    this.hits.set(key, recent);
  }
}
