import type { z } from 'zod';
import type { Role } from '../enums';

/**
 * One HTTP route of the API, as data: the server registers, validates and authorises from it, the
 * miniapp calls it through a typed client, and /api/openapi.json is generated from it.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call: anyone, any signed-in account, or only these roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** An answer that is not JSON (a DOCX, a photo, a feed), described for the OpenAPI document. */
export interface RawResponse {
  contentType: string;
  description: string;
}

export interface RouteDef {
  method: Method;
  /** Full path, Express style (`/api/cases/:id`). */
  path: string;
  /** What it does, in Chinese (OpenAPI summary and the public API page). */
  summary: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A file sent as multipart/form-data, with its field name. */
  upload?: { field: string; accept: string };
  response: z.ZodType | RawResponse | null;
  /** Success status when not 200 (201 created, 204 no content). */
  status?: 200 | 201 | 204;
  /** Part of the open data the public may build on (listed on /api/docs). */
  openData?: boolean;
}

export function route<const R extends RouteDef>(r: R): R {
  return r;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a handler receives: each part parsed with its schema. */
export interface RouteInput<R extends RouteDef> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
}

/** What a client sends: only the parts the route has. */
export type ClientInput<R extends RouteDef> = (R['params'] extends z.ZodType ? { params: In<R['params']> } : unknown) &
  (R['query'] extends z.ZodType ? { query?: In<R['query']> } : unknown) &
  (R['body'] extends z.ZodType ? { body: In<R['body']> } : unknown);

/** The JSON a route answers with (parsed by the client). */
export type RouteOutput<R extends RouteDef> = R['response'] extends z.ZodType ? z.output<R['response']> : undefined;

export function isRawResponse(r: RouteDef['response']): r is RawResponse {
  return !!r && typeof r === 'object' && 'contentType' in r;
}

/** The path with its `:name` segments filled in (URI-encoded). */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined || v === null || v === '') throw new Error(`路径参数 ${name} 缺失`);
    return encodeURIComponent(String(v));
  });
}
