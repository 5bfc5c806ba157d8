import Taro from '@tarojs/taro';
import { CONSUMER_API, type TLoginResponse, type TPasswordLoginRequest } from '@recall/shared';
import { PAGES, url } from '../constants/routes';
import { isWeapp } from '../utils/env';
import { ApiError } from './errors';
import { parse, routeCall, send } from './http';
import { tokenStore } from './storage';

/**
 * How a person gets a token.
 * - weapp: Taro.login() → POST /api/auth/wechat {code} (consumers, and staff whose WeChat is bound).
 * - h5: POST /api/auth/dev {name:'体验用户', deviceId} (development-only consumer login; the server answers
 *   403 in production, then the staff sign-in page opens).
 * - staff: POST /api/auth/password {username,password} from the sign-in page.
 * A lapsed password session is never replaced by a consumer one in silence: the person is signed
 * out and sent to the sign-in page instead.
 */

let inflight: Promise<string> | null = null;
/** Set when the server refused the development login (production h5): only staff can sign in. */
let devLoginRefused = false;

/** Whether a consumer can sign in here (always in WeChat; on h5 until the dev login is refused). */
export function consumerSignInAvailable(): boolean {
  return isWeapp() || !devLoginRefused;
}

/** Obtains a fresh token; concurrent callers share one attempt. */
export function login(): Promise<string> {
  if (!inflight) {
    inflight = doLogin().finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

async function doLogin(): Promise<string> {
  if (tokenStore.getKind() === 'password') {
    tokenStore.signOut();
    openLoginPage('expired');
    throw new ApiError(401, 'AUTH_REQUIRED', '登录已过期，请重新登录');
  }
  return isWeapp() ? wechatLogin() : devLogin();
}

async function wechatLogin(): Promise<string> {
  let code: string;
  try {
    code = (await Taro.login()).code;
  } catch {
    throw new ApiError(0, 'WECHAT_LOGIN', '微信登录失败，请稍后重试');
  }
  const route = CONSUMER_API.accounts.wechat;
  const res = parse(await send(routeCall(route, { body: route.body.parse({ code }) })), route.response, route.path);
  tokenStore.save(res.token, 'wechat');
  return res.token;
}

async function devLogin(): Promise<string> {
  let res: TLoginResponse;
  try {
    const route = CONSUMER_API.accounts.dev;
    const body = route.body.parse({ name: '体验用户', deviceId: tokenStore.deviceId() });
    res = parse(await send(routeCall(route, { body })), route.response, route.path);
  } catch (err) {
    if (err instanceof ApiError && err.status === 403) {
      devLoginRefused = true;
      openLoginPage('staff');
      throw new ApiError(403, 'AUTH_REQUIRED', '网页版仅供工作人员使用，请登录工作人员账号');
    }
    throw err;
  }
  tokenStore.save(res.token, 'dev');
  return res.token;
}

/** Staff sign-in with a password. Field problems come back as ApiError issues (path 'username'/'password'). */
export async function passwordLogin(input: TPasswordLoginRequest): Promise<TLoginResponse> {
  const route = CONSUMER_API.accounts.password;
  const checked = route.body.safeParse(input);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ApiError(400, 'VALIDATION', issues[0]?.message ?? '请检查填写的内容', issues);
  }
  const res = parse(await send(routeCall(route, { body: checked.data })), route.response, route.path);
  tokenStore.save(res.token, 'password');
  return res;
}

/** Signs out here and on the server (every token of the account is revoked), then stays signed out. */
export function logout(): void {
  const token = tokenStore.getToken();
  tokenStore.signOut();
  if (token) void send({ ...routeCall(CONSUMER_API.accounts.logout, undefined), token }).catch(() => undefined);
}

function openLoginPage(reason: 'expired' | 'staff'): void {
  const pages = Taro.getCurrentPages();
  const top = pages[pages.length - 1];
  const route = top?.route ?? '';
  if (route.replace(/^\//, '') === PAGES.login) return;
  void Taro.navigateTo({ url: url(PAGES.login, { reason }) }).catch(() => undefined);
}
