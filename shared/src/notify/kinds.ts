import type { Role } from '../enums';
import type { TemplateKey } from './subscribe';

/**
 * What the message center and subscribe messages tell each role about (消息类型), and which
 * subscribe template carries each kind to WeChat.
 */
export const MESSAGE_KINDS = {
  clue_received: { label: '报告已提交', template: 'clue_progress', audience: 'consumer' },
  clue_routed: { label: '报告已转交处理', template: 'clue_progress', audience: 'consumer' },
  clue_transferred: { label: '报告已移送', template: 'clue_progress', audience: 'consumer' },
  clue_decided: { label: '报告处理结果', template: 'clue_progress', audience: 'consumer' },
  recall_matched: { label: '你关注的产品发布召回', template: 'recall_alert', audience: 'consumer' },
  request_step: { label: '召回申请进度', template: 'request_progress', audience: 'consumer' },
  notice_issued: { label: '收到监管部门通知书', template: 'case_notice', audience: 'producer' },
  clue_assigned: { label: '新线索分派到本局', template: 'case_notice', audience: 'bureau' },
  producer_filed: { label: '生产者提交了材料', template: 'case_notice', audience: 'bureau' },
  case_update: { label: '案件动态', template: 'case_notice', audience: 'staff' },
  request_received: { label: '新的召回申请', template: 'case_notice', audience: 'producer' },
  request_answered: { label: '消费者对完成召回的答复', template: 'case_notice', audience: 'producer' },
  assist_requested: { label: '请求协查', template: 'case_notice', audience: 'county' },
  assist_answered: { label: '县级局回复协查', template: 'case_notice', audience: 'bureau' },
  technical_requested: { label: '请求技术会商或风险评估', template: 'case_notice', audience: 'technical' },
  technical_answered: { label: '技术机构已答复', template: 'case_notice', audience: 'bureau' },
  deadline_soon: { label: '期限即将届满', template: 'deadline_reminder', audience: 'staff' },
  deadline_overdue: { label: '已超过办理期限', template: 'deadline_reminder', audience: 'staff' },
} as const satisfies Record<string, { label: string; template: TemplateKey; audience: Role | 'staff' }>;
export type MessageKind = keyof typeof MESSAGE_KINDS;
export const MESSAGE_KIND_KEYS = Object.keys(MESSAGE_KINDS) as [MessageKind, ...MessageKind[]];

/** The templates a role is asked to subscribe to at its natural moments (inside a tap). */
export const SUBSCRIBE_MOMENTS = {
  clue_submitted: ['clue_progress'],
  product_followed: ['recall_alert'],
  remedy_requested: ['request_progress'],
  workspace_opened: ['case_notice', 'deadline_reminder'],
} as const satisfies Record<string, readonly TemplateKey[]>;
export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS;
