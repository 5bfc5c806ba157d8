import { Catch, ILogger, Logger, MidwayHttpError } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { TErrorBody } from '@recall/shared';
import { accessLine } from './access-log';
import { isDatabaseUnavailable } from './db-unavailable';
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

/** Seconds a client is asked to wait when the database is unavailable (recovery takes well under that). */
export const RETRY_AFTER_S = 5;

function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  const e = err as { status?: number; type?: string };
  // co-body (koa-bodyparser) throws JSON.parse's SyntaxError with status 400; raw-body names its type.
  if (e?.type === 'entity.parse.failed' || (err instanceof SyntaxError && e.status === 400))
    return new ApiError(400, 'INVALID_JSON', '请求内容不是有效的 JSON');
  const status = err instanceof MidwayHttpError ? err.status : e?.status;
  if (status && status >= 400 && status < 500) {
    const [code, message] = STATUS_MESSAGES[status] ?? ['BAD_REQUEST', '请求无法处理'];
    return new ApiError(status, code, message);
  }
  return undefined;
}

/**
 * A body the client stopped sending: its connection closed before the body parser could read it
 * (a phone losing its network; raw-body calls that a 500, as it would a body read twice).
 */
function clientGone(err: unknown, ctx: Context): ApiError | undefined {
  const type = (err as { type?: string })?.type;
  if ((type === 'stream.not.readable' || type === 'request.aborted') && ctx.req.destroyed)
    return new ApiError(400, 'REQUEST_ABORTED', '请求未完整送达（连接已断开）');
  return undefined;
}

/**
 * Turns any failure into the contract's error body on `ctx`: bad input is a 4xx; the database out
 * of reach is a 503 with Retry-After; anything else a 500. Both name the request id, which the
 * access log carries with the error, and never a stack trace.
 */
export function respondWithError(err: unknown, ctx: Context): TErrorBody {
  const api = clientGone(err, ctx) ?? toApiError(err);
  let body: TErrorBody;
  if (api) {
    ctx.status = api.status;
    if (api.retryAfterSec) ctx.set('Retry-After', String(api.retryAfterSec));
    body = { error: { code: api.code, message: api.message, ...(api.issues ? { issues: api.issues } : {}) } };
  } else if (isDatabaseUnavailable(err)) {
    ctx.status = 503;
    body = {
      error: { code: 'SERVICE_UNAVAILABLE', message: `服务暂时不可用，请稍后再试（请求编号 ${ctx.requestId}）` },
    };
  } else {
    ctx.status = 500;
    body = { error: { code: 'INTERNAL_ERROR', message: `服务器内部错误，请稍后重试（请求编号 ${ctx.requestId}）` } };
  }
  if (ctx.status === 503) ctx.set('Retry-After', String(RETRY_AFTER_S));
  ctx.type = 'application/json';
  return body;
}

/**
 * The framework's last resort: the request middleware answers and logs every failure itself
 * (respondWithError), so this only sees what is thrown outside it.
 */
@Catch()
export class ErrorFilter {
  @Logger('accessLogger')
  access!: ILogger;

  async catch(err: Error, ctx: Context) {
    const body = respondWithError(err, ctx);
    if (ctx.status >= 500) this.access.error(JSON.stringify(accessLine(ctx, process.hrtime.bigint(), err)));
    return body;
  }
}
