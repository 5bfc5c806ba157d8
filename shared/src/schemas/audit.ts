import { z } from 'zod';
import { ZRole } from '../enums';
import { CASE_STEPS } from '../domain/workflow';
import { RECALL_REQUEST_STATUSES, type RecallRequestStatus } from './participation';

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
export const ZCaseStepDetail = z.object({
  note,
  documentIds: z.array(z.number().int()),
  /** Filed after its deadline. */
  late: z.boolean(),
  /** The actor's role when acting (the timeline names a bureau officer or a producer). */
  actorRole: ZRole,
});
export type TCaseStepDetail = z.infer<typeof ZCaseStepDetail>;

/** A bureau's step on a clue: the note its reporter reads, and the bureau that took it. */
const ZClueStepDetail = z.object({ note: z.string(), by: z.string() });

const REQUEST_EVENTS = Object.keys(RECALL_REQUEST_STATUSES).map((s) => `recall_request.${s}`) as [
  `recall_request.${RecallRequestStatus}`,
  ...Array<`recall_request.${RecallRequestStatus}`>,
];

export const ZAuditEvent = z.discriminatedUnion('action', [
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
  event(
    'clue.created',
    'clue',
    z.object({
      bureau: z.string(),
      copiedTo: z.array(z.string()),
      source: z.string(),
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
  event('recall.imported', 'recall', z.null()),
  event('recall.updated', 'recall', z.object({ changed: z.array(z.string()) })),
  event('recall.status', 'recall', z.object({ note: z.string() })),
  event('recall.withdrawn', 'recall', z.object({ reason: z.string() })),
  event('invitation.created', 'producer', z.object({ bureau: z.string().nullish() })),
  event('user.created', 'user', z.object({ username: z.string(), org: z.string().nullish() })),
  event('user.registered', 'user', z.null()),
  event('user.bound_producer', 'user', z.object({ producer: z.string() })),
  event('upload.created', 'upload', z.null()),
  event('reference.bureaus.loaded', 'bureau', z.object({ count: z.number().int() })),
]);
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type TAuditAction = TAuditEvent['action'];
