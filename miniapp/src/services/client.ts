import { z } from 'zod';
import { type ClientInput, isRawResponse, type RouteDef, type RouteOutput } from '@recall/shared';
import { routeCall } from './http';
import { request, upload } from './request';

/**
 * The typed client of the route table in @recall/shared: a route's path, method, response schema
 * and whether it needs a sign-in all come from the table, so the app pairs no URL with a schema.
 */
type Args<R extends RouteDef> = object extends ClientInput<R> ? [input?: ClientInput<R>] : [input: ClientInput<R>];

function responseSchema(route: RouteDef): z.ZodType {
  if (!route.response || isRawResponse(route.response)) return z.unknown();
  return route.response;
}

/** Calls one route; `headers` adds e.g. an Idempotency-Key. */
export function call<R extends RouteDef>(route: R, ...[input]: Args<R>): Promise<RouteOutput<R>> {
  return callWith(route, {}, input);
}

export function callWith<R extends RouteDef>(
  route: R,
  opts: { headers?: Record<string, string> },
  input?: ClientInput<R>,
): Promise<RouteOutput<R>> {
  return request({
    ...routeCall(route, input),
    schema: responseSchema(route),
    auth: route.access !== 'public',
    headers: opts.headers,
  }) as Promise<RouteOutput<R>>;
}

/** Sends a file to an upload route (multipart, with progress). */
export function uploadTo<R extends RouteDef>(
  route: R,
  file: { path: string; name?: string },
  onProgress?: (percent: number) => void,
): Promise<RouteOutput<R>> {
  if (!route.upload) throw new Error(`${route.path} takes no file`);
  return upload({
    url: route.path,
    filePath: file.path,
    name: route.upload.field,
    fileName: file.name,
    schema: responseSchema(route),
    auth: route.access !== 'public',
    onProgress,
  }) as Promise<RouteOutput<R>>;
}
