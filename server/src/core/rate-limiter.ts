import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from './errors';
import type { Env } from './env';
import { SharedStore } from './shared-store';

/**
 * Per-user limits (clue reports: CLUE_RATE_PER_HOUR an hour) and per-address limits (search
 * suggestions: SUGGEST_RATE_PER_MINUTE), counted in the shared store so that every server process
 * counts the same requests.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RateLimiter {
  @Config('env')
  env!: Env;

  @Inject()
  store!: SharedStore;

  private clues?: RateLimiterAbstract;
  private suggestions?: RateLimiterAbstract;

  /** One clue report by this user. */
  take(key: string): Promise<void> {
    this.clues ??= this.store.limiter('clue', { points: this.env.CLUE_RATE_PER_HOUR, duration: 3600 });
    return consume(this.clues, key, (wait) => `提交过于频繁，请 ${wait}后再试`);
  }

  /** One suggestion request from this address. */
  takeSuggestion(address: string): Promise<void> {
    this.suggestions ??= this.store.limiter('suggest', { points: this.env.SUGGEST_RATE_PER_MINUTE, duration: 60 });
    return consume(this.suggestions, address, (wait) => `查询过于频繁，请 ${wait}后再试`);
  }
}

async function consume(limiter: RateLimiterAbstract, key: string, message: (wait: string) => string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw tooManyRequests(message, e.msBeforeNext);
  }
}
