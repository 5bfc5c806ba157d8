import { z } from 'zod';
import { isValidGtin, normalizeGtin } from '../domain/gtin';
import { parseUscc } from '../domain/uscc';
import { isIsoDate, todayInShanghai } from '../domain/dates';
import { stripInvisible } from '../domain/text';
import { lazySchema } from './lazy';

/** Reusable field schemas; every message is what the user reads, in Chinese. */
/** "缺少X" when the field is absent, "X应为<kind>" when it has the wrong type. */
export const typeError =
  (label: string, kind: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `缺少${label}` : `${label}应为${kind}`;

/**
 * Text someone typed: zero-width and other invisible characters are dropped and the ends trimmed,
 * so a name of only invisible characters or spaces is "not filled in" rather than stored.
 */
export const zVisibleText = (label: string, min: number, max: number) =>
  z
    .string({ error: typeError(label, '文本') })
    .overwrite(stripInvisible)
    .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const zText = (label: string, max: number) => zVisibleText(label, 1, max);

export const zOptionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文本` })
    .overwrite(stripInvisible)
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional();

export const zIsoDate = (label: string) =>
  z.string({ error: typeError(label, '日期') }).refine(isIsoDate, { error: `${label}不是有效日期（格式 YYYY-MM-DD）` });

/** A day that has already come (production, discovery): not after today in China. */
export const zPastDate = (label: string) =>
  zIsoDate(label).refine((d) => d <= todayInShanghai(), { error: `${label}不能晚于今天` });

/** The largest count any column holds (INT is 2^31 − 1); larger numbers are refused by name, never overflow. */
export const MAX_COUNT = 2_000_000_000;

/** A whole number of things (件, 台) between `min` and `max`. */
export const zCount = (label: string, min = 0, max = MAX_COUNT) =>
  z
    .number({ error: typeError(label, '数字') })
    .int({ error: `${label}应为整数` })
    .min(min, { error: min === 0 ? `${label}不能为负数` : `${label}至少为 ${min}` })
    .max(max, { error: `${label}最多 ${max}` });

export const zGtin = lazySchema(() =>
  z
    .string({ error: '商品条码应为文本' })
    .trim()
    .refine(isValidGtin, { error: '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确' })
    .transform(normalizeGtin),
);

export const zUscc = lazySchema(() =>
  z
    .string({ error: '统一社会信用代码应为文本' })
    .trim()
    .transform((s) => s.toUpperCase())
    .superRefine((code, ctx) => {
      const r = parseUscc(code);
      if (!r.valid) ctx.addIssue({ code: 'custom', message: r.reason ?? '统一社会信用代码无效' });
    }),
);

/**
 * The national table (GB/T 2260, domain/regions) is tens of kilobytes: the miniapp's main package
 * does not carry it and checks the format only, Node (the server, the admin CLI) plugs it in through
 * the package's Node entry (src/node.ts), so the server refuses codes that do not exist.
 */
let knownRegion: ((code: string) => boolean) | undefined;
export function useRegionTable(isKnown: ((code: string) => boolean) | undefined): void {
  knownRegion = isKnown;
}

export const zRegionCode = lazySchema(() =>
  z
    .string({ error: typeError('地区代码', '文本') })
    .regex(/^\d{6}$/, { error: '地区代码应为 6 位行政区划代码（GB/T 2260）' })
    .refine((code) => !knownRegion || knownRegion(code), {
      error: '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）',
    }),
);

/** Positive integer from a query string or a JSON number. */
export const zPageNumber = (label: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int({ error: `${label}应为整数` })
    .min(1, { error: `${label}最小为 1` })
    .max(max, { error: `${label}最大为 ${max}` })
    .default(fallback);

export const zId = lazySchema(() =>
  z.coerce
    .number({ error: '编号应为数字' })
    .int({ error: '编号应为整数' })
    .positive({ error: '编号应为正整数' })
    .max(MAX_COUNT, { error: '编号不存在' }),
);
