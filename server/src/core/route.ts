import { createCustomMethodDecorator, JoinPoint, REQUEST_OBJ_CTX_KEY, RequestMapping } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { RouteDef, RouteInput } from '@recall/shared';
import { requireCaller } from './auth';
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

/** Who may call first (401/403), then each part of the input (400 naming the field). */
export function routeMethodHandler(options: { metadata: { route: RouteDef } }) {
  const { route } = options.metadata;
  return {
    before: (joinPoint: JoinPoint) => {
      const ctx = (joinPoint.target as Record<string, unknown>)[REQUEST_OBJ_CTX_KEY] as Context;
      if (route.access !== 'public') requireCaller(ctx, route.access === 'signed-in' ? [] : [...route.access]);
      joinPoint.args = [
        {
          params: route.params ? parseWith(route.params, ctx.params, 'params') : undefined,
          query: route.query ? parseWith(route.query, ctx.query, 'query') : undefined,
          body: route.body ? parseWith(route.body, ctx.request.body, 'body') : undefined,
        },
      ];
      if (route.status) ctx.status = route.status;
    },
  };
}
