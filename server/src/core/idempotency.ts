import type { Context } from '@midwayjs/koa';
import { badRequest } from './errors';

/** The request's Idempotency-Key header, if any: 8–64 word characters or dashes, else a 400. */
export function idempotencyKey(ctx: Context): string | undefined {
  const key = ctx.get('idempotency-key');
  if (!key) return undefined;
  if (!/^[\w-]{8,64}$/.test(key)) {
    throw badRequest('Idempotency-Key 应为 8–64 位字母、数字、下划线或短横线', [
      { path: 'Idempotency-Key', message: '格式不正确' },
    ]);
  }
  return key;
}
