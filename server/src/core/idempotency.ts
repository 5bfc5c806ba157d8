import type { Context } from '@midwayjs/koa';
import { createHash } from 'crypto';
import stringify from 'safe-stable-stringify';
import { ApiError, badRequest } from './errors';

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

/** What a request with a key said, stored with the key: SHA-256 of its body with keys in a stable order. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(stringify(body) ?? '')
    .digest('hex');
}

/**
 * The earlier result for a key, if this request repeats the one that made it. A different body
 * under the same key is a 422: answering with the first result would drop this request silently.
 * Rows stored before hashes were kept (hash null) are taken as repeats.
 */
export function replayOf<T extends { idempotencyHash: string | null }>(existing: T, hash: string): T {
  if (existing.idempotencyHash !== null && existing.idempotencyHash !== hash) {
    throw new ApiError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      '这个 Idempotency-Key 已用于内容不同的另一次提交；新的提交请使用新的 Idempotency-Key',
      [{ path: 'Idempotency-Key', message: '已用于内容不同的提交' }],
    );
  }
  return existing;
}
