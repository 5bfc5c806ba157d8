import { ALL_ROUTES, isRawResponse, type RouteDef } from '@recall/shared';
import { z } from 'zod';

/**
 * The OpenAPI 3.1 document of the whole API, generated from the route table in @recall/shared —
 * the same table the server registers and the miniapp calls — so it cannot drift from either.
 */
type Json = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

/** Express-style `:id` → OpenAPI `{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]\w*)/g, '{$1}');

function parameters(r: RouteDef): Json[] {
  const out: Json[] = [];
  for (const [where, s] of [
    ['path', r.params],
    ['query', r.query],
  ] as const) {
    if (!s) continue;
    const js = schema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || !!js.required?.includes(name), schema: prop });
    }
  }
  return out;
}

function requestBody(r: RouteDef): Json | undefined {
  if (r.upload) {
    const form = { type: 'object', properties: { [r.upload.field]: { type: 'string', format: 'binary' } } };
    return { required: true, content: { 'multipart/form-data': { schema: form } } };
  }
  return r.body ? { required: true, content: { 'application/json': { schema: schema(r.body, 'input') } } } : undefined;
}

function responses(r: RouteDef): Json {
  const status = String(r.status ?? 200);
  const ok =
    r.response === null
      ? { description: '无内容' }
      : isRawResponse(r.response)
        ? { description: r.response.description, content: { [r.response.contentType]: {} } }
        : { description: '成功', content: { 'application/json': { schema: schema(r.response, 'output') } } };
  const error = { $ref: '#/components/responses/Error' };
  const failures: Json = { '400': error };
  if (r.access !== 'public') Object.assign(failures, { '401': error, '403': error });
  // Any route may find the database out of reach: 503 with Retry-After, to be tried again later.
  return { [status]: ok, ...failures, '503': { $ref: '#/components/responses/Unavailable' } };
}

function operation(r: RouteDef): Json {
  const access = r.access === 'public' ? '公开' : r.access === 'signed-in' ? '已登录' : `角色：${r.access.join('、')}`;
  return {
    summary: r.summary,
    description: `访问：${access}${r.openData ? '；开放数据' : ''}`,
    tags: [r.path.split('/')[2]],
    ...(r.access === 'public' ? {} : { security: [{ bearer: [] }] }),
    parameters: parameters(r),
    ...(requestBody(r) ? { requestBody: requestBody(r) } : {}),
    responses: responses(r),
  };
}

export function openApiDocument(serverUrl: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of ALL_ROUTES) (paths[openApiPath(r.path)] ??= {})[r.method.toLowerCase()] = operation(r);
  const errorBody = { type: 'object', properties: { error: { type: 'object' } }, required: ['error'] };
  return {
    openapi: '3.1.0',
    info: { title: '缺陷消费品召回 API', version: '1', description: '错误一律以中文说明返回，字段见 issues。' },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      responses: {
        Error: { description: '请求未成功', content: { 'application/json': { schema: errorBody } } },
        Unavailable: {
          description: '服务暂时不可用（如数据库中断），请按 Retry-After 的秒数后重试',
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: { 'application/json': { schema: errorBody } },
        },
      },
    },
  };
}
