import { createCustomParamDecorator } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { z } from 'zod';
import { badRequest } from './errors';

/**
 * The zod pipe: @ZBody(schema), @ZQuery(schema), @ZParams(schema) parse the request part with a
 * schema from @recall/shared and hand the handler typed data, or answer 400 naming each field.
 * Controller methods using them must be `async`: Midway awaits decorator handlers only for those.
 */
export const ZOD_PARAM_KEY = 'recall:zod-param';

type Part = 'body' | 'query' | 'params';
export interface ZodParamOptions {
  part: Part;
  schema: z.ZodTypeAny;
}

// throwError: Midway otherwise swallows a handler's error and passes the raw argument on.
const zodParam = (part: Part, schema: z.ZodTypeAny) =>
  createCustomParamDecorator(ZOD_PARAM_KEY, { part, schema }, { impl: true, throwError: true });
export const ZBody = (schema: z.ZodTypeAny) => zodParam('body', schema);
export const ZQuery = (schema: z.ZodTypeAny) => zodParam('query', schema);
export const ZParams = (schema: z.ZodTypeAny) => zodParam('params', schema);

const PART_LABEL: Record<Part, string> = { body: '请求内容', query: '查询参数', params: '路径参数' };

export function parseWith<T extends z.ZodTypeAny>(schema: T, data: unknown, part: Part = 'body'): z.infer<T> {
  const r = schema.safeParse(data ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  const message = first.path ? `${first.message}（字段 ${first.path}）` : first.message;
  throw badRequest(issues.length > 1 ? `${PART_LABEL[part]}有 ${issues.length} 处错误：${message}等` : message, issues);
}

export function zodParamHandler(ctx: Context, options: ZodParamOptions): unknown {
  const source = options.part === 'body' ? ctx.request.body : options.part === 'query' ? ctx.query : ctx.params;
  return parseWith(options.schema, source, options.part);
}
