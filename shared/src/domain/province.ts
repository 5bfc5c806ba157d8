import { z } from 'zod';
import { ZDocumentSet } from './documentSet';
import { NO_PROVINCE_STEPS, ZProvinceSteps } from './provinceSteps';
import { lazySchema } from '../schemas/lazy';

/** A province profile (config/provinces/<id>.json): bureaus and the routing policy as data. */
const ZBureauRef = lazySchema(() =>
  z.object({
    code: z.string().regex(/^\d{6}$/),
    name: z.string().min(1),
    /** 消费品召回管理工作联系电话 (附件7) when the bureau has published one; else consumers are sent to 12315. */
    recallPhone: z.string().min(3).optional(),
  }),
);

export const ZRoutingPolicy = lazySchema(() =>
  z.object({
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
  }),
);

/** Deadlines and document numbering of the case workflow (苏 2025 第十一、十六条, 附件4). */
export const ZWorkflowPolicy = lazySchema(() =>
  z.object({
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
      /** An e-commerce platform acts on a pushed recall (each measure) within N working days (seed 004; EU: 2). */
      platformActWorkingDays: z.number().int().positive().default(2),
    }),
    /** Document number template: {bureau} {word} {year} {n}. */
    docNumber: z.string().includes('{n}'),
  }),
);
export type WorkflowPolicy = z.infer<typeof ZWorkflowPolicy>;

/**
 * A 召回技术机构 (苏 第七条; 办法 第十六条): staff of the role `technical` belong to one by its code,
 * `T` + the region code it serves (T320000: the province's centre; a city's 分中心 would be T320500).
 */
const ZTechnicalInstitution = lazySchema(() =>
  z.object({
    code: z.string().regex(/^T\d{6}$/),
    name: z.string().min(1),
  }),
);
export type TechnicalInstitution = z.infer<typeof ZTechnicalInstitution>;

/**
 * Who does what in the case workflow (the province's rules as data). `province`: the province
 * bureau only, whoever handles the case (辽 第四、九条: only the province notifies producers);
 * `city`: the bureau handling the case — the city bureau where the case belongs, or the province
 * bureau on a case it handles itself (苏 第十三条); `county`: named so a profile can say it, and
 * refused below — county bureaus only assist here (they verify clues and deliver notices).
 */
export const DUTY_LEVELS = { province: '省局', city: '市局', county: '县级局' } as const;
export type DutyLevel = keyof typeof DUTY_LEVELS;
const ZDutyLevel = lazySchema(() => z.enum(['province', 'city', 'county']));

/** The notices (and acts addressed to the producer) whose issuer the profile decides, by document type. */
export const DUTY_NOTICES = {
  investigation_notice: '发出调查分析通知书',
  defect_investigation_notice: '发出缺陷调查通知书',
  recall_notice: '发出召回通知书',
  plan_return: '退回召回计划补正',
  rerecall_notice: '通知重新实施召回',
} as const;
export type DutyNotice = keyof typeof DUTY_NOTICES;

export const ZDuties = lazySchema(() =>
  z.object({
    /** The rule the division of work comes from, as refusals cite it. */
    basis: z.string().min(1),
    /** 立案: who opens a case (from a clue or its own discovery). */
    openCase: ZDutyLevel,
    /** Who issues each notice to the producer, in its own name and number. */
    notices: z.object(
      Object.fromEntries(Object.keys(DUTY_NOTICES).map((k) => [k, ZDutyLevel])) as Record<
        DutyNotice,
        typeof ZDutyLevel
      >,
    ),
    /** Who receives a producer's voluntary recall (主动召回): `city` is the producer's registration city bureau. */
    voluntaryRecall: ZDutyLevel,
    /** Who reviews a recall plan (accepts it or returns it for correction). */
    acceptPlan: ZDutyLevel,
    /** Who publishes the accepted plan and its 新闻稿 (done in the same step as accepting it). */
    publish: ZDutyLevel,
  }),
);
export type Duties = z.infer<typeof ZDuties>;

/** Duty names as people read them (refusals, validation messages). */
export const DUTY_LABELS: Record<Exclude<keyof Duties, 'basis' | 'notices'>, string> = {
  openCase: '立案',
  voluntaryRecall: '受理主动召回',
  acceptPlan: '审查召回计划',
  publish: '公示召回计划并发布新闻稿',
};

/**
 * Divisions of work the product cannot carry out, refused when the profile is read: a case is
 * handled by one bureau, so a city can act only on cases it handles, and accepting a plan is the
 * step that publishes it (第十五条).
 */
function checkDuties(d: Duties, ctx: z.RefinementCtx): void {
  const at = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path: ['duties', ...path], message });
  const all: Array<[string[], DutyLevel, string]> = [
    [['openCase'], d.openCase, DUTY_LABELS.openCase],
    ...Object.entries(d.notices).map(([k, v]): [string[], DutyLevel, string] => [
      ['notices', k],
      v,
      DUTY_NOTICES[k as DutyNotice],
    ]),
    [['voluntaryRecall'], d.voluntaryRecall, DUTY_LABELS.voluntaryRecall],
    [['acceptPlan'], d.acceptPlan, DUTY_LABELS.acceptPlan],
    [['publish'], d.publish, DUTY_LABELS.publish],
  ];
  for (const [path, level, label] of all)
    if (level === 'county')
      at(path, `县级局在本系统中只协助核查线索、送达文书，不能承担「${label}」，应为 province 或 city`);
  if (d.openCase === 'province')
    for (const [k, v] of Object.entries(d.notices))
      if (v === 'city')
        at(
          ['notices', k],
          `立案由省局负责时案件由省局承办，「${DUTY_NOTICES[k as DutyNotice]}」也应由省局负责（province）`,
        );
  if (d.openCase === 'province' && d.voluntaryRecall === 'province' && d.acceptPlan === 'city')
    at(['acceptPlan'], '立案和受理主动召回都由省局负责时，市局不承办任何案件，审查召回计划应由省局负责（province）');
  if (d.publish !== d.acceptPlan)
    at(['publish'], `接受召回计划与公示是同一步（第十五条），publish 应与 acceptPlan（${d.acceptPlan}）相同`);
}

/** Bureau codes in the province's range: cities end in 00, zones follow the zone scheme above. */
function checkBureauCodes(
  p: { regionCode: string; cityBureaus: Array<{ code: string; zone?: true }> },
  ctx: z.RefinementCtx,
): void {
  const pp = p.regionCode.slice(0, 2);
  p.cityBureaus.forEach((b, i) => {
    const ok = b.zone ? new RegExp(`^${pp}9\\d00$`).test(b.code) : b.code.startsWith(pp) && b.code.endsWith('00');
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        path: ['cityBureaus', i, 'code'],
        message: b.zone
          ? `示范区等没有行政区划代码的市级局，代码应为 ${pp}9n00（如 ${pp}9000）`
          : `市局代码应为本省（${pp}）地级市的行政区划代码，以 00 结尾`,
      });
  });
}

export const ZProvinceProfile = lazySchema(() =>
  z
    .object({
      id: z.string().regex(/^[a-z]+$/),
      name: z.string(),
      regionCode: z.string().regex(/^\d{2}0000$/),
      basis: z.string(),
      /** The province's own recall rules as the 新闻稿 cites them, with 《》: 《江苏省缺陷消费品召回管理办法》. */
      recallRules: z.string().regex(/^《.+》$/),
      provinceBureau: ZBureauRef,
      /**
       * City-level bureaus. A zone with a city-level bureau but no GB/T 2260 code of its own (沈抚改革创新示范区)
       * is marked `zone: true` and numbered `<province's two digits>9<n>00` (219000): a range the national
       * table leaves unused, so no consumer's or producer's region ever routes to it by mistake.
       */
      cityBureaus: z.array(ZBureauRef.extend({ city: z.string(), zone: z.literal(true).optional() })).min(1),
      routing: ZRoutingPolicy,
      workflow: ZWorkflowPolicy,
      /** The technical institutions bureaus ask for 技术会商 and 风险评估 (none: the feature is unused). */
      technicalInstitutions: z.array(ZTechnicalInstitution).default([]),
      /** Who opens cases, issues notices, receives voluntary recalls, accepts and publishes plans. */
      duties: ZDuties,
      /** The province's document set: titles, 附件 numbers and the rules each document cites (documentSet.ts). */
      documents: ZDocumentSet,
      /** The province's own steps (委托核查、线索共享、要求补充材料); absent: none of them. */
      steps: ZProvinceSteps.default(NO_PROVINCE_STEPS),
    })
    .superRefine((p, ctx) => {
      checkDuties(p.duties, ctx);
      checkBureauCodes(p, ctx);
    }),
);
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
