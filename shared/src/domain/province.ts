import { z } from 'zod';
import { NO_PROVINCE_STEPS, ZProvinceSteps } from './provinceSteps';

/** A province profile (config/provinces/<id>.json): bureaus and the routing policy as data. */
const ZBureauRef = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.string().min(1),
  /** 消费品召回管理工作联系电话 (附件7) when the bureau has published one; else consumers are sent to 12315. */
  recallPhone: z.string().min(3).optional(),
});

export const ZRoutingPolicy = z.object({
  /** Where a clue goes when the producer is registered in this province. */
  producerInProvince: z.enum(['producerCity', 'province']),
  /** Where it goes when the producer is registered in another province. */
  producerOutOfProvince: z.enum(['province']),
  /** Where it goes when the producer cannot be identified. */
  producerUnknown: z.enum(['regionCity', 'province']),
  /** Circumstances in which the province bureau is also informed (第十三条). */
  copyToProvinceWhen: z.array(z.enum(['death', 'serious', 'fire', 'largeScope'])),
  /** Whether a city bureau is informed of clues the province handles (Liaoning 第五条). */
  copyToCity: z.enum(['none', 'producerOrRegionCity']),
});

/** Deadlines and document numbering of the case workflow (苏 2025 第十一、十六条, 附件4). */
export const ZWorkflowPolicy = z.object({
  basis: z.string(),
  deadlines: z.object({
    /** Notify the producer to investigate within N working days of discovery (第十一条). */
    notifyProducerWorkingDays: z.number().int().positive(),
    /** Recall plan or written objection within N working days of receiving the recall notice (附件4). */
    planOrObjectionWorkingDays: z.number().int().positive(),
    /**
     * Recall plan within N working days after a finding is upheld (objection rejected) or a re-recall
     * ordered; 0 = the same day, 立即实施召回 (辽 第十四条). Absent: planOrObjectionWorkingDays.
     */
    planAfterFindingWorkingDays: z.number().int().nonnegative().optional(),
    /** Supplementary materials on the producer's report within N working days (辽 第十条; steps.supplementRequest). */
    supplementWorkingDays: z.number().int().positive().optional(),
    /** Final summary within N working days after the plan is completed (第十六条). */
    finalSummaryWorkingDays: z.number().int().positive(),
    /** A stage summary every N calendar months while a recall runs (第十六条). */
    stageSummaryMonths: z.number().int().positive(),
    /** Suggested report date in a new 调查分析通知书, in working days from issue. */
    defaultReportWorkingDays: z.number().int().positive(),
    /** A deadline this close (in working days) is listed as due soon. */
    dueSoonWorkingDays: z.number().int().nonnegative(),
  }),
  /** Document number template: {bureau} {word} {year} {n}. */
  docNumber: z.string().includes('{n}'),
});
export type WorkflowPolicy = z.infer<typeof ZWorkflowPolicy>;

/**
 * A 召回技术机构 (苏 第七条; 办法 第十六条): staff of the role `technical` belong to one by its code,
 * `T` + the region code it serves (T320000: the province's centre; a city's 分中心 would be T320500).
 */
const ZTechnicalInstitution = z.object({
  code: z.string().regex(/^T\d{6}$/),
  name: z.string().min(1),
});
export type TechnicalInstitution = z.infer<typeof ZTechnicalInstitution>;

export const ZProvinceProfile = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string(),
  regionCode: z.string().regex(/^\d{2}0000$/),
  basis: z.string(),
  /** The province's own recall rules as the 新闻稿 cites them, with 《》: 《江苏省缺陷消费品召回管理办法》. */
  recallRules: z.string().regex(/^《.+》$/),
  provinceBureau: ZBureauRef,
  cityBureaus: z.array(ZBureauRef.extend({ city: z.string() })).min(1),
  routing: ZRoutingPolicy,
  workflow: ZWorkflowPolicy,
  /** The technical institutions bureaus ask for 技术会商 and 风险评估 (none: the feature is unused). */
  technicalInstitutions: z.array(ZTechnicalInstitution).default([]),
  /** The province's own steps (委托核查、线索共享、要求补充材料); absent: none of them. */
  steps: ZProvinceSteps.default(NO_PROVINCE_STEPS),
});
export type ProvinceProfile = z.infer<typeof ZProvinceProfile>;
export type RoutingPolicy = z.infer<typeof ZRoutingPolicy>;
export type BureauRef = z.infer<typeof ZBureauRef>;

/** All bureaus of a profile, province first. */
export function profileBureaus(p: ProvinceProfile): Array<BureauRef & { level: 'province' | 'city' }> {
  return [
    { code: p.provinceBureau.code, name: p.provinceBureau.name, level: 'province' },
    ...p.cityBureaus.map((b) => ({ code: b.code, name: b.name, level: 'city' as const })),
  ];
}

/** A bureau of the profile by its code (the province's or a city's). */
export function profileBureau(p: ProvinceProfile, code: string): BureauRef | undefined {
  return [p.provinceBureau, ...p.cityBureaus].find((b) => b.code === code);
}

/** A technical institution of the profile by its code. */
export function profileInstitution(p: ProvinceProfile, code: string): TechnicalInstitution | undefined {
  return p.technicalInstitutions.find((t) => t.code === code);
}
