import type { z } from 'zod';
import { login } from './auth';
import { parse, send, type HttpMethod } from './http';
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
}

/**
 * The one way the app talks to the server.
 * - auth: no token → login() first; a 401 → token cleared, login() again, the call retried once.
 * - every 2xx is parsed with `schema` (drift throws BAD_RESPONSE); every other status throws an
 *   ApiError whose message is the server's Chinese text (ZErrorBody) or a Chinese fallback.
 */
export async function request<S extends z.ZodType>(opts: RequestOptions<S>): Promise<z.output<S>> {
  const { url, method = 'GET', data, schema, auth = false } = opts;
  if (!auth) return parse(await send({ url, method, data }), schema, url);

  let token = tokenStore.getToken() ?? (await login());
  let res = await send({ url, method, data, token });
  if (res.statusCode === 401) {
    tokenStore.clearToken();
    token = await login();
    res = await send({ url, method, data, token });
  }
  return parse(res, schema, url);
}
