import { z } from 'zod';
import { isValidGtin, normalizeGtin } from '../domain/gtin';
import { parseUscc } from '../domain/uscc';
import { isIsoDate } from '../domain/dates';

/** Reusable field schemas; every message is what the user reads, in Chinese. */
/** "缺少X" when the field is absent, "X应为<kind>" when it has the wrong type. */
export const typeError =
  (label: string, kind: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `缺少${label}` : `${label}应为${kind}`;

export const zText = (label: string, max: number) =>
  z
    .string({ error: typeError(label, '文本') })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const zOptionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文本` })
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional();

export const zIsoDate = (label: string) =>
  z.string({ error: typeError(label, '日期') }).refine(isIsoDate, { error: `${label}不是有效日期（格式 YYYY-MM-DD）` });

export const zGtin = z
  .string({ error: '商品条码应为文本' })
  .trim()
  .refine(isValidGtin, { error: '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确' })
  .transform(normalizeGtin);

export const zUscc = z
  .string({ error: '统一社会信用代码应为文本' })
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((code, ctx) => {
    const r = parseUscc(code);
    if (!r.valid) ctx.addIssue({ code: 'custom', message: r.reason ?? '统一社会信用代码无效' });
  });

export const zRegionCode = z
  .string({ error: '地区代码应为文本' })
  .regex(/^\d{6}$/, { error: '地区代码应为 6 位行政区划代码（GB/T 2260）' });

/** Positive integer from a query string or a JSON number. */
export const zPageNumber = (label: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int({ error: `${label}应为整数` })
    .min(1, { error: `${label}最小为 1` })
    .max(max, { error: `${label}最大为 ${max}` })
    .default(fallback);

export const zId = z.coerce
  .number({ error: '编号应为数字' })
  .int({ error: '编号应为整数' })
  .positive({ error: '编号应为正整数' });
