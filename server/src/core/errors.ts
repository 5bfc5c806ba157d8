import type { TErrorIssue } from '@recall/shared';

/** An error the client is meant to read: its status, a stable code and a Chinese message. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly issues?: TErrorIssue[],
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
