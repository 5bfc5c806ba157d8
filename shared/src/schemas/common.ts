import { z } from 'zod';

/** The contract's error body: every 4xx carries it. */
export const ZErrorIssue = z.object({ path: z.string(), message: z.string() });
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string(),
    issues: z.array(ZErrorIssue).optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;
export type TErrorIssue = z.infer<typeof ZErrorIssue>;

export const ZHealthResponse = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'mysql']) });
export type THealthResponse = z.infer<typeof ZHealthResponse>;

export const zPage = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
