import { z } from 'zod';
import { ZCategoryCode } from '../enums';
import { CASE_ACTIONS, CASE_STATE_KEYS, DOC_TYPE_KEYS } from '../domain/workflow';
import { ZDefectClass } from './statistics';
import { zCount, zId, zOptionalText, zPageNumber, zPastDate, zText, zUscc } from './fields';
import { lazySchema } from './lazy';

/** Case API (召回案件): the workflow of 苏市监规〔2025〕8号 over HTTP. */

export const ZCaseState = lazySchema(() => z.enum(CASE_STATE_KEYS));
export const ZDocType = lazySchema(() => z.enum(DOC_TYPE_KEYS));

/** Forms filed with an action, keyed by document type; each is validated by its DOC_SCHEMAS entry. */
export const ZForms = lazySchema(() =>
  z.partialRecord(ZDocType, z.record(z.string(), z.unknown()), { error: '文书内容应为对象' }),
);

/** POST /api/cases — a bureau opens a case from a clue or its own discovery (立案). */
export const ZCaseOpenRequest = lazySchema(() =>
  z.object({
    clueId: zId.optional(),
    producerUscc: zUscc,
    producerName: zText('生产者名称', 200),
    productName: zText('产品名称', 100),
    brand: zOptionalText('品牌', 100),
    model: zOptionalText('型号', 100),
    categoryCode: ZCategoryCode,
    summary: zText('可能存在的缺陷', 2000),
    /** The day the defect was discovered: the 3-working-day notice period runs from it (第十一条). */
    discoveredOn: zPastDate('发现日期').optional(),
  }),
);
export type TCaseOpenRequest = z.infer<typeof ZCaseOpenRequest>;

/** POST /api/cases/voluntary — a producer reports a voluntary recall (主动召回) with its plan. */
export const ZVoluntaryCaseRequest = lazySchema(() =>
  z.object({
    categoryCode: ZCategoryCode,
    forms: ZForms,
  }),
);
export type TVoluntaryCaseRequest = z.infer<typeof ZVoluntaryCaseRequest>;

/** POST /api/cases/:id/actions */
export const ZCaseActionRequest = lazySchema(() =>
  z.object({
    action: z.enum(CASE_ACTIONS, { error: '不支持的操作' }),
    note: zOptionalText('说明', 2000),
    forms: ZForms.default({}),
    /** 缺陷类别, given when the defect is determined (the recall notice, or accepting a voluntary plan). */
    defectClass: ZDefectClass.optional(),
    /** The filed 风险评估报告 the determination of the defect cites as its basis (办法 第十六条). */
    riskReportId: zId.optional(),
  }),
);
export type TCaseActionRequest = z.infer<typeof ZCaseActionRequest>;

export const ZDeadlineView = lazySchema(() =>
  z.object({
    kind: z.string(),
    label: z.string(),
    /** Who owes it: the bureau or the producer. */
    party: z.enum(['bureau', 'producer']),
    dueOn: z.string().nullable(),
    /** Why there is no date yet (e.g. it runs from receipt of the notice). */
    pendingReason: z.string().nullable(),
    provisional: z.boolean(),
    status: z.enum(['ok', 'due_soon', 'overdue', 'pending']),
    workingDaysLeft: z.number().int().nullable(),
  }),
);
export type TDeadlineView = z.infer<typeof ZDeadlineView>;

export const ZReceiptView = lazySchema(() =>
  z.object({
    confirmedAt: z.string(),
    confirmedBy: z.string(),
    recipientName: z.string(),
    recipientTitle: z.string(),
    /** 送达方式: electronic (confirmed in the app) or the paper delivery the bureau recorded. */
    deliveryMethod: z.enum(['electronic', 'in_person', 'post', 'county_bureau']),
    /** The day the notice was actually received (the reply period runs from it). */
    receivedOn: z.string(),
    /** Paper deliveries: the name signed on the paper receipt. */
    signedBy: z.string().nullable(),
    /** A delivery made by a county bureau (苏 第六条 通知送达): the bureau and its officer; null otherwise. */
    deliveredBy: z.string().nullable(),
  }),
);

export const ZCaseDocumentSummary = lazySchema(() =>
  z.object({
    id: z.number().int(),
    type: ZDocType,
    title: z.string(),
    annex: z.number().int().nullable(),
    docNo: z.string().nullable(),
    party: z.enum(['bureau', 'producer']),
    createdAt: z.string(),
    createdBy: z.string(),
    /** For numbered notices: the 送达回执, once the producer confirmed it. */
    receipt: ZReceiptView.nullable(),
    needsReceipt: z.boolean(),
    downloadUrl: z.string(),
  }),
);
export type TCaseDocumentSummary = z.infer<typeof ZCaseDocumentSummary>;

export const ZCaseDocumentView = lazySchema(() =>
  ZCaseDocumentSummary.extend({
    data: z.record(z.string(), z.unknown()),
    /** Signed links of the photos and attachments named in the form. */
    files: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
  }),
);
export type TCaseDocumentView = z.infer<typeof ZCaseDocumentView>;

export const ZCaseEvent = lazySchema(() =>
  z.object({
    at: z.string(),
    action: z.string(),
    label: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    actor: z.string(),
    actorRole: z.string(),
    note: z.string().nullable(),
    late: z.boolean(),
    documentIds: z.array(z.number().int()),
  }),
);
export type TCaseEvent = z.infer<typeof ZCaseEvent>;

export const ZCaseActionOption = lazySchema(() =>
  z.object({
    action: z.enum(CASE_ACTIONS),
    label: z.string(),
    documents: z.array(ZDocType),
    note: z.enum(['required', 'optional', 'none']),
    /** Set when the action exists in this state but a guard stops it now (shown, disabled). */
    blockedReason: z.string().nullable(),
  }),
);
export type TCaseActionOption = z.infer<typeof ZCaseActionOption>;

/** Completion rate (完成率 = 完成召回消费品数量 / 涉及消费品数量, 附件9/10). */
export const ZCompletion = lazySchema(() =>
  z.object({
    involved: z.number().int(),
    completedByRequests: z.number().int(),
    completedByOtherChannels: z.number().int(),
    completed: z.number().int(),
    /** Percent with one decimal, 0 when nothing is involved. */
    rate: z.number(),
    requests: z.record(z.string(), z.number().int()),
    channels: z.array(z.object({ channel: z.string(), units: z.number().int(), updatedAt: z.string() })),
  }),
);
export type TCompletion = z.infer<typeof ZCompletion>;

export const ZCaseSummary = lazySchema(() =>
  z.object({
    id: z.number().int(),
    caseNo: z.string(),
    state: ZCaseState,
    stateLabel: z.string(),
    bureauCode: z.string(),
    bureauName: z.string(),
    producerUscc: z.string(),
    producerName: z.string(),
    productName: z.string(),
    brand: z.string().nullable(),
    categoryCode: z.string(),
    voluntary: z.boolean(),
    deadline: ZDeadlineView.nullable(),
    stageSummaryDueOn: z.string().nullable(),
    /** A numbered notice the producer has not yet confirmed receiving. */
    awaitingReceipt: z.boolean(),
    updatedAt: z.string(),
  }),
);
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

/** 协查: what a handling bureau asked a county bureau to look into, by when, and the county's answer. */
export const ZCaseAssistView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    caseId: z.number().int(),
    countyCode: z.string(),
    countyName: z.string(),
    request: z.string(),
    dueOn: z.string(),
    askedAt: z.string(),
    askedBy: z.string(),
    status: z.enum(['open', 'answered']),
    answer: z
      .object({
        note: z.string(),
        files: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
        answeredAt: z.string(),
        answeredBy: z.string(),
      })
      .nullable(),
  }),
);
export type TCaseAssistView = z.infer<typeof ZCaseAssistView>;

export const ZCaseView = lazySchema(() =>
  ZCaseSummary.extend({
    model: z.string().nullable(),
    summary: z.string(),
    discoveredOn: z.string(),
    /** 缺陷类别 once the defect is determined, with its name; null before. */
    defectClass: ZDefectClass.nullable(),
    defectClassName: z.string().nullable(),
    /** The basis the determination cited: 依据：<机构> 风险评估报告（日期）; null when none was cited. */
    determinationBasis: z.string().nullable().optional(),
    /** Staff only: the clue the case came from. Producers never see clue or reporter data. */
    clueId: z.number().int().nullable(),
    recallId: z.number().int().nullable(),
    recallNo: z.string().nullable(),
    documents: z.array(ZCaseDocumentSummary),
    timeline: z.array(ZCaseEvent),
    actions: z.array(ZCaseActionOption),
    completion: ZCompletion.nullable(),
    /** Pre-filled values for the forms the caller may file now (e.g. the plan from the notice). */
    prefill: z.record(z.string(), z.record(z.string(), z.unknown())),
    dossierUrl: z.string().nullable(),
    /** Staff only: assistance asked of county bureaus (协查) and their answers; empty for producers. */
    assistance: z.array(ZCaseAssistView),
    /** Staff only: the province marked this finished case a typical case (典型案例, 案例库). */
    typicalCase: z
      .object({ title: z.string(), summary: z.string(), markedAt: z.string(), markedBy: z.string() })
      .nullable()
      .optional(),
  }),
);
export type TCaseView = z.infer<typeof ZCaseView>;

export const ZCaseListQuery = lazySchema(() =>
  z.object({
    state: ZCaseState.optional(),
    /** due=soon: deadlines within the warning window; due=overdue: past them. */
    due: z.enum(['soon', 'overdue']).optional(),
    q: zOptionalText('关键词', 50),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;
export const ZCaseListResponse = lazySchema(() =>
  z.object({
    items: z.array(ZCaseSummary),
    total: z.number().int(),
    counts: z.object({ dueSoon: z.number().int(), overdue: z.number().int(), awaitingReceipt: z.number().int() }),
    /** For a bureau that may not open cases here (the province profile's duties): who does. */
    openNote: z.string().nullable(),
  }),
);
export type TCaseListResponse = z.infer<typeof ZCaseListResponse>;

/** Other channels' completed units (hotline, stores, e-commerce …) entered by the producer. */
export const ZChannelCountRequest = lazySchema(() =>
  z.object({
    channel: zText('渠道名称', 50),
    units: zCount('完成数量'),
  }),
);
export type TChannelCountRequest = z.infer<typeof ZChannelCountRequest>;

/** Producer invitation codes (邀请码), issued by a bureau. */
export const ZInvitationCreateRequest = lazySchema(() =>
  z.object({
    producerUscc: zUscc,
    producerName: zText('生产者名称', 200),
  }),
);
export type TInvitationCreateRequest = z.infer<typeof ZInvitationCreateRequest>;
export const ZInvitationView = lazySchema(() =>
  z.object({
    code: z.string(),
    producerUscc: z.string(),
    producerName: z.string(),
    expiresAt: z.string(),
  }),
);
export type TInvitationView = z.infer<typeof ZInvitationView>;

export const ZInvitationCode = lazySchema(() =>
  z
    .string({ error: '缺少邀请码' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{8}$/, { error: '邀请码应为 8 位字母或数字' }),
);

/** A signed-in WeChat user binds to a producer; in the browser a password account is created instead. */
export const ZProducerBindRequest = lazySchema(() => z.object({ code: ZInvitationCode }));
export const ZProducerRegisterRequest = lazySchema(() =>
  z.object({
    code: ZInvitationCode,
    username: z
      .string({ error: '缺少用户名' })
      .trim()
      .regex(/^[A-Za-z0-9_.-]{3,32}$/, { error: '用户名应为 3–32 位字母、数字或 _ . -' }),
    password: z.string({ error: '缺少密码' }).min(8, { error: '密码至少 8 位' }).max(72, { error: '密码不超过 72 位' }),
    displayName: zText('姓名', 32),
  }),
);
export type TProducerBindRequest = z.infer<typeof ZProducerBindRequest>;
export type TProducerRegisterRequest = z.infer<typeof ZProducerRegisterRequest>;
