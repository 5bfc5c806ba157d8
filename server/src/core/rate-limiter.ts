import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from './errors';
import type { Env } from './env';
import { SharedStore } from './shared-store';

/**
 * Per-user limits (clue reports: CLUE_RATE_PER_HOUR an hour), counted in the shared store so that
 * every server process counts the same submissions.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RateLimiter {
  @Config('env')
  env!: Env;

  @Inject()
  store!: SharedStore;

  private clues?: RateLimiterAbstract;

  async take(key: string): Promise<void> {
    this.clues ??= this.store.limiter('clue', { points: this.env.CLUE_RATE_PER_HOUR, duration: 3600 });
    try {
      await this.clues.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      throw tooManyRequests((wait) => `提交过于频繁，请 ${wait}后再试`, e.msBeforeNext);
    }
  }
}
