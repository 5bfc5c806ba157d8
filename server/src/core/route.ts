import { createCustomMethodDecorator, JoinPoint, REQUEST_OBJ_CTX_KEY, RequestMapping } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isRawResponse, type RouteDef, type RouteInput } from '@recall/shared';
import { requireCaller } from './auth';
import { conditional } from './conditional';
import { ApiError } from './errors';
import { parseWith } from './zod';

/**
 * `@Route(API.x.y)` registers a controller method for one route of the table in @recall/shared:
 * its method and path, who may call it, and its input parsed with the route's schemas. The method
 * receives `{ params, query, body }` (typed `RouteInput<typeof API.x.y>`), never the raw request.
 * Controllers are mounted at `/api` (`@Controller('/api')`).
 */
export const ROUTE_KEY = 'recall:route';

type Handler<R extends RouteDef> = (input: RouteInput<R>) => unknown;

export function Route<R extends RouteDef>(route: R) {
  const mapping = RequestMapping({
    path: route.path.replace(/^\/api/, ''),
    requestMethod: route.method.toLowerCase(),
  });
  const checked = createCustomMethodDecorator(ROUTE_KEY, { route });
  // The method's own type must accept the route's input: a handler paired with the wrong route does not compile.
  return <T extends Handler<R>>(target: object, key: string | symbol, desc: TypedPropertyDescriptor<T>) => {
    mapping(target, key, desc as PropertyDescriptor);
    checked(target, key, desc as PropertyDescriptor);
  };
}

/** A body sent as anything but JSON is refused as such (the body parser would have left it unread: every field "missing"). */
function requireJson(ctx: Context): void {
  const hasBody = Number(ctx.get('content-length') || 0) > 0 || !!ctx.get('transfer-encoding');
  if (hasBody && !ctx.is('application/json')) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求内容类型（应为 application/json）');
  }
}

/** Who may call first (401/403), then each part of the input (400 naming the field). */
export function routeMethodHandler(options: { metadata: { route: RouteDef } }) {
  const { route } = options.metadata;
  return {
    before: (joinPoint: JoinPoint) => {
      const ctx = (joinPoint.target as Record<string, unknown>)[REQUEST_OBJ_CTX_KEY] as Context;
      if (route.access !== 'public') requireCaller(ctx, route.access === 'signed-in' ? [] : [...route.access]);
      if (route.body) requireJson(ctx);
      joinPoint.args = [
        {
          params: route.params ? parseWith(route.params, ctx.params, 'params') : undefined,
          query: route.query ? parseWith(route.query, ctx.query, 'query') : undefined,
          body: route.body ? parseWith(route.body, ctx.request.body, 'body') : undefined,
        },
      ];
      if (route.status) ctx.status = route.status;
    },
    // Open data read by GET carries an ETag and answers If-None-Match with 304 (mirrors poll cheaply).
    afterReturn: (joinPoint: JoinPoint, result: unknown) => {
      if (route.method !== 'GET' || !route.openData || isRawResponse(route.response)) return result;
      const ctx = (joinPoint.target as Record<string, unknown>)[REQUEST_OBJ_CTX_KEY] as Context;
      // Koa reports 404 until a body is set: a handler that chose another status keeps its answer.
      const chosen = ctx.status !== 404 && ctx.status !== 200;
      if (chosen || result === undefined || ctx.response.get('ETag')) return result;
      ctx.type = 'application/json';
      return conditional(ctx, typeof result === 'string' ? result : JSON.stringify(result));
    },
  };
}
