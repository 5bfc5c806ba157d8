import { z } from 'zod';
import { ZDefectClass } from './statistics';
import { lazySchema } from './lazy';

/**
 * Public statistics (open data): what the published recalls of the province add up to, by year or
 * quarter — in the style of SAMR's notice on consumer-product recalls. Only published, not
 * withdrawn recalls count; no clue, no person, nothing a published recall does not already show.
 */

/** A year (2026) or a quarter (2026-Q3): the periods the public notices report on. */
export const PUBLIC_PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;

export const ZPublicStatisticsQuery = lazySchema(() =>
  z.object({
    period: z
      .string({ error: '请填写统计期间' })
      .trim()
      .max(10, { error: '统计期间格式不正确' })
      .regex(PUBLIC_PERIOD, { error: '统计期间格式不正确：年如 2026，季度如 2026-Q3' })
      .refine((s) => Number(s.slice(0, 4)) >= 2000 && Number(s.slice(0, 4)) <= 2100, {
        error: '统计期间的年份应在 2000 至 2100 之间',
      }),
  }),
);
export type TPublicStatisticsQuery = z.infer<typeof ZPublicStatisticsQuery>;

const count = z.number().int().nonnegative();
const ZCountUnits = lazySchema(() => z.object({ count, units: count }));

export const ZPublicStatistics = lazySchema(() =>
  z.object({
    /** The period asked for: `key` as sent (2026, 2026-Q3), its days and its name (2026年第三季度). */
    period: z.object({ key: z.string(), from: z.string(), to: z.string(), label: z.string() }),
    /** The province the numbers cover, by name. */
    place: z.string(),
    /** The last day counted: the period's end, or today while the period runs (数据截至). */
    asOf: z.string(),
    /** The notice's opening sentence: 2026年，全省共实施消费品召回X次，涉及产品Y件…… */
    summary: z.string(),
    total: ZCountUnits.extend({ producers: count }),
    /** 主动召回 (the producer's own plan), 责令召回 (after the bureau's notice), and recalls published elsewhere and listed here. */
    byKind: z.array(ZCountUnits.extend({ kind: z.enum(['voluntary', 'ordered', 'other']), name: z.string() })),
    byCategory: z.array(ZCountUnits.extend({ code: z.string(), name: z.string() })),
    /** By city, named; recalls the province bureau handled itself are a row of their own. */
    byCity: z.array(ZCountUnits.extend({ code: z.string(), name: z.string(), producers: count })),
    byDefectClass: z.array(ZCountUnits.extend({ defectClass: ZDefectClass.nullable(), name: z.string() })),
    /** A year's quarters (empty for a quarter). */
    byQuarter: z.array(ZCountUnits.extend({ key: z.string(), label: z.string() })),
    /** 完成率 of the recalls run on this platform (their progress is public on each recall's page). */
    completion: z.object({ recalls: count, involved: count, completed: count, rate: z.number() }),
    /** Years that have published recalls, newest first, with the current year (the chooser's choices). */
    years: z.array(z.string()),
  }),
);
export type TPublicStatistics = z.infer<typeof ZPublicStatistics>;
