import { z } from 'zod';
import { ZRole } from '../enums';
import { CASE_STEPS } from '../domain/workflow';
import { CASE_RECORD_KIND_KEYS } from '../domain/caseRecords';
import { RECALL_REQUEST_STATUSES, type RecallRequestStatus } from './participation';
import { lazySchema } from './lazy';

/**
 * The audit trail as a discriminated union on `action`: one payload shape per event type, checked
 * when a row is written and parsed when it is read. A state machine's step is written once, as its
 * audit event; the timelines of cases, clues and remedy requests are read from these rows.
 */

const note = z.string().nullable();
const event = <A extends string, E extends string, D extends z.ZodType>(action: A, entityType: E, detail: D) =>
  z.object({ action: z.literal(action), entityType: z.literal(entityType), detail });
const events = <A extends string, E extends string, D extends z.ZodType>(
  actions: readonly [A, ...A[]],
  entityType: E,
  detail: D,
) => z.object({ action: z.enum(actions), entityType: z.literal(entityType), detail });

/** Every step of a case (its entries, actions and receipts): the timeline is made of these. */
export const CASE_STEP_EVENTS = CASE_STEPS.map((s) => `case.${s.action}` as const) as [
  `case.${(typeof CASE_STEPS)[number]['action']}`,
  ...Array<`case.${(typeof CASE_STEPS)[number]['action']}`>,
];
export const ZCaseStepDetail = lazySchema(() =>
  z.object({
    note,
    documentIds: z.array(z.number().int()),
    /** Filed after its deadline. */
    late: z.boolean(),
    /** The actor's role when acting (the timeline names a bureau officer or a producer). */
    actorRole: ZRole,
  }),
);
export type TCaseStepDetail = z.infer<typeof ZCaseStepDetail>;

/** A bureau's step on a clue: the note its reporter reads, and the bureau that took it. */
const ZClueStepDetail = lazySchema(() => z.object({ note: z.string(), by: z.string() }));

const REQUEST_EVENTS = Object.keys(RECALL_REQUEST_STATUSES).map((s) => `recall_request.${s}`) as [
  `recall_request.${RecallRequestStatus}`,
  ...Array<`recall_request.${RecallRequestStatus}`>,
];

export const ZAuditEvent = lazySchema(() =>
  z.discriminatedUnion('action', [
    events(CASE_STEP_EVENTS, 'case', ZCaseStepDetail),
    event('case.channel_count', 'case', z.object({ channel: z.string(), units: z.number().int() })),
    // A provisional deadline (or one counted with a corrected year) counted again once the year was entered.
    event(
      'case.deadline_recomputed',
      'case',
      z.object({
        kind: z.string(),
        fromDueOn: z.string(),
        toDueOn: z.string(),
        provisional: z.boolean(),
        calendarYear: z.number().int(),
      }),
    ),
    // A record on a case (现场调查, 约谈, 处理措施) and an evidence file kept for one: on the case's timeline, not its steps.
    event(
      'case.record_added',
      'case',
      z.object({ recordId: z.number().int(), kind: z.enum(CASE_RECORD_KIND_KEYS), summary: z.string() }),
    ),
    event('case.record_file', 'case', z.object({ fileId: z.string(), name: z.string(), bytes: z.number().int() })),
    // 协查 (苏 第六条): the handling bureau asks a county bureau; the county answers with a note and files.
    event(
      'case.assist_requested',
      'case',
      z.object({ assistId: z.number().int(), county: z.string(), request: z.string(), dueOn: z.string() }),
    ),
    event(
      'case.assist_answered',
      'case',
      z.object({ assistId: z.number().int(), county: z.string(), note: z.string(), files: z.array(z.string()) }),
    ),
    // 委托核查、督促 (辽 第五、九、十七条): the province commissions a bureau on a clue or case; the bureau answers.
    event(
      'commission.created',
      'commission',
      z.object({
        purpose: z.string(),
        subjectType: z.enum(['clue', 'case']),
        subjectId: z.number().int(),
        bureau: z.string(),
        request: z.string(),
        dueOn: z.string(),
      }),
    ),
    event(
      'commission.answered',
      'commission',
      z.object({ bureau: z.string(), note: z.string(), files: z.array(z.string()) }),
    ),
    // 线索共享 (辽 第八条): the province shared a clue with its internal units (and the city bureau concerned).
    event(
      'clue_share.recorded',
      'clue_share',
      z.object({ clueId: z.number().int(), recipients: z.array(z.string()), dueOn: z.string(), late: z.boolean() }),
    ),
    // 线索报送 (辽 第八条): a clue one of the province's units found, entered with the day it was found (entityId: the clue).
    event(
      'clue_unit_report.recorded',
      'clue_unit_report',
      z.object({ unit: z.string(), foundOn: z.string(), dueOn: z.string(), late: z.boolean() }),
    ),
    // A year of the official schedule entered by staff (or the admin CLI), with the open cases recounted.
    event(
      'calendar.year_entered',
      'calendar',
      z.object({
        holidays: z.array(z.string()),
        workdays: z.array(z.string()),
        replaced: z.boolean(),
        recomputedCases: z.array(z.number().int()),
      }),
    ),
    // A clue's timeline starts with it: 已提交, 已分派 to `bureau`, 已抄送 to each of `copiedTo`.
    // `county`: the county bureau that entered it (苏 第六条 信息收集), when one did.
    event(
      'clue.created',
      'clue',
      z.object({
        bureau: z.string(),
        copiedTo: z.array(z.string()),
        source: z.string(),
        county: z.string().nullish(),
        // A clue received from another province (外省移送): that province's code.
        fromProvince: z.string().optional(),
      }),
    ),
    events(['clue.accepted', 'clue.rejected'], 'clue', ZClueStepDetail),
    event('clue.transferred', 'clue', ZClueStepDetail.extend({ bureauCode: z.string() })),
    event('clue.merged', 'clue', ZClueStepDetail.extend({ mergedInto: z.number().int() })),
    // Passed by the province to another province's regulator (苏 第四条(二)); its record is clue_cross_province.
    event(
      'clue.passed_on',
      'clue',
      ZClueStepDetail.extend({
        provinceCode: z.string(),
        authority: z.string(),
        reference: z.string().nullable(),
        contactShared: z.boolean(),
      }),
    ),
    events(REQUEST_EVENTS, 'recall_request', z.object({ note: z.string() }).nullable()),
    // 技术会商 / 风险评估 (苏 第九、十三条; 办法 第十六条): asked, answered, cited by a determination.
    event(
      'technical.requested',
      'technical_request',
      z.object({
        kind: z.string(),
        clueId: z.number().int().nullable(),
        caseId: z.number().int().nullable(),
        institution: z.string(),
        by: z.string(),
      }),
    ),
    event('technical.answered', 'technical_request', z.object({ kind: z.string(), institution: z.string() })),
    event('technical.cited', 'technical_request', z.object({ caseId: z.number().int(), documentId: z.number().int() })),
    event('recall.imported', 'recall', z.null()),
    event('recall.updated', 'recall', z.object({ changed: z.array(z.string()) })),
    event('recall.status', 'recall', z.object({ note: z.string() })),
    event('recall.withdrawn', 'recall', z.object({ reason: z.string() })),
    event('invitation.created', 'producer', z.object({ bureau: z.string().nullish() })),
    event('user.created', 'user', z.object({ username: z.string(), org: z.string().nullish() })),
    event('user.registered', 'user', z.null()),
    event('user.bound_producer', 'user', z.object({ producer: z.string() })),
    event('upload.created', 'upload', z.null()),
    // The province's scores and notes on a city's recall work for a period (苏 第二十一条).
    event(
      'evaluation.saved',
      'evaluation',
      z.object({
        city: z.string(),
        from: z.string(),
        to: z.string(),
        scores: z.record(z.string(), z.number().int().nullable()),
        changed: z.array(z.string()),
      }),
    ),
    // A file of foreign recalls (国外召回) imported by the province: what it held and the clues it made.
    event(
      'foreign_recall.imported',
      'foreign_recall_import',
      z.object({
        format: z.string(),
        fileName: z.string().nullable(),
        read: z.number().int(),
        matched: z.number().int(),
        cluesCreated: z.number().int(),
        alreadyImported: z.number().int(),
        notMatched: z.number().int(),
        rejected: z.number().int(),
        clueIds: z.array(z.number().int()),
      }),
    ),
    // 电商平台 (seed 004): registered, changed, credentials renewed (never the keys themselves);
    // a platform's acknowledgement of a push and each measure it reports.
    event('platform.registered', 'platform', z.object({ name: z.string(), webhook: z.boolean() })),
    event('platform.updated', 'platform', z.object({ changed: z.array(z.string()), disabled: z.boolean() })),
    event('platform.credentials_renewed', 'platform', z.null()),
    event(
      'platform.acknowledged',
      'platform_delivery',
      z.object({ platformId: z.number().int(), recallId: z.number().int() }),
    ),
    event(
      'platform.measure_reported',
      'platform_delivery',
      z.object({ platformId: z.number().int(), recallId: z.number().int(), kind: z.string(), count: z.number().int() }),
    ),
    event('reference.bureaus.loaded', 'bureau', z.object({ count: z.number().int() })),
    // 消费提示 (办法 第十九条): published on a case or clue, corrected, withdrawn, or replaced by a recall.
    event(
      'warning.published',
      'consumer_warning',
      z.object({
        recallId: z.number().int(),
        caseId: z.number().int().nullable(),
        clueId: z.number().int().nullable(),
        ground: z.string(),
      }),
    ),
    event('warning.corrected', 'consumer_warning', z.object({ note: z.string() })),
    event('warning.withdrawn', 'consumer_warning', z.object({ reason: z.string() })),
    event('warning.superseded', 'consumer_warning', z.object({ recallId: z.number().int() })),
    // 专家库 (办法 第十二条): who entered or changed an expert, and which fields (never the personal data itself).
    event('expert.created', 'expert', z.object({ categoryCodes: z.array(z.string()) })),
    event('expert.updated', 'expert', z.object({ changed: z.array(z.string()), active: z.boolean() })),
    // 案例库 (辽 第二十条): the province marks a finished case typical, rewrites or withdraws its summary.
    event('typical_case.marked', 'case', z.object({ title: z.string(), summary: z.string() })),
    event('typical_case.updated', 'case', z.object({ title: z.string(), summary: z.string() })),
    event('typical_case.unmarked', 'case', z.object({ title: z.string() })),
  ]),
);
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type TAuditAction = TAuditEvent['action'];
