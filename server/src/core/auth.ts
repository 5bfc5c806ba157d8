import type { Context } from '@midwayjs/koa';
import type { Role } from '@recall/shared';
import { forbidden, unauthorized } from './errors';

/** Who is calling, from a verified bearer token (set by the request middleware). */
export interface Caller {
  userId: number;
  role: Role;
  /** Bureau code or producer USCC for staff. */
  org: string | null;
}

declare module '@midwayjs/koa' {
  interface Context {
    requestId?: string;
    caller?: Caller;
    /** Why a presented token was refused, if one was. */
    authError?: string;
  }
}

/**
 * Roles are checked here and nowhere else, for the access each route declares in the route table:
 * 401 without a valid token, 403 for the wrong role (an empty list lets any signed-in caller in).
 */
export function requireCaller(ctx: Context, roles: Role[]): Caller {
  if (!ctx.caller) {
    throw ctx.authError ? unauthorized('登录已失效，请重新登录', 'TOKEN_INVALID') : unauthorized();
  }
  if (roles.length && !roles.includes(ctx.caller.role)) throw forbidden();
  return ctx.caller;
}
