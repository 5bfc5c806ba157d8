import type { CaseState } from './workflow';

/**
 * 消费提示 (办法 第十九条): when a recall cannot be had from the producer, the regulator itself
 * tells consumers of the defect and the risk. It is published to the recall lookup as a record of
 * kind `warning` (one search, matching and fan-out path with recalls) and always labelled apart.
 */
export const RECALL_KINDS = { recall: '召回', warning: '消费提示' } as const;
export type RecallKind = keyof typeof RECALL_KINDS;

export const WARNING_LABEL = RECALL_KINDS.warning;
/** The sentence shown with every warning: who speaks, and that it is not a producer's recall. */
export const WARNING_NOTICE =
  '这是市场监管部门发布的消费提示，不是生产者的召回：因生产者无法追溯或拒不召回，暂不能通过生产者获得维修、更换或退货。';

/**
 * The grounds of 第十九条 and the case states where each is lawful. 无法追溯: from the moment the
 * case is open until the producer would have to act (a notice that cannot be delivered shows it);
 * 拒不召回: the producer neither recalled nor objected and the case went up (第十九条 of 苏 2025),
 * or SAMR ordered the recall and it was not done; 其他不能实施召回: the states of both.
 */
export const WARNING_GROUNDS = {
  untraceable: {
    label: '无法追溯到生产者',
    basis: '办法 第十九条（一）',
    caseStates: [
      'opened',
      'investigation_notified',
      'defect_investigation',
      'recall_notified',
      'escalated',
      'samr_ordered',
    ],
  },
  refuses: {
    label: '责令召回拒不召回',
    basis: '办法 第十九条（二）',
    caseStates: ['escalated', 'samr_ordered'],
  },
  cannot_recall: {
    label: '其他不能实施召回的情形',
    basis: '办法 第十九条（三）',
    caseStates: [
      'opened',
      'investigation_notified',
      'defect_investigation',
      'recall_notified',
      'objection_rejected',
      'escalated',
      'samr_ordered',
    ],
  },
} as const satisfies Record<string, { label: string; basis: string; caseStates: readonly CaseState[] }>;
export type WarningGround = keyof typeof WARNING_GROUNDS;
export const WARNING_GROUND_KEYS = Object.keys(WARNING_GROUNDS) as [WarningGround, ...WarningGround[]];

/** Whether a warning on this ground may be published on a case in this state. */
export const warningAllowedOnCase = (ground: WarningGround, state: CaseState): boolean =>
  (WARNING_GROUNDS[ground].caseStates as readonly CaseState[]).includes(state);

/** A clue may carry a warning only when its producer is not identified (第十九条（一）), once accepted. */
export const warningAllowedOnClue = (ground: WarningGround, clue: { status: string; producerUscc: string | null }) =>
  ground === 'untraceable' && clue.status === 'verifying' && !clue.producerUscc;

export const WARNING_STATUSES = { published: '已发布', withdrawn: '已撤回', superseded: '已由召回取代' } as const;
export type WarningStatus = keyof typeof WARNING_STATUSES;
export const WARNING_STATUS_KEYS = Object.keys(WARNING_STATUSES) as [WarningStatus, ...WarningStatus[]];

/** What consumers are told to do when the bureau writes nothing more specific. */
export const WARNING_DEFAULT_ADVICE =
  '请立即停止使用该产品，妥善存放或按当地要求处置，不要转卖或赠送他人；如有疑问或已造成损害，请拨打 12315。';
export const WARNING_PHONE = '12315';
