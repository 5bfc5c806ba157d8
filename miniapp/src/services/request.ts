import type { z } from 'zod';
import { login } from './auth';
import { parse, send, sendUpload, type HttpMethod, type HttpResult, type UploadCall } from './http';
import { tokenStore } from './storage';

export { ApiError, errorMessage, toastError } from './errors';

export interface RequestOptions<S extends z.ZodType> {
  /** Path under API_BASE, e.g. '/api/me'. */
  url: string;
  method?: HttpMethod;
  /** Query parameters for GET, JSON body otherwise. */
  data?: unknown;
  /** The response contract from @recall/shared; the answer is parsed with it. */
  schema: S;
  /** Sends the bearer token; signs in first when there is none, and once more after a 401. */
  auth?: boolean;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

/**
 * The one way the app talks to the server.
 * - auth: no token → login() first; a 401 → token cleared, login() again, the call retried once.
 * - every 2xx is parsed with `schema` (drift throws BAD_RESPONSE); every other status throws an
 *   ApiError whose message is the server's Chinese text (ZErrorBody) or a Chinese fallback.
 */
export async function request<S extends z.ZodType>(opts: RequestOptions<S>): Promise<z.output<S>> {
  const { url, method = 'GET', data, schema, auth = false, headers } = opts;
  if (!auth) return parse(await send({ url, method, data, headers }), schema, url);
  return parse(await withToken((token) => send({ url, method, data, token, headers })), schema, url);
}

export interface UploadOptions<S extends z.ZodType> extends Omit<UploadCall, 'token'> {
  /** The response contract from @recall/shared. */
  schema: S;
  /** Sends the bearer token, with the same sign-in and one retry after a 401 as `request`. */
  auth?: boolean;
}

/**
 * A multipart file upload (Taro.uploadFile) with the same rules as `request`: the bearer token,
 * one retry after a 401, and the answer parsed with its contract schema.
 */
export async function upload<S extends z.ZodType>(opts: UploadOptions<S>): Promise<z.output<S>> {
  const { schema, auth = false, ...call } = opts;
  if (!auth) return parse(await sendUpload(call), schema, call.url);
  return parse(await withToken((token) => sendUpload({ ...call, token })), schema, call.url);
}

/** Runs an exchange with the bearer token: signs in first when there is none, and once more after a 401. */
async function withToken(exchange: (token: string) => Promise<HttpResult>): Promise<HttpResult> {
  let token = tokenStore.getToken() ?? (await login());
  let res = await exchange(token);
  if (res.statusCode === 401) {
    tokenStore.clearToken();
    token = await login();
    res = await exchange(token);
  }
  return res;
}
