import { z } from 'zod';
import { parsePeriod } from '../domain/period';
import { lazySchema } from './lazy';

/** Defect classes (缺陷类别) the Hunan bulletin counts recalls by; set when a defect is determined. */
export const DEFECT_CLASSES = {
  mechanical: '机械物理类',
  electrical: '电气安全类',
  chemical: '化学类',
  other: '其他',
} as const;
export type DefectClass = keyof typeof DEFECT_CLASSES;
export const ZDefectClass = lazySchema(() =>
  z.enum(Object.keys(DEFECT_CLASSES) as [DefectClass, ...DefectClass[]], {
    error: '缺陷类别应为机械物理类、电气安全类、化学类或其他',
  }),
);
/** The steps that determine a defect, where the bureau gives its class: a recall notice, or accepting a voluntary plan. */
export const DEFECT_CLASS_ACTIONS: readonly string[] = ['issue_recall_notice', 'accept_plan'];

/** Recalls whose defect was never classified (imported, or determined before the field existed). */
export const UNCLASSIFIED_LABEL = '未分类';

/** GET /api/statistics: a period as people name it, and optionally one city. */
export const ZStatisticsQuery = lazySchema(() =>
  z.object({
    period: z
      .string({ error: '请填写统计期间' })
      .max(40, { error: '统计期间格式不正确' })
      .refine((s) => parsePeriod(s) !== null, {
        error: '统计期间格式不正确：年如 2026，季度如 2026-Q3，月如 2026-07，或起止日期如 2026-07-01~2026-09-30',
      }),
    city: z
      .string()
      .regex(/^\d{4}00$/, { error: '城市应为六位城市代码，如 320500' })
      .optional(),
  }),
);
export type TStatisticsQuery = z.infer<typeof ZStatisticsQuery>;

const count = z.number().int().nonnegative();
const ZCountUnits = lazySchema(() => z.object({ count, units: count }));
const ZPlace = lazySchema(() => z.object({ code: z.string(), name: z.string() }));

export const ZRecallStatistics = lazySchema(() =>
  z.object({
    total: ZCountUnits.extend({ producers: count }),
    byCategory: z.array(ZCountUnits.extend({ code: z.string(), name: z.string() })),
    byCity: z.array(ZCountUnits.extend(ZPlace.shape).extend({ producers: count })),
    byDefectClass: z.array(ZCountUnits.extend({ defectClass: ZDefectClass.nullable(), name: z.string() })),
    /** 主动召回 (a producer's own report) vs 责令召回 (after a bureau's determination); imported ones apart. */
    byKind: z.object({ voluntary: ZCountUnits, ordered: ZCountUnits, imported: ZCountUnits }),
  }),
);

export const ZClueStatistics = lazySchema(() =>
  z.object({
    total: count,
    bySource: z.array(z.object({ source: z.string(), name: z.string(), count })),
    /** How the clues arrived (CLUE_CHANNELS): 微信小程序, 网页, 工作人员录入, 外省移送… */
    byChannel: z.array(z.object({ channel: z.string(), name: z.string(), count })),
    /** 跨省移送 in the period: clues passed to other provinces' regulators, and received from them. */
    crossProvince: z.object({ passedOut: count, received: count }),
    byCity: z.array(ZPlace.extend({ count, cases: count, recalls: count })),
    /** Clues that led to a case (立案), and to a recall (形成有效召回信息). */
    becameCases: count,
    becameRecalls: count,
  }),
);

export const ZStatisticsResponse = lazySchema(() =>
  z.object({
    period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    city: ZPlace.nullable(),
    /** What the numbers cover, as titles print it: the province's name, or the city's. */
    place: z.string(),
    recalls: ZRecallStatistics,
    clues: ZClueStatistics,
    /** 完成率 over the period's recalls filed through cases: units remedied of units involved. */
    completion: z.object({ involved: count, completed: count, rate: z.number() }),
    /**
     * 典型案例: the period's recalls whose cases the province marked typical (案例库), then the
     * largest by units, five at most unless more were marked.
     */
    typical: z.array(
      z.object({
        recallId: z.number().int(),
        /** Marked by the province as a typical case; its summary is the case library's. */
        marked: z.boolean(),
        summary: z.string().nullable(),
        title: z.string(),
        producerName: z.string(),
        units: count,
        defectClass: z.string(),
        defect: z.string(),
      }),
    ),
  }),
);
export type TStatisticsResponse = z.infer<typeof ZStatisticsResponse>;

/** GET /api/statistics/charts: the bulletin's charts as SVG, rendered on the server. */
export const ZStatisticsCharts = lazySchema(() =>
  z.object({
    charts: z.array(z.object({ key: z.string(), title: z.string(), svg: z.string() })),
  }),
);

/** GET /api/oversight: every open case's deadline state by city, what is overdue, and what waits for the province. */
export const ZOversightResponse = lazySchema(() =>
  z.object({
    asOf: z.string(),
    cities: z.array(
      ZPlace.extend({
        open: count,
        dueSoon: count,
        overdueProducer: count,
        overdueBureau: count,
        awaitingReceipt: count,
      }),
    ),
    overdue: z.array(
      z.object({
        caseId: z.number().int(),
        caseNo: z.string(),
        city: z.string(),
        bureauName: z.string(),
        productName: z.string(),
        producerName: z.string(),
        /** Who owes it: 生产者 or the bureau (e.g. 第十一条's 3 working days to notify). */
        party: z.enum(['producer', 'bureau']),
        label: z.string(),
        dueOn: z.string(),
      }),
    ),
    /** What waits for the province: cases (objections, escalations) and clues (cross-city, out of province). */
    waiting: z.array(
      z.object({
        kind: z.enum(['case', 'clue']),
        caseId: z.number().int().nullable(),
        caseNo: z.string().nullable(),
        clueId: z.number().int().nullable(),
        receiptNo: z.string().nullable(),
        bureauName: z.string(),
        productName: z.string(),
        producerName: z.string(),
        reason: z.string(),
        /** The page that opens it (drill-down). */
        link: z.string(),
      }),
    ),
    /** 督办 reminders the province received when a city bureau missed a deadline (once per deadline). */
    reminders: z.array(
      z.object({
        caseId: z.number().int(),
        caseNo: z.string(),
        bureauName: z.string(),
        productName: z.string(),
        label: z.string(),
        dueOn: z.string(),
        at: z.string(),
        link: z.string(),
      }),
    ),
  }),
);
export type TOversightResponse = z.infer<typeof ZOversightResponse>;
