import { Catch, ILogger, Logger, MidwayHttpError } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { TErrorBody } from '@recall/shared';
import { ApiError } from './errors';

/** Messages for errors raised by the framework and body parser, not by our code. */
const STATUS_MESSAGES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求格式不正确'],
  401: ['UNAUTHORIZED', '请先登录'],
  403: ['FORBIDDEN', '没有权限执行此操作'],
  404: ['NOT_FOUND', '接口不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持的请求方法'],
  413: ['PAYLOAD_TOO_LARGE', '请求内容过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的请求内容类型'],
};

function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  const e = err as { status?: number; type?: string };
  if (e?.type === 'entity.parse.failed') return new ApiError(400, 'INVALID_JSON', '请求内容不是有效的 JSON');
  const status = err instanceof MidwayHttpError ? err.status : e?.status;
  if (status && status >= 400 && status < 500) {
    const [code, message] = STATUS_MESSAGES[status] ?? ['BAD_REQUEST', '请求无法处理'];
    return new ApiError(status, code, message);
  }
  return undefined;
}

/**
 * The one error filter: every failure leaves as the contract's error body. Bad input is a 4xx;
 * anything else is a 500 that names the request id and never a stack trace.
 */
@Catch()
export class ErrorFilter {
  @Logger()
  logger!: ILogger;

  async catch(err: Error, ctx: Context) {
    const api = toApiError(err);
    let body: TErrorBody;
    if (api) {
      ctx.status = api.status;
      if (api.retryAfterSec) ctx.set('Retry-After', String(api.retryAfterSec));
      body = { error: { code: api.code, message: api.message, ...(api.issues ? { issues: api.issues } : {}) } };
    } else {
      this.logger.error('[%s] unhandled error: %s', ctx.requestId, err?.stack ?? err);
      ctx.status = 500;
      body = { error: { code: 'INTERNAL_ERROR', message: `服务器内部错误，请稍后重试（请求编号 ${ctx.requestId}）` } };
    }
    ctx.type = 'application/json';
    return body;
  }
}
