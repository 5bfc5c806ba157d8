import type { z } from 'zod';
import { badRequest } from './errors';

/**
 * The zod pipe: a request part parsed with its schema from @recall/shared (see core/route.ts), or a
 * 400 naming each field.
 */
type Part = 'body' | 'query' | 'params';

const PART_LABEL: Record<Part, string> = { body: '请求内容', query: '查询参数', params: '路径参数' };

export function parseWith<T extends z.ZodTypeAny>(schema: T, data: unknown, part: Part = 'body'): z.infer<T> {
  const r = schema.safeParse(data ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  const message = first.path ? `${first.message}（字段 ${first.path}）` : first.message;
  throw badRequest(issues.length > 1 ? `${PART_LABEL[part]}有 ${issues.length} 处错误：${message}等` : message, issues);
}
