import { describeBruteForce } from './support/brute-force';
import type { ILogger } from '@midwayjs/core';
import { format } from 'util';
import { loadEnv } from '../src/core/env';
import { SharedStore } from '../src/core/shared-store';

/** Brute force counted in Redis (REDIS_URL), as CI and every multi-process deployment run it. See support/brute-force.ts. */
describeBruteForce(true);

/** The store as the server builds it at start, against a port where no Redis listens. */
function storeFor(NODE_ENV: string) {
  const store = new SharedStore();
  store.env = loadEnv({ NODE_ENV, REDIS_URL: 'redis://127.0.0.1:1', JWT_SECRET: 'x'.repeat(32), DATA_KEY: KEY });
  const warnings: string[] = [];
  store.logger = { warn: (...args: unknown[]) => warnings.push(format(...args)) } as unknown as ILogger;
  return { store, warnings };
}
const KEY = Buffer.alloc(32, 1).toString('base64');

test('REDIS_URL set but Redis unreachable: production and tests refuse to start and say why', async () => {
  for (const env of ['production', 'unittest'])
    await expect(storeFor(env).store.init()).rejects.toThrow(
      /^无法连接 Redis（REDIS_URL=redis:\/\/127\.0\.0\.1:1）：.*ECONNREFUSED.*；多个服务进程需要共享登录失败计数，拒绝启动$/,
    );
});

test('REDIS_URL set but Redis unreachable in development: a warning, then memory', async () => {
  const { store, warnings } = storeFor('development');
  await store.init();
  expect(store.kind).toBe('memory');
  expect(warnings.join('\n')).toMatch(/无法连接 Redis.*开发环境改用本进程内存/);
});
