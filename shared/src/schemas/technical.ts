import { z } from 'zod';
import { ZClueView } from './clue';
import { ZCaseSummary } from './case';
import { zId, zIsoDate, zPageNumber, zText } from './fields';

/**
 * The technical institution (召回技术机构, 苏 第七、九、十三条; 办法 第十六条): a city bureau or the
 * province asks it for a technical consultation (技术会商) on a clue or a case, or for a risk
 * assessment (风险评估) on a case; it answers with a consultation record or a risk-assessment report,
 * which the determination of the defect may cite as its basis.
 */
export const TECHNICAL_KINDS = {
  consultation: '技术会商',
  risk_assessment: '风险评估',
} as const;
export type TechnicalKind = keyof typeof TECHNICAL_KINDS;
export const ZTechnicalKind = z.enum(Object.keys(TECHNICAL_KINDS) as [TechnicalKind, ...TechnicalKind[]], {
  error: '请求类型应为 consultation（技术会商）或 risk_assessment（风险评估）',
});

export const TECHNICAL_STATUSES = { pending: '待答复', answered: '已答复' } as const;
export type TechnicalStatus = keyof typeof TECHNICAL_STATUSES;
export const ZTechnicalStatus = z.enum(Object.keys(TECHNICAL_STATUSES) as [TechnicalStatus, ...TechnicalStatus[]]);

/** 风险等级 of a risk-assessment report. */
export const RISK_LEVELS = { high: '高风险', medium: '中风险', low: '低风险' } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const ZRiskLevel = z.enum(Object.keys(RISK_LEVELS) as [RiskLevel, ...RiskLevel[]], {
  error: '风险等级应为 high、medium 或 low',
});

const zFileIds = (label: string, min = 0) =>
  z
    .array(z.string({ error: `${label}应为上传编号` }).max(64), { error: `${label}应为数组` })
    .min(min, { error: `请上传${label}` })
    .max(9, { error: `${label}最多 9 个` })
    .default([]);

/** POST /api/technical/requests — a bureau or the province asks the institution. */
export const ZTechnicalRequestCreate = z
  .object({
    kind: ZTechnicalKind,
    clueId: zId.optional(),
    caseId: zId.optional(),
    /** The institution asked (its code in the province profile); the province's centre when omitted. */
    institutionCode: z.string({ error: '技术机构代码应为文本' }).max(18).optional(),
    question: zText('需会商或评估的问题', 2000),
    /** Photos or scans of the materials (ids from /api/uploads, the caller's own). */
    materialIds: zFileIds('材料'),
    dueOn: zIsoDate('答复期限'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'risk_assessment' && !v.caseId)
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: '风险评估针对案件，请指定案件' });
    else if (!v.clueId === !v.caseId)
      ctx.addIssue({ code: 'custom', path: ['clueId'], message: '请指定一条线索或一个案件（二者选一）' });
  });
export type TTechnicalRequestCreate = z.infer<typeof ZTechnicalRequestCreate>;

/** POST /api/technical/requests/:id/consultation — the institution's 技术会商 record. */
export const ZConsultationAnswer = z.object({
  /** 参加会商的专家和人员 (name and unit, one per line). */
  participants: z
    .array(zText('参加人员', 100), { error: '参加人员应为数组' })
    .min(1, { error: '请填写参加会商的专家或人员' })
    .max(30, { error: '参加人员最多 30 名' }),
  opinion: zText('会商意见', 4000),
  conclusion: zText('会商结论', 1000),
  fileIds: zFileIds('附件'),
});
export type TConsultationAnswer = z.infer<typeof ZConsultationAnswer>;

/** POST /api/technical/requests/:id/assessment — the institution's 风险评估报告 (办法 第十六条). */
export const ZRiskReportAnswer = z.object({
  /** 危害: what harm the product may do to people or property. */
  hazard: zText('危害描述', 2000),
  riskLevel: ZRiskLevel,
  /** 影响范围: batches, quantity, regions, users. */
  scope: zText('影响范围', 1000),
  /** 评估依据: standards, tests, incidents. */
  basis: zText('评估依据', 2000),
  conclusion: zText('评估结论', 1000),
  fileIds: zFileIds('评估报告文件', 1),
});
export type TRiskReportAnswer = z.infer<typeof ZRiskReportAnswer>;

const ZFileLink = z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() });

export const ZTechnicalAnswerView = z.object({
  answeredAt: z.string(),
  /** The date of the record or report (报告日期), as a determination cites it. */
  answeredOn: z.string(),
  answeredBy: z.string(),
  consultation: ZConsultationAnswer.omit({ fileIds: true }).nullable(),
  report: ZRiskReportAnswer.omit({ fileIds: true }).extend({ riskLevelLabel: z.string() }).nullable(),
  files: z.array(ZFileLink),
});

export const ZTechnicalRequestView = z.object({
  id: z.number().int(),
  kind: ZTechnicalKind,
  kindLabel: z.string(),
  status: ZTechnicalStatus,
  statusLabel: z.string(),
  subject: z.object({
    type: z.enum(['clue', 'case']),
    id: z.number().int(),
    /** 线索编号 or 案件编号, with the product: what the institution is asked about. */
    label: z.string(),
    productName: z.string(),
  }),
  institutionCode: z.string(),
  institutionName: z.string(),
  requesterCode: z.string(),
  requesterName: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  question: z.string(),
  materials: z.array(ZFileLink),
  dueOn: z.string(),
  /** Not answered and past its due date. */
  overdue: z.boolean(),
  answer: ZTechnicalAnswerView.nullable(),
  /** The determination that cites this report as its basis (召回通知书), once it does. */
  citedBy: z.object({ docNo: z.string().nullable(), citedAt: z.string() }).nullable(),
});
export type TTechnicalRequestView = z.infer<typeof ZTechnicalRequestView>;

/** GET /api/technical/requests/:id — the request with what the institution may read of its subject. */
export const ZTechnicalRequestDetail = ZTechnicalRequestView.extend({
  /** The clue asked about; the reporter's personal data masked. */
  clue: ZClueView.omit({ timeline: true }).nullable(),
  case: ZCaseSummary.extend({
    model: z.string().nullable(),
    summary: z.string(),
    discoveredOn: z.string(),
    defectClassName: z.string().nullable(),
  }).nullable(),
});
export type TTechnicalRequestDetail = z.infer<typeof ZTechnicalRequestDetail>;

export const ZTechnicalRequestListQuery = z.object({
  clueId: zId.optional(),
  caseId: zId.optional(),
  status: ZTechnicalStatus.optional(),
  kind: ZTechnicalKind.optional(),
  page: zPageNumber('页码', 10000, 1),
  pageSize: zPageNumber('每页条数', 100, 20),
});
export type TTechnicalRequestListQuery = z.infer<typeof ZTechnicalRequestListQuery>;
export const ZTechnicalRequestList = z.object({
  items: z.array(ZTechnicalRequestView),
  total: z.number().int(),
  counts: z.object({ pending: z.number().int(), answered: z.number().int(), overdue: z.number().int() }),
});
export type TTechnicalRequestList = z.infer<typeof ZTechnicalRequestList>;

export const ZTechnicalInstitutionList = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});
