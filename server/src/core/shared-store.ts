import { Config, Destroy, ILogger, Init, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Env } from './env';

export interface LimiterOptions {
  /** Points a key may take in one window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

/**
 * What every server process shares: rate-limit counters (rate-limiter-flexible) and small cached
 * values (the WeChat access token). Redis when REDIS_URL is set, so counts made on one process
 * hold on all of them; this process's memory otherwise (one process, `npm start`). Keys start with
 * REDIS_PREFIX.
 *
 * REDIS_URL set but Redis unreachable at start: development (NODE_ENV=development) logs a warning
 * and falls back to memory; every other environment (production, tests) refuses to start, since
 * per-process limits would multiply an attacker's budget by the number of processes.
 * Redis lost later: limiters answer from memory until it is back (insurance limiter), the token
 * cache likewise.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SharedStore {
  @Config('env')
  env!: Env;

  @Logger()
  logger!: ILogger;

  redis?: Redis;
  private memory = new Map<string, { value: string; expiresAt: number }>();

  get kind(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  @Init()
  async init(): Promise<void> {
    if (!this.env.REDIS_URL) return;
    let lastError = '';
    const redis = new Redis(this.env.REDIS_URL, {
      lazyConnect: true,
      // Commands fail at once while Redis is away: the memory fallbacks answer instead of waiting.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 3000,
      // At start one try decides; once connected, reconnect for as long as it takes.
      retryStrategy: (times) => (this.redis ? Math.min(times * 200, 2000) : null),
    });
    redis.on('error', (e: Error) => {
      lastError = e.message;
      if (this.redis) this.logger.warn('Redis (%s): %s', redisLabel(this.env.REDIS_URL!), e.message);
    });
    try {
      await redis.connect();
      this.redis = redis;
    } catch (e) {
      redis.disconnect();
      const what = `无法连接 Redis（REDIS_URL=${redisLabel(this.env.REDIS_URL)}）：${lastError || (e as Error).message}`;
      if (this.env.NODE_ENV !== 'development') throw new Error(`${what}；多个服务进程需要共享登录失败计数，拒绝启动`);
      this.logger.warn('%s；开发环境改用本进程内存保存限流计数和微信凭证（多个进程之间不共享）', what);
    }
  }

  @Destroy()
  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  /** A limiter on this store; `name` keeps its keys apart from other limiters'. */
  limiter(name: string, opts: LimiterOptions): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ ...opts, keyPrefix: name });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      ...opts,
      storeClient: this.redis,
      keyPrefix: `${this.env.REDIS_PREFIX}rl:${name}`,
      insuranceLimiter: memory,
    });
  }

  async get(key: string): Promise<string | null> {
    if (this.redis) {
      try {
        return await this.redis.get(`${this.env.REDIS_PREFIX}kv:${key}`);
      } catch {
        /* Redis away: this process's copy */
      }
    }
    const hit = this.memory.get(key);
    return hit && hit.expiresAt > Date.now() ? hit.value : null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.memory.set(key, { value, expiresAt: Date.now() + ttlMs });
    await this.redis?.set(`${this.env.REDIS_PREFIX}kv:${key}`, value, 'PX', ttlMs).catch(() => undefined);
  }
}

/** The URL without its password, for logs. */
function redisLabel(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'redis://…';
  }
}
