import Taro from '@tarojs/taro';
import type { TErrorIssue } from '@recall/shared';

/**
 * Every failure the UI can show. `message` is always Chinese and safe to show as is.
 * `code` is the server's error code (ZErrorBody) or one of the client's own:
 * NETWORK, BAD_RESPONSE, HTTP_<status>, AUTH_REQUIRED, WECHAT_LOGIN.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: TErrorIssue[];

  constructor(status: number, code: string, message: string, issues: TErrorIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** The first message for a field path (e.g. 'username'), if the server reported one. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  }
}

/** The Chinese message for anything thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err && typeof err === 'object' && 'errMsg' in err && typeof err.errMsg === 'string') {
    if (/cancel/i.test(err.errMsg)) return '操作已取消';
  }
  return '出了点问题，请稍后重试';
}

/** Shows the error as a toast (long messages are cut by WeChat at about 7 characters with an icon, so none). */
export function toastError(err: unknown): void {
  void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 2500 });
}
