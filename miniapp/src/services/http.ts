import Taro from '@tarojs/taro';
import { fillPath, ZErrorBody, type ClientInput, type RouteDef } from '@recall/shared';
import type { z } from 'zod';
import { ApiError } from './errors';

/**
 * Transport internals of the request client (services/request.ts): one HTTP exchange and the
 * parsing of its answer. Auth and retries live in request.ts; login in auth.ts uses this
 * directly so the two do not import each other.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null;

export interface HttpCall {
  url: string;
  method?: HttpMethod;
  /** Query parameters for GET/DELETE, JSON body otherwise. Undefined and empty values are dropped. */
  data?: unknown;
  token?: string | null;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

export interface HttpResult {
  statusCode: number;
  data: unknown;
}

const TIMEOUT_MS = 15000;
/** Uploads carry whole files (a recall import can be thousands of lines): allow more time. */
const UPLOAD_TIMEOUT_MS = 120000;

export interface UploadCall {
  url: string;
  /** A local file: a WeChat temp path, or a blob: URL in the browser. */
  filePath: string;
  /** The multipart field that carries the file. */
  name: string;
  /** The file's own name (the browser build cannot read it from a blob: URL). */
  fileName?: string;
  /** Extra text fields of the multipart body. */
  formData?: Record<string, string>;
  token?: string | null;
  /** Upload progress, 0–100. */
  onProgress?: (percent: number) => void;
}

function queryString(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  return Object.entries(data as Record<string, QueryValue>)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** One route of the table as an HTTP exchange: its path filled in, its query or JSON body. */
export function routeCall<R extends RouteDef>(route: R, input: ClientInput<R> | undefined): HttpCall {
  const parts = (input ?? {}) as { params?: Record<string, unknown>; query?: unknown; body?: unknown };
  const bodyless = route.method === 'GET' || route.method === 'DELETE';
  return { url: fillPath(route.path, parts.params), method: route.method, data: bodyless ? parts.query : parts.body };
}

export function fullUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${API_BASE}${path}`;
}

export async function send(call: HttpCall): Promise<HttpResult> {
  const method = call.method ?? 'GET';
  const bodyless = method === 'GET' || method === 'DELETE';
  const qs = bodyless ? queryString(call.data) : '';
  const header: Record<string, string> = { Accept: 'application/json', ...call.headers };
  if (!bodyless) header['Content-Type'] = 'application/json';
  if (call.token) header.Authorization = `Bearer ${call.token}`;
  try {
    const res = await Taro.request({
      url: fullUrl(call.url) + (qs ? (call.url.includes('?') ? '&' : '?') + qs : ''),
      method,
      header,
      data: bodyless ? undefined : (call.data ?? {}),
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
    return { statusCode: res.statusCode, data: res.data };
  } catch (err) {
    const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
    if (/timeout|aborted|abort/i.test(msg) || (err instanceof Error && err.name === 'AbortError')) {
      throw new ApiError(0, 'NETWORK', '请求超时，请检查网络后重试');
    }
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
}

/**
 * One multipart upload (Taro.uploadFile). Its answer arrives as text; it is read as JSON so it can
 * be parsed like any other answer, and kept as text when it is not JSON.
 */
export async function sendUpload(call: UploadCall): Promise<HttpResult> {
  const header: Record<string, string> = { Accept: 'application/json' };
  if (call.token) header.Authorization = `Bearer ${call.token}`;
  try {
    const task = Taro.uploadFile({
      url: fullUrl(call.url),
      filePath: call.filePath,
      name: call.name,
      header,
      formData: call.formData,
      timeout: UPLOAD_TIMEOUT_MS,
      ...(call.fileName ? { fileName: call.fileName } : {}),
    });
    const onProgress = call.onProgress;
    if (onProgress && typeof task.progress === 'function') task.progress((p) => onProgress(p.progress));
    const res = await task;
    return { statusCode: res.statusCode, data: jsonOrText(res.data) };
  } catch (err) {
    const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
    if (/timeout/i.test(msg)) throw new ApiError(0, 'NETWORK', '上传超时，请检查网络后重试');
    throw new ApiError(0, 'NETWORK', '上传失败，请检查网络后重试');
  }
}

function jsonOrText(data: unknown): unknown {
  if (typeof data !== 'string' || data === '') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '该服务暂未开放，请稍后再试';
  if (status === 413) return '提交的内容过大';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务暂时不可用，请稍后再试';
  return `请求未成功（状态码 ${status}）`;
}

/**
 * A 2xx answer parsed with its contract schema (drift fails loudly: logged with the issues and
 * thrown as BAD_RESPONSE); anything else thrown as ApiError carrying the server's Chinese message.
 */
export function parse<S extends z.ZodType>(res: HttpResult, schema: S, url: string): z.output<S> {
  if (res.statusCode >= 200 && res.statusCode < 300) {
    const parsed = schema.safeParse(res.data);
    if (parsed.success) return parsed.data;
    console.error(`[api] ${url}: response does not match the contract`, parsed.error.issues);
    throw new ApiError(res.statusCode, 'BAD_RESPONSE', '服务返回的数据与约定不符，请稍后重试');
  }
  const body = ZErrorBody.safeParse(res.data);
  if (body.success) {
    const { code, message, issues } = body.data.error;
    throw new ApiError(res.statusCode, code, message, issues ?? []);
  }
  if (res.statusCode >= 400 && res.statusCode < 500 && res.data) {
    console.error(`[api] ${url}: ${res.statusCode} without a contract error body`, res.data);
  }
  throw new ApiError(res.statusCode, `HTTP_${res.statusCode}`, fallbackMessage(res.statusCode));
}
