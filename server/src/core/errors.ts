import type { TErrorIssue } from '@recall/shared';

/** An error the client is meant to read: its status, a stable code and a Chinese message. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly issues?: TErrorIssue[],
    /** Seconds until a refused request may be tried again: sent as Retry-After (429, 503). */
    public readonly retryAfterSec?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string, issues?: TErrorIssue[], code = 'VALIDATION_FAILED') =>
  new ApiError(400, code, message, issues);
export const unauthorized = (message = '请先登录', code = 'UNAUTHORIZED') => new ApiError(401, code, message);
export const forbidden = (message = '没有权限执行此操作', code = 'FORBIDDEN') => new ApiError(403, code, message);
export const notFound = (message = '没有找到请求的内容', code = 'NOT_FOUND') => new ApiError(404, code, message);
export const conflict = (message: string, code = 'CONFLICT') => new ApiError(409, code, message);

/** Refused for now: the message says how long to wait, Retry-After says it to machines. */
export const tooManyRequests = (message: (wait: string) => string, retryAfterMs: number, code = 'RATE_LIMITED') => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(429, code, message(waitText(seconds)), undefined, seconds);
};

/** A wait in words: 45 秒, 3 分钟, 60 分钟, 2 小时 (minutes up to an hour and a half). */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds <= 5400) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}
