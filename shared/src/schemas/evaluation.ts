import { z } from 'zod';
import { ZStatisticsQuery } from './statistics';
import { lazySchema } from './lazy';

/**
 * The province's evaluation of each city's recall work (苏 第二十一条: 线索收集渠道是否畅通、线索研判
 * 是否精准、调查分析是否科学、召回数量是否准确、召回实施是否有效、信息报送是否规范). Six criteria, each
 * with indicators computed from the records for one city and one period, and the province's own
 * score (an integer 0–100, or none yet) and note per criterion, with a note on the whole.
 * The overall score is the rounded mean of the criteria scored, shown beside them, never entered.
 */
export const EVALUATION_CRITERIA = {
  channels: '线索渠道畅通',
  judgment: '线索研判准确',
  investigation: '调查分析规范',
  quantity: '召回数量准确',
  effectiveness: '召回实施有效',
  reporting: '报送及时',
} as const;
export type EvaluationCriterion = keyof typeof EVALUATION_CRITERIA;
export const EVALUATION_CRITERION_KEYS = Object.keys(EVALUATION_CRITERIA) as [
  EvaluationCriterion,
  ...EvaluationCriterion[],
];

/** GET /api/evaluation (and its exports): a period as the statistics name it, and optionally one city. */
export const ZEvaluationQuery = ZStatisticsQuery;
export type TEvaluationQuery = z.infer<typeof ZEvaluationQuery>;

const score = z
  .number({ error: '评分应为 0 到 100 的整数' })
  .int({ error: '评分应为 0 到 100 的整数' })
  .min(0, { error: '评分应为 0 到 100 的整数' })
  .max(100, { error: '评分应为 0 到 100 的整数' })
  .nullable();
const note = z.string({ error: '评价意见应为文字' }).trim().max(1000, { error: '评价意见不超过 1000 字' });

/** PUT /api/evaluation: the province's scores and notes for one city and period (replacing the earlier ones). */
export const ZEvaluationSaveRequest = lazySchema(() =>
  z.object({
    period: ZStatisticsQuery.shape.period,
    city: z.string({ error: '请选择城市' }).regex(/^\d{4}00$/, { error: '城市应为六位城市代码，如 320500' }),
    scores: z.partialRecord(z.enum(EVALUATION_CRITERION_KEYS), score).default({}),
    notes: z.partialRecord(z.enum(EVALUATION_CRITERION_KEYS), note).default({}),
    summary: note.default(''),
  }),
);
export type TEvaluationSaveRequest = z.infer<typeof ZEvaluationSaveRequest>;

/** One computed indicator: what it counts (its legend), and the value, as a count or a percentage. */
export const ZEvaluationIndicator = lazySchema(() =>
  z.object({
    key: z.string(),
    label: z.string(),
    value: z.number(),
    unit: z.string(),
    /** How it is counted, in the words of the screen's legend. */
    definition: z.string(),
  }),
);
export type TEvaluationIndicator = z.infer<typeof ZEvaluationIndicator>;

export const ZEvaluationCriterionView = lazySchema(() =>
  z.object({
    key: z.enum(EVALUATION_CRITERION_KEYS),
    name: z.string(),
    indicators: z.array(ZEvaluationIndicator),
    score: z.number().int().nullable(),
    note: z.string(),
  }),
);

export const ZCityEvaluation = lazySchema(() =>
  z.object({
    city: z.object({ code: z.string(), name: z.string() }),
    criteria: z.array(ZEvaluationCriterionView),
    /** The rounded mean of the criteria scored; null when none is. */
    overall: z.number().int().nullable(),
    summary: z.string(),
    /** When the province last saved it (ISO instant), and who; null when never evaluated. */
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  }),
);
export type TCityEvaluation = z.infer<typeof ZCityEvaluation>;

export const ZEvaluationResponse = lazySchema(() =>
  z.object({
    period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    /** The province whose bureau evaluates (its name heads the document). */
    province: z.string(),
    /** The province's name, or the one city's. */
    place: z.string(),
    /** Every city of the province (or the one asked for, or the bureau's own). */
    cities: z.array(ZCityEvaluation),
  }),
);
export type TEvaluationResponse = z.infer<typeof ZEvaluationResponse>;
