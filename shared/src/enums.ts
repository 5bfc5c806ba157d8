import { z } from 'zod';
import { lazySchema } from './schemas/lazy';

/** Product category codes of the Hunan bulletin code table (产品类别). */
export const CATEGORIES = {
  '01': '电子电器',
  '02': '儿童用品',
  '03': '家具',
  '04': '家用日用品',
  '05': '其他交通运输设备',
  '06': '日用纺织品和服装',
  '07': '食品相关产品',
  '08': '文教体育用品',
  '09': '五金建材',
  '10': '其他产品',
} as const;
export type CategoryCode = keyof typeof CATEGORIES;
// Sorted: Object.keys would put '10' first (an integer-like key), '01'…'09' are not.
export const CATEGORY_CODES = (Object.keys(CATEGORIES) as CategoryCode[]).sort();
export const ZCategoryCode = lazySchema(() =>
  z.enum(CATEGORY_CODES as [CategoryCode, ...CategoryCode[]], {
    error: '产品类别应为 01–10 的类别代码',
  }),
);

/** Roles, checked in one place on the server. */
export const ROLES = [
  'consumer',
  'producer',
  'bureau',
  'province',
  'admin',
  'technical',
  'county',
  'platform',
] as const;
export type Role = (typeof ROLES)[number];
export const ZRole = lazySchema(() => z.enum(ROLES));
export const ROLE_LABELS: Record<Role, string> = {
  consumer: '消费者',
  producer: '生产者客服',
  bureau: '市场监管局',
  province: '省市场监管局',
  admin: '系统管理员',
  // 召回技术机构 (苏 第七条; 办法 第十六条): its org is an institution of the province profile (config/).
  technical: '召回技术机构',
  county: '县级市场监管局',
  // 电商平台 (seed 004): its org is the platform's id; its servers call with an API key instead.
  platform: '电商平台',
};
export const STAFF_ROLES: Role[] = ['producer', 'bureau', 'province', 'admin', 'technical', 'county', 'platform'];

/** Clue sources (线索来源, 苏 2025 第八条). */
export const CLUE_SOURCES = {
  consumer: '消费者报告',
  sampling: '监督抽查',
  riskMonitoring: '风险监测',
  marketPurchase: '市场购检',
  publicOpinion: '网络舆情',
  foreignRecall: '国外召回',
  complaint: '投诉举报（12315）',
  petition: '信访',
  enforcement: '执法打假',
  customs: '海关口岸',
  /** A producer's report of deaths, injuries or damage its product caused (办法 第四条), filed from its workspace. */
  producerIncident: '生产者事故报告',
  /** A clue another province's regulator passed to this province (苏 第四条(二)). */
  otherProvince: '外省移送',
} as const;
export type ClueSource = keyof typeof CLUE_SOURCES;
export const ZClueSource = lazySchema(() => z.enum(Object.keys(CLUE_SOURCES) as [ClueSource, ...ClueSource[]]));

/**
 * Clue channels (线索渠道): how a clue reached the system, as the clue records it. A consumer's report
 * says which app it came from (微信小程序 or 网页); reports from before the field, or from a client
 * that does not say, are 消费者报告（未记录端）. Staff entries are 工作人员录入, except clues another
 * province passed to this one (外省移送).
 */
export const CLUE_CHANNELS = {
  weapp: '微信小程序',
  h5: '网页（H5）',
  consumer: '消费者报告（未记录端）',
  staff: '工作人员录入',
  otherProvince: '外省移送',
  producerIncident: '生产者工作台（事故报告）',
} as const;
export type ClueChannel = keyof typeof CLUE_CHANNELS;
/** The channels a consumer's app may name for itself. */
export const ZConsumerChannel = lazySchema(() => z.enum(['weapp', 'h5'], { error: '报告渠道应为 weapp 或 h5' }));

/** Injury levels of a clue report (是否造成伤害). */
export const INJURY_LEVELS = {
  none: '未造成伤害',
  minor: '轻微伤害',
  serious: '严重伤害',
  death: '死亡',
} as const;
export type InjuryLevel = keyof typeof INJURY_LEVELS;
export const ZInjuryLevel = lazySchema(() =>
  z.enum(Object.keys(INJURY_LEVELS) as [InjuryLevel, ...InjuryLevel[]], {
    error: '伤害程度应为 none、minor、serious 或 death',
  }),
);

/** Recall remedies (召回措施; 无害化处理 is in 办法 第六条). */
export const REMEDIES = {
  repair: '修理',
  replace: '更换',
  refund: '退货退款',
  relabel: '补充或修正警示标识',
  disposal: '无害化处理',
  other: '其他措施',
} as const;
export type Remedy = keyof typeof REMEDIES;
export const ZRemedy = lazySchema(() => z.enum(Object.keys(REMEDIES) as [Remedy, ...Remedy[]]));

export const RECALL_STATUSES = { ongoing: '召回中', completed: '已完成', rerecall: '重新召回' } as const;
export type RecallStatus = keyof typeof RECALL_STATUSES;
export const ZRecallStatus = lazySchema(() =>
  z.enum(Object.keys(RECALL_STATUSES) as [RecallStatus, ...RecallStatus[]]),
);
