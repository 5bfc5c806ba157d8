import { z } from 'zod';
import { zRegionCode } from './fields';
import { lazySchema } from './lazy';

/** The contract's error body: every 4xx carries it. */
export const ZErrorIssue = lazySchema(() => z.object({ path: z.string(), message: z.string() }));
export const ZErrorBody = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
      message: z.string(),
      issues: z.array(ZErrorIssue).optional(),
    }),
  }),
);
export type TErrorBody = z.infer<typeof ZErrorBody>;
export type TErrorIssue = z.infer<typeof ZErrorIssue>;

export const ZHealthResponse = lazySchema(() => z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'mysql']) }));
export type THealthResponse = z.infer<typeof ZHealthResponse>;
/** Readiness: 200 with this when the database answers; otherwise 503 with the error body naming it. */
export const ZReadyResponse = lazySchema(() =>
  z.object({ status: z.literal('ready'), db: z.enum(['sqlite', 'mysql']) }),
);
export type TReadyResponse = z.infer<typeof ZReadyResponse>;

export const zPage = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const ZBureau = lazySchema(() =>
  z.object({ code: z.string(), name: z.string(), level: z.enum(['province', 'city']) }),
);
/**
 * `province` is the profile's id; `provinceName` what people read (江苏省); `references` the
 * province's rules the screens cite (消费提示, 事故报告, 线索来源, 技术会商, 风险评估, 专家库 …), from its profile.
 */
export const ZBureauListResponse = lazySchema(() =>
  z.object({
    province: z.string(),
    provinceName: z.string(),
    items: z.array(ZBureau),
    references: z.object({
      warning: z.string(),
      incidentReport: z.string(),
      clueSources: z.string(),
      consultation: z.string(),
      riskAssessment: z.string(),
      notifyProducer: z.string(),
      planReview: z.string(),
      planEvaluation: z.string(),
      experts: z.string(),
      typicalCases: z.string().nullable(),
      dossier: z.string().nullable(),
    }),
    /** Each document's heading in the province's set, by document type: '附件6 消费品召回计划' or '送达回证'. */
    documents: z.record(z.string(), z.string()),
    /** The levels a clue may be transferred to for handling (移送): only bureaus that may open a case on it. */
    transferLevels: z.array(z.enum(['province', 'city'])),
    /** Working days the screens state: notifying the producer to investigate, from discovery (苏 第十一条; 辽 第九条). */
    workingDays: z.object({ notifyProducer: z.number().int() }),
    /**
     * The province's units that report clues they find to the recall division (辽 第八条), with the
     * working days they have; null where the profile has no clue sharing.
     */
    clueUnits: z
      .object({ workingDays: z.number().int(), units: z.array(z.object({ code: z.string(), name: z.string() })) })
      .nullable(),
  }),
);
export type TBureauListResponse = z.infer<typeof ZBureauListResponse>;

/** The region picker's question: the divisions under `parent` (the provinces without it). */
export const ZRegionListQuery = lazySchema(() => z.object({ parent: zRegionCode.optional() }));
/** `parent` with its full name (广东省广州市天河区), null for the provinces; `leaf`: nothing under it. */
export const ZRegionListResponse = lazySchema(() =>
  z.object({
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
    items: z.array(z.object({ code: z.string(), name: z.string(), leaf: z.boolean() })),
  }),
);
export type TRegionListResponse = z.infer<typeof ZRegionListResponse>;

export const ZAuditQuery = lazySchema(() =>
  z.object({
    entityType: z.string().max(32).optional(),
    entityId: z.string().max(64).optional(),
    page: z.coerce.number().int().min(1).max(10000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  }),
);
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
export const ZAuditEntry = lazySchema(() =>
  z.object({
    id: z.number().int(),
    actorId: z.number().int().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    detail: z.unknown(),
    createdAt: z.string(),
  }),
);
export const ZAuditListResponse = lazySchema(() => zPage(ZAuditEntry));
export type TAuditListResponse = z.infer<typeof ZAuditListResponse>;
