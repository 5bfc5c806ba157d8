import { z } from 'zod';
import { PLAN_CRITERIA } from '../documents/forms';
import { ZClueView } from './clue';
import { ZCaseSummary } from './case';
import { zCount, zId, zIsoDate, zOptionalText, zPageNumber, zText } from './fields';
import { lazySchema } from './lazy';

/**
 * The technical institution (召回技术机构, 苏 第七、九、十三条; 办法 第十六条): a city bureau or the
 * province asks it for a technical consultation (技术会商) on a clue or a case, or for a risk
 * assessment (风险评估) on a case; it answers with a consultation record or a risk-assessment report,
 * which the determination of the defect may cite as its basis.
 */
export const TECHNICAL_KINDS = {
  consultation: '技术会商',
  risk_assessment: '风险评估',
  /** 召回计划形式评估 (苏 第十四条): batches accurate, quantity true, content complete, measures feasible. */
  plan_evaluation: '召回计划形式评估',
  /** 召回效果评估 (办法 第十六条): how much of the recall was done, and whether it worked. */
  effect_evaluation: '召回效果评估',
} as const;
export type TechnicalKind = keyof typeof TECHNICAL_KINDS;
export const ZTechnicalKind = lazySchema(() =>
  z.enum(Object.keys(TECHNICAL_KINDS) as [TechnicalKind, ...TechnicalKind[]], {
    error:
      '请求类型应为 consultation（技术会商）、risk_assessment（风险评估）、plan_evaluation（召回计划形式评估）或 effect_evaluation（召回效果评估）',
  }),
);
/** What the institution files in answer to each kind of request. */
export const TECHNICAL_ANSWERS: Record<TechnicalKind, string> = {
  consultation: '技术会商记录',
  risk_assessment: '风险评估报告',
  plan_evaluation: '召回计划形式评估意见',
  effect_evaluation: '召回效果评估报告',
};

export const TECHNICAL_STATUSES = { pending: '待答复', answered: '已答复' } as const;
export type TechnicalStatus = keyof typeof TECHNICAL_STATUSES;
export const ZTechnicalStatus = lazySchema(() =>
  z.enum(Object.keys(TECHNICAL_STATUSES) as [TechnicalStatus, ...TechnicalStatus[]]),
);

/** 风险等级 of a risk-assessment report. */
export const RISK_LEVELS = { high: '高风险', medium: '中风险', low: '低风险' } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const ZRiskLevel = lazySchema(() =>
  z.enum(Object.keys(RISK_LEVELS) as [RiskLevel, ...RiskLevel[]], {
    error: '风险等级应为 high、medium 或 low',
  }),
);

const zExpertIds = lazySchema(() =>
  z.array(zId, { error: '专家应为专家库中的编号数组' }).max(30, { error: '专家最多 30 名' }).default([]),
);

const zFileIds = (label: string, min = 0) =>
  z
    .array(z.string({ error: `${label}应为上传编号` }).max(64), { error: `${label}应为数组` })
    .min(min, { error: `请上传${label}` })
    .max(9, { error: `${label}最多 9 个` })
    .default([]);

/** POST /api/technical/requests — a bureau or the province asks the institution. */
export const ZTechnicalRequestCreate = lazySchema(() =>
  z
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
      /** 技术会商: experts from the library (专家库) the bureau proposes. */
      expertIds: zExpertIds,
    })
    .superRefine((v, ctx) => {
      if (v.kind !== 'consultation' && !v.caseId)
        ctx.addIssue({ code: 'custom', path: ['caseId'], message: `${TECHNICAL_KINDS[v.kind]}针对案件，请指定案件` });
      else if (!v.clueId === !v.caseId)
        ctx.addIssue({ code: 'custom', path: ['clueId'], message: '请指定一条线索或一个案件（二者选一）' });
    }),
);
export type TTechnicalRequestCreate = z.infer<typeof ZTechnicalRequestCreate>;

/** POST /api/technical/requests/:id/consultation — the institution's 技术会商 record. */
export const ZConsultationAnswer = lazySchema(() =>
  z.object({
    /** 参加会商的专家和人员 (name and unit, one per line). */
    participants: z
      .array(zText('参加人员', 100), { error: '参加人员应为数组' })
      .min(1, { error: '请填写参加会商的专家或人员' })
      .max(30, { error: '参加人员最多 30 名' }),
    /** The library's experts among the participants (专家库, 办法 第十二条). */
    expertIds: zExpertIds,
    opinion: zText('会商意见', 4000),
    conclusion: zText('会商结论', 1000),
    fileIds: zFileIds('附件'),
  }),
);
export type TConsultationAnswer = z.infer<typeof ZConsultationAnswer>;

/** POST /api/technical/requests/:id/assessment — the institution's 风险评估报告 (办法 第十六条). */
export const ZRiskReportAnswer = lazySchema(() =>
  z.object({
    /** 危害: what harm the product may do to people or property. */
    hazard: zText('危害描述', 2000),
    riskLevel: ZRiskLevel,
    /** 影响范围: batches, quantity, regions, users. */
    scope: zText('影响范围', 1000),
    /** 评估依据: standards, tests, incidents. */
    basis: zText('评估依据', 2000),
    conclusion: zText('评估结论', 1000),
    fileIds: zFileIds('评估报告文件', 1),
  }),
);
export type TRiskReportAnswer = z.infer<typeof ZRiskReportAnswer>;

/**
 * The four points of the form evaluation of a recall plan (苏 第十四条) are the bureau's own review
 * points (PLAN_CRITERIA of the 审查记录 and 退回 forms), with the same keys and results, so the
 * institution's answer reads straight into the bureau's review.
 */
export type PlanCriterion = (typeof PLAN_CRITERIA)[number][0];
export const PLAN_CRITERION_KEYS = PLAN_CRITERIA.map(([key]) => key) as PlanCriterion[];
const criterionLabel = (key: PlanCriterion) => PLAN_CRITERIA.find(([k]) => k === key)![1];

export const CHECK_RESULTS = { met: '符合', unmet: '不符合' } as const;
export type CheckResult = keyof typeof CHECK_RESULTS;
const ZCheck = (label: string) =>
  z
    .object(
      {
        result: z.enum(['met', 'unmet'], { error: `${label}：评估结果应为 met（符合）或 unmet（不符合）` }),
        note: zOptionalText(`${label}的说明`, 1000).default(''),
      },
      { error: `请评估“${label}”` },
    )
    // A point not met says why, so the bureau can tell the producer what to correct.
    .refine((c) => c.result === 'met' || c.note.length > 0, {
      error: `${label}不符合，请说明原因`,
      path: ['note'],
    });

export const PLAN_CONCLUSIONS = {
  acceptable: '形式审查符合要求，建议接受',
  revise: '形式审查不符合要求，建议退回补正',
} as const;
export type PlanConclusion = keyof typeof PLAN_CONCLUSIONS;

/** POST /api/technical/requests/:id/plan-evaluation — the institution's 召回计划形式评估意见. */
export const ZPlanEvaluationAnswer = lazySchema(() =>
  z
    .object({
      checklist: z.object(
        {
          batchesAccurate: ZCheck(criterionLabel('batchesAccurate')),
          quantityTrue: ZCheck(criterionLabel('quantityTrue')),
          contentComplete: ZCheck(criterionLabel('contentComplete')),
          measuresFeasible: ZCheck(criterionLabel('measuresFeasible')),
        },
        { error: '请逐项填写评估结果' },
      ),
      conclusion: z.enum(['acceptable', 'revise'], {
        error: '评估结论应为 acceptable（建议接受）或 revise（建议退回补正）',
      }),
      opinion: zText('评估意见', 2000),
      fileIds: zFileIds('附件'),
    })
    .refine((v) => planConclusionFits(v.checklist, v.conclusion), {
      error: '有不符合的项目时，结论应为建议退回补正',
      path: ['conclusion'],
    }),
);
export type TPlanEvaluationAnswer = z.infer<typeof ZPlanEvaluationAnswer>;

/** A plan with any point not met cannot be recommended for acceptance. */
export function planConclusionFits(
  checklist: Record<PlanCriterion, { result: CheckResult }>,
  conclusion: PlanConclusion,
): boolean {
  return conclusion === 'revise' || PLAN_CRITERION_KEYS.every((k) => checklist[k].result === 'met');
}

export const EFFECT_CONCLUSIONS = {
  effective: '召回有效',
  insufficient: '需补充召回措施',
} as const;
export type EffectConclusion = keyof typeof EFFECT_CONCLUSIONS;

/** POST /api/technical/requests/:id/effect-evaluation — the institution's 召回效果评估报告 (办法 第十六条). */
export const ZEffectEvaluationAnswer = lazySchema(() =>
  z
    .object({
      /** 召回范围内的产品数量. */
      unitsInScope: zCount('召回范围内的产品数量', 1),
      /** 已召回（退货、更换、修理、无害化处理）的数量. */
      unitsRemedied: zCount('已召回处理的数量'),
      /** 已覆盖的销售渠道和告知方式. */
      channelsReached: zText('已覆盖的销售渠道', 1000),
      residualRisk: zText('剩余风险', 1000),
      conclusion: z.enum(['effective', 'insufficient'], {
        error: '评估结论应为 effective（召回有效）或 insufficient（需补充召回措施）',
      }),
      opinion: zText('评估意见', 2000),
      fileIds: zFileIds('评估报告文件'),
    })
    .refine((v) => v.unitsRemedied <= v.unitsInScope, {
      error: '已召回处理的数量不能超过召回范围内的数量',
      path: ['unitsRemedied'],
    }),
);
export type TEffectEvaluationAnswer = z.infer<typeof ZEffectEvaluationAnswer>;

/** 完成率 in percent with one decimal, as the bulletin prints it. */
export const effectRate = (remedied: number, inScope: number): number =>
  inScope > 0 ? Math.round((remedied / inScope) * 1000) / 10 : 0;

/** An expert as a request or a record names them; the name masked for all but the province and admins. */
export const ZExpertRef = lazySchema(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    organisation: z.string(),
    title: z.string(),
  }),
);
export type TExpertRef = z.infer<typeof ZExpertRef>;

const ZFileLink = lazySchema(() => z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() }));

export const ZTechnicalAnswerView = lazySchema(() =>
  z.object({
    answeredAt: z.string(),
    /** The date of the record or report (报告日期), as a determination cites it. */
    answeredOn: z.string(),
    answeredBy: z.string(),
    consultation: ZConsultationAnswer.omit({ fileIds: true, expertIds: true })
      .extend({ experts: z.array(ZExpertRef) })
      .nullable(),
    report: ZRiskReportAnswer.omit({ fileIds: true }).extend({ riskLevelLabel: z.string() }).nullable(),
    planEvaluation: z
      .object({
        checklist: z.array(
          z.object({
            key: z.enum(PLAN_CRITERION_KEYS as [PlanCriterion, ...PlanCriterion[]]),
            label: z.string(),
            result: z.enum(['met', 'unmet']),
            resultLabel: z.string(),
            note: z.string(),
          }),
        ),
        conclusion: z.enum(['acceptable', 'revise']),
        conclusionLabel: z.string(),
        opinion: z.string(),
      })
      .nullable(),
    effectEvaluation: z
      .object({
        unitsInScope: z.number().int(),
        unitsRemedied: z.number().int(),
        /** 完成率, percent. */
        rate: z.number(),
        channelsReached: z.string(),
        residualRisk: z.string(),
        conclusion: z.enum(['effective', 'insufficient']),
        conclusionLabel: z.string(),
        opinion: z.string(),
      })
      .nullable(),
    files: z.array(ZFileLink),
  }),
);

export const ZTechnicalRequestView = lazySchema(() =>
  z.object({
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
    /** Experts from the library the asker proposed for a 技术会商. */
    experts: z.array(ZExpertRef),
    dueOn: z.string(),
    /** Not answered and past its due date. */
    overdue: z.boolean(),
    answer: ZTechnicalAnswerView.nullable(),
    /** The determination that cites this report as its basis (召回通知书), once it does. */
    citedBy: z.object({ docNo: z.string().nullable(), citedAt: z.string() }).nullable(),
  }),
);
export type TTechnicalRequestView = z.infer<typeof ZTechnicalRequestView>;

/** GET /api/technical/requests/:id — the request with what the institution may read of its subject. */
export const ZTechnicalRequestDetail = lazySchema(() =>
  ZTechnicalRequestView.extend({
    /** The clue asked about; the reporter's personal data masked. */
    clue: ZClueView.omit({ timeline: true }).nullable(),
    case: ZCaseSummary.extend({
      model: z.string().nullable(),
      summary: z.string(),
      discoveredOn: z.string(),
      defectClassName: z.string().nullable(),
      /** What the producer's filings report done (召回效果评估 starts from these figures). */
      completion: z.object({ involved: z.number().int(), completed: z.number().int(), rate: z.number() }).nullable(),
    }).nullable(),
  }),
);
export type TTechnicalRequestDetail = z.infer<typeof ZTechnicalRequestDetail>;

export const ZTechnicalRequestListQuery = lazySchema(() =>
  z.object({
    clueId: zId.optional(),
    caseId: zId.optional(),
    status: ZTechnicalStatus.optional(),
    kind: ZTechnicalKind.optional(),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TTechnicalRequestListQuery = z.infer<typeof ZTechnicalRequestListQuery>;
export const ZTechnicalRequestList = lazySchema(() =>
  z.object({
    items: z.array(ZTechnicalRequestView),
    total: z.number().int(),
    counts: z.object({ pending: z.number().int(), answered: z.number().int(), overdue: z.number().int() }),
  }),
);
export type TTechnicalRequestList = z.infer<typeof ZTechnicalRequestList>;

export const ZTechnicalInstitutionList = lazySchema(() =>
  z.object({
    items: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
);
