import { findStep, stepList, stepsFrom, type MachineStep } from './machine';
import { NO_PROVINCE_STEPS, provinceHasStep, type ProvinceSteps, type StepCapability } from './provinceSteps';

/**
 * The case workflow of 苏市监规〔2025〕8号 as data: every state, who may take each transition,
 * the documents it requires and the deadline it starts. The server enforces exactly this table;
 * the apps read it to offer only the actions a caller may take.
 */

/** Case states (案件状态). */
export const CASE_STATES = {
  opened: '已立案，待通知生产者',
  investigation_notified: '已通知调查分析',
  report_received: '调查分析报告待审查',
  supplement_requested: '已要求补充材料，待生产者提交',
  defect_investigation: '缺陷调查中',
  recall_notified: '已发召回通知',
  objection_filed: '异议复核中',
  objection_rejected: '异议不成立，待报告召回计划',
  escalated: '已逾期，提请省局上报',
  samr_ordered: '总局责令召回',
  plan_submitted: '召回计划审查中',
  plan_returned: '召回计划退回补正',
  recalling: '召回实施中',
  plan_completed: '召回计划已完成，待提交总结',
  summarized: '召回总结已提交',
  rerecall_ordered: '已通知重新召回',
  closed_no_defect: '不存在缺陷，已结案',
  archived: '已归档',
} as const;
export type CaseState = keyof typeof CASE_STATES;
export const CASE_STATE_KEYS = Object.keys(CASE_STATES) as [CaseState, ...CaseState[]];

/**
 * Documents of the workflow (附件1–10) and the written acts it needs besides them. `issuer:
 * 'province'`: always the province bureau's act, numbered in its sequence (办法 第十七条 重新认定).
 * `to`: who a document is addressed to when it is not the other party of the case (the objection
 * goes to the province, 办法 第十七条; escalation materials go up, 第十九条).
 */
export const DOC_TYPES = {
  investigation_notice: { annex: 1, title: '消费品调查分析通知书', word: '调查分析', party: 'bureau' },
  investigation_report: { annex: 2, title: '生产者调查分析报告', party: 'producer' },
  defect_investigation_notice: { annex: 3, title: '消费品缺陷调查通知书', word: '缺陷调查', party: 'bureau' },
  recall_notice: { annex: 4, title: '消费品召回通知书', word: '召回通知', party: 'bureau' },
  receipt: { annex: 5, title: '送达回执', party: 'producer' },
  recall_plan: { annex: 6, title: '消费品召回计划', party: 'producer' },
  press_release: { annex: 7, title: '消费品召回新闻稿', party: 'bureau' },
  recall_statement: { annex: 8, title: '消费品召回事项说明', party: 'producer' },
  final_summary: { annex: 9, title: '消费品召回总结', party: 'producer' },
  stage_summary: { annex: 10, title: '消费品召回阶段性总结', party: 'producer' },
  objection: { annex: null, title: '异议书面说明', party: 'producer', to: 'province' },
  decision: {
    annex: null,
    title: '缺陷重新认定结果告知书',
    word: '重新认定',
    party: 'bureau',
    issuer: 'province',
  },
  plan_return: { annex: null, title: '召回计划退回补正通知书', word: '计划补正', party: 'bureau' },
  // The bureau's own record of the 第十四条 review of a plan it accepts (not sent to anyone).
  plan_review: { annex: null, title: '召回计划审查记录', party: 'bureau' },
  rerecall_notice: { annex: null, title: '重新实施召回通知书', word: '重新召回', party: 'bureau' },
  escalation_report: {
    annex: null,
    title: '提请责令召回的报告',
    word: '提请召回',
    party: 'bureau',
    to: 'province',
  },
  samr_report: {
    annex: null,
    title: '报请责令召回的报告',
    word: '报请召回',
    party: 'bureau',
    issuer: 'province',
    to: 'samr',
  },
} as const satisfies Record<
  string,
  {
    annex: number | null;
    title: string;
    word?: string;
    party: 'bureau' | 'producer';
    issuer?: 'province';
    to?: 'province' | 'samr';
  }
>;
export type DocType = keyof typeof DOC_TYPES;
export const DOC_TYPE_KEYS = Object.keys(DOC_TYPES) as [DocType, ...DocType[]];
/** The notices of 附件1, 3 and 4 (the templates the 送达回执 lists). */
export const NUMBERED_DOCS = ['investigation_notice', 'defect_investigation_notice', 'recall_notice'] as const;
export type NumberedDoc = (typeof NUMBERED_DOCS)[number];
export const isNumberedDoc = (t: DocType): t is NumberedDoc => (NUMBERED_DOCS as readonly string[]).includes(t);
/**
 * The written acts besides the notices (办法 第十七条, 苏 第十四、十七、十九条): numbered like the
 * notices, and those addressed to the producer delivered and receipted like them.
 */
export const LEGAL_ACTS = ['decision', 'plan_return', 'rerecall_notice', 'escalation_report', 'samr_report'] as const;
export type LegalAct = (typeof LEGAL_ACTS)[number];
export const isLegalAct = (t: DocType): t is LegalAct => (LEGAL_ACTS as readonly string[]).includes(t);
/** Documents that carry a document number (文号): the notices and the acts. */
export const hasDocNumber = (t: DocType): t is NumberedDoc | LegalAct => isNumberedDoc(t) || isLegalAct(t);
/** Documents the producer confirms receiving (送达回执): the numbered ones addressed to it. */
export const needsReceipt = (t: DocType): boolean => hasDocNumber(t) && !('to' in DOC_TYPES[t]);

/**
 * Deadlines a step starts (期限). `party` is who owes it; `runsFrom` is the day the count starts:
 * the step itself (立案 counts from the day of discovery), the receipt of the notice (送达回执), or
 * the date the bureau wrote into its notice (报送期限 of 附件1).
 */
export const DEADLINE_KINDS = {
  notify_producer: { label: '通知生产者开展调查分析', party: 'bureau', runsFrom: 'step' },
  investigation_report: { label: '报送调查分析报告', party: 'producer', runsFrom: 'notice' },
  plan_or_objection: { label: '报告召回计划或提出异议', party: 'producer', runsFrom: 'receipt' },
  plan: { label: '报告召回计划', party: 'producer', runsFrom: 'step' },
  final_summary: { label: '提交召回总结', party: 'producer', runsFrom: 'step' },
  supplement: { label: '补充提交调查分析材料', party: 'producer', runsFrom: 'step' },
} as const satisfies Record<string, { label: string; party: 'bureau' | 'producer'; runsFrom: DeadlineStart }>;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;
export type DeadlineStart = 'step' | 'receipt' | 'notice';

/**
 * Who may act. `handler`: staff of the bureau handling the case (a city bureau, or the province
 * bureau on a case it leads, 第十三条). `province`: province staff, on any case (re-determination,
 * escalation to SAMR). `producer`: the producer's customer service, on its own cases.
 */
export type Actor = 'handler' | 'province' | 'producer';

/** Conditions checked against the case when a transition is attempted. */
export type Guard =
  | 'receiptConfirmed' // the producer confirmed delivery of the latest notice (送达回执)
  | 'withinDeadline' // today is on or before the current deadline (逾期视为放弃权利)
  | 'deadlinePassed' // the current deadline has passed (第十二条, 第十九条)
  // The recall is under way: today is on or after the plan's start date and after the day the plan
  // was accepted, so a plan is never reported done on the day it was published (第十六条).
  | 'recallUnderway';

/**
 * What a step does besides moving the case, by name (the server holds one implementation each).
 * publishRecall: the plan becomes a public recall and stage summaries start (第十五条);
 * countStageSummary: the next stage summary falls due; completeRecall / rerecall: the recall's
 * status changes and stage summaries stop; startReplyClock: receipt of a recall notice starts the
 * 10 working days for a plan or an objection (附件4); noteOnClue: the clue the case came from
 * shows it was opened.
 */
export type CaseEffect =
  'publishRecall' | 'countStageSummary' | 'completeRecall' | 'rerecall' | 'startReplyClock' | 'noteOnClue';

/**
 * How a step is asked for: `entry` creates the case (POST /api/cases, /api/cases/voluntary),
 * `action` is taken on it (POST /api/cases/:id/actions), `receipt` confirms a notice's delivery
 * (POST /api/cases/:id/documents/:docId/receipt).
 */
export type CaseStepVia = 'entry' | 'action' | 'receipt';

interface CaseStepSpec {
  via: CaseStepVia;
  label: string;
  /** States it may be taken from; empty for an entry. */
  from: readonly CaseState[];
  to: CaseState | 'same';
  actors: readonly Actor[];
  /**
   * Documents the caller files with the step (validated forms). A legal act (LEGAL_ACTS) is issued
   * by the step: the note is its reasons, the form adds what the act lists.
   */
  documents: readonly DocType[];
  /** A written reason is required (decisions, returns, orders). */
  note?: 'required' | 'optional';
  /** The result a re-determination (办法 第十七条) writes into its 告知书. */
  decides?: 'upheld' | 'rejected';
  guards?: readonly Guard[];
  /** The deadline the step starts; null clears the current one. */
  starts?: DeadlineKind | null;
  effects?: readonly CaseEffect[];
  /**
   * Who hears of it besides the other party (a producer's step reaches the handling bureau, a
   * bureau's the producer): `province` also tells the province bureau; `none` tells nobody.
   */
  informs?: 'province' | 'none';
  /** Basis in the rules. */
  basis: string;
  /** Only a province whose profile has this step offers it (辽 第十条); absent: every province. */
  needs?: StepCapability;
}

const PLAN_FROM: CaseState[] = [
  'investigation_notified',
  'report_received',
  'supplement_requested',
  'defect_investigation',
  'recall_notified',
  'objection_rejected',
  'escalated',
  'samr_ordered',
  'plan_returned',
  'rerecall_ordered',
];

const CASE_STEP_TABLE = {
  open: {
    via: 'entry',
    label: '立案',
    from: [],
    to: 'opened',
    actors: ['handler'],
    documents: [],
    starts: 'notify_producer',
    effects: ['noteOnClue'],
    // The producer hears of the case with the first notice, not at opening.
    informs: 'none',
    basis: '第九、十一条',
  },
  voluntary: {
    // 主动召回: the producer reports its plan and the case begins at the plan's review.
    via: 'entry',
    label: '报告主动召回计划',
    from: [],
    to: 'plan_submitted',
    actors: ['producer'],
    documents: ['recall_plan', 'recall_statement'],
    starts: null,
    basis: '第十四条；附件6、附件8',
  },
  confirm_receipt: {
    // Any state: a notice stays confirmable however the case moved on (the documents are checked apart).
    via: 'receipt',
    label: '确认送达',
    from: CASE_STATE_KEYS,
    to: 'same',
    actors: ['producer', 'handler'],
    documents: ['receipt'],
    effects: ['startReplyClock'],
    basis: '附件5',
  },
  notify_investigation: {
    via: 'action',
    label: '通知生产者开展调查分析',
    from: ['opened'],
    to: 'investigation_notified',
    actors: ['handler'],
    documents: ['investigation_notice'],
    starts: 'investigation_report',
    basis: '第十一条',
  },
  submit_report: {
    via: 'action',
    label: '提交调查分析报告',
    from: ['investigation_notified'],
    to: 'report_received',
    actors: ['producer'],
    documents: ['investigation_report'],
    guards: ['receiptConfirmed'],
    starts: null,
    basis: '第十一条',
  },
  request_supplement: {
    // The report is incomplete: the producer is asked for more and the case waits for it (辽 第十条).
    via: 'action',
    label: '要求生产者补充材料',
    from: ['report_received'],
    to: 'supplement_requested',
    actors: ['handler'],
    documents: [],
    note: 'required',
    starts: 'supplement',
    needs: 'supplementRequest',
    basis: '辽 第十条：必要时，省局可要求生产者补充提交相关材料',
  },
  submit_supplement: {
    // The producer files its report again with what was asked; the bureau's review resumes.
    via: 'action',
    label: '补充提交调查分析材料',
    from: ['supplement_requested'],
    to: 'report_received',
    actors: ['producer'],
    documents: ['investigation_report'],
    note: 'optional',
    starts: null,
    needs: 'supplementRequest',
    basis: '辽 第十条',
  },
  accept_no_defect: {
    via: 'action',
    label: '认定不存在缺陷，结案',
    from: ['report_received', 'defect_investigation'],
    to: 'closed_no_defect',
    actors: ['handler'],
    documents: [],
    note: 'required',
    starts: null,
    basis: '第十一、十二条',
  },
  start_defect_investigation: {
    via: 'action',
    label: '启动缺陷调查',
    from: ['opened', 'report_received'],
    to: 'defect_investigation',
    actors: ['handler'],
    documents: ['defect_investigation_notice'],
    starts: null,
    basis: '第九、十二、十三条',
  },
  investigate_overdue: {
    // The producer did not report by the date in the notice (第十二条).
    via: 'action',
    label: '逾期未报告，启动缺陷调查',
    from: ['investigation_notified', 'supplement_requested'],
    to: 'defect_investigation',
    actors: ['handler'],
    documents: ['defect_investigation_notice'],
    guards: ['deadlinePassed'],
    starts: null,
    basis: '第十二条',
  },
  issue_recall_notice: {
    via: 'action',
    label: '认定存在缺陷，发出召回通知',
    from: ['defect_investigation'],
    to: 'recall_notified',
    actors: ['handler'],
    documents: ['recall_notice'],
    starts: 'plan_or_objection',
    basis: '第十二条；附件4',
  },
  file_objection: {
    via: 'action',
    label: '对缺陷认定提出异议',
    from: ['recall_notified'],
    to: 'objection_filed',
    actors: ['producer'],
    documents: ['objection'],
    guards: ['receiptConfirmed', 'withinDeadline'],
    starts: null,
    informs: 'province',
    basis: '附件4：自收到通知书之日起10个工作日内，逾期视为放弃权利',
  },
  uphold_objection: {
    via: 'action',
    label: '异议成立，撤销缺陷认定',
    from: ['objection_filed'],
    to: 'closed_no_defect',
    actors: ['province'],
    documents: ['decision'],
    note: 'required',
    decides: 'upheld',
    starts: null,
    basis: '办法 第十七条：省市场监管部门重新认定，书面告知生产者',
  },
  reject_objection: {
    via: 'action',
    label: '异议不成立，维持缺陷认定',
    from: ['objection_filed'],
    to: 'objection_rejected',
    actors: ['province'],
    documents: ['decision'],
    note: 'required',
    decides: 'rejected',
    starts: 'plan',
    basis: '办法 第十七条：省市场监管部门重新认定，书面告知生产者',
  },
  escalate: {
    via: 'action',
    label: '逾期既未报告计划又未异议，提请省局上报总局',
    from: ['recall_notified', 'objection_rejected'],
    to: 'escalated',
    actors: ['handler'],
    documents: ['escalation_report'],
    note: 'required',
    guards: ['deadlinePassed'],
    starts: null,
    informs: 'province',
    basis: '第十九条',
  },
  forward_samr: {
    via: 'action',
    label: '上报总局，责令生产者召回',
    from: ['escalated'],
    to: 'samr_ordered',
    actors: ['province'],
    documents: ['samr_report'],
    note: 'required',
    starts: null,
    basis: '第十九条',
  },
  submit_plan: {
    via: 'action',
    label: '报告召回计划',
    from: PLAN_FROM,
    to: 'plan_submitted',
    actors: ['producer'],
    documents: ['recall_plan', 'recall_statement'],
    // A plan answers the latest notice: it is filed only once that notice's receipt is confirmed.
    guards: ['receiptConfirmed'],
    starts: null,
    basis: '第十四条；附件6、附件8',
  },
  return_plan: {
    via: 'action',
    label: '退回召回计划补正',
    from: ['plan_submitted'],
    to: 'plan_returned',
    actors: ['handler'],
    documents: ['plan_return'],
    note: 'required',
    starts: null,
    basis: '第十四条',
  },
  accept_plan: {
    via: 'action',
    label: '接受召回计划并公示',
    from: ['plan_submitted'],
    to: 'recalling',
    actors: ['handler'],
    documents: ['press_release', 'plan_review'],
    starts: null,
    effects: ['publishRecall'],
    basis: '第十四、十五条',
  },
  submit_stage_summary: {
    via: 'action',
    label: '提交阶段性总结',
    from: ['recalling'],
    to: 'same',
    actors: ['producer'],
    documents: ['stage_summary'],
    effects: ['countStageSummary'],
    basis: '第十六条',
  },
  complete_plan: {
    via: 'action',
    label: '召回计划实施完成',
    from: ['recalling'],
    to: 'plan_completed',
    actors: ['producer'],
    documents: [],
    note: 'optional',
    guards: ['recallUnderway'],
    starts: 'final_summary',
    effects: ['completeRecall'],
    basis: '第十六条',
  },
  submit_final_summary: {
    via: 'action',
    label: '提交召回总结',
    from: ['plan_completed'],
    to: 'summarized',
    actors: ['producer'],
    documents: ['final_summary'],
    starts: null,
    basis: '第十六条',
  },
  order_rerecall: {
    via: 'action',
    label: '通知重新实施召回',
    from: ['recalling', 'plan_completed', 'summarized'],
    to: 'rerecall_ordered',
    actors: ['handler'],
    documents: ['rerecall_notice'],
    note: 'required',
    starts: 'plan',
    effects: ['rerecall'],
    basis: '第十七条',
  },
  archive: {
    via: 'action',
    label: '归档电子案卷',
    from: ['summarized', 'closed_no_defect'],
    to: 'archived',
    actors: ['handler'],
    documents: [],
    starts: null,
    basis: '第十八条',
  },
} as const satisfies Record<string, CaseStepSpec>;

/** Every step of a case: the entries, the actions and the receipt, in one table. */
export type CaseStepName = keyof typeof CASE_STEP_TABLE;
type StepsVia<V extends CaseStepVia> = {
  [K in CaseStepName]: (typeof CASE_STEP_TABLE)[K]['via'] extends V ? K : never;
}[CaseStepName];
/** The steps taken through POST /api/cases/:id/actions. */
export type CaseAction = StepsVia<'action'>;
export type CaseEntry = StepsVia<'entry'>;

export interface CaseStep extends CaseStepSpec, MachineStep<CaseState, CaseStepName, Actor, CaseEffect> {
  action: CaseStepName;
}
export interface Transition extends CaseStep {
  action: CaseAction;
  via: 'action';
}

export const CASE_STEPS: CaseStep[] = stepList(CASE_STEP_TABLE);
export const TRANSITIONS = CASE_STEPS.filter((s): s is Transition => s.via === 'action');
export const CASE_ACTIONS = TRANSITIONS.map((t) => t.action) as [CaseAction, ...CaseAction[]];

/** A step of any kind by name: its label, actors and documents (one place for every label). */
export function caseStep(name: CaseStepName): CaseStep {
  return findStep(CASE_STEPS, name)!;
}

/** An action of POST /api/cases/:id/actions, or undefined for any other name. */
export function findTransition(action: string): Transition | undefined {
  return findStep(TRANSITIONS, action);
}

/**
 * Transitions from `state` open to any of `actors` (guards are checked by the caller with the case's
 * facts), of those the province has: a step that `needs` a section of the profile's `steps` is
 * offered only where the profile has it (none without `steps`: the steps common to all provinces).
 */
export function transitionsFrom(
  state: CaseState,
  actors: readonly Actor[],
  steps: ProvinceSteps = NO_PROVINCE_STEPS,
): Transition[] {
  return stepsFrom(TRANSITIONS, state, actors).filter((t) => provinceHasStep(steps, t.needs));
}

/** Whether the province has the step (its profile's `steps` section enables those that `needs` one). */
export function stepOffered(step: { needs?: StepCapability }, steps: ProvinceSteps): boolean {
  return provinceHasStep(steps, step.needs);
}

/** How a case begins: a bureau opens it from a clue or its own discovery; a producer recalling voluntarily (主动召回) enters at the plan. */
export const CASE_ENTRIES = { open: CASE_STEP_TABLE.open, voluntary: CASE_STEP_TABLE.voluntary };
