import { z } from 'zod';
import { deadlineStatus, type DeadlineStatus } from './deadlines';
import type { ProvinceProfile, WorkflowPolicy } from './province';
import { addWorkingDaysProvisional, officialCalendar, type WorkingCalendar } from './workingDays';
import { lazySchema } from '../schemas/lazy';

/**
 * A province's own steps besides the common workflow (辽市监发〔2020〕32号), each switched on by its
 * section of the profile (`steps`): absent or null, the province does not have the step and
 * nothing of it shows. Jiangsu has none of them; Liaoning has all.
 */

/** What the province commissions a lower bureau to do (辽 第五、九、十七条). */
export const COMMISSION_PURPOSES = {
  // 第九条: 市局、县级局根据省局要求 … 对可能存在缺陷的消费品信息进行核实.
  verify_clue: { label: '核实缺陷线索', subject: 'clue' },
  // 第十七条: 市局、县级局根据省局安排 … 核实生产者召回实施情况，及时反馈.
  supervise_recall: { label: '督促核查召回实施情况', subject: 'case' },
} as const satisfies Record<string, { label: string; subject: 'clue' | 'case' }>;
export type CommissionPurpose = keyof typeof COMMISSION_PURPOSES;
export const COMMISSION_PURPOSE_KEYS = Object.keys(COMMISSION_PURPOSES) as [CommissionPurpose, ...CommissionPurpose[]];

const basis = z.string().min(1);

export const ZProvinceSteps = lazySchema(() =>
  z.object({
    /** 委托核查、督促: the province asks a city or county bureau to verify or supervise, and gets its feedback. */
    commissioning: z
      .object({
        basis,
        purposes: z.array(z.enum(COMMISSION_PURPOSE_KEYS)).min(1),
        /** Which levels may be commissioned. */
        levels: z.array(z.enum(['city', 'county'])).min(1),
        /** Feedback is due N working days after the commission unless the province sets another day. */
        dueWorkingDays: z.number().int().positive(),
      })
      .nullable()
      .default(null),
    /** 线索共享 (辽 第八条): a clue the province receives is shared with these units within N working days. */
    clueSharing: z
      .object({
        basis,
        workingDays: z.number().int().positive(),
        /** The province's internal units (处室、单位) a clue may be shared with, by a short code. */
        units: z.array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), name: z.string().min(1) })).min(1),
        /** The city bureau the clue concerns (its copy, routing.copyToCity) is a recipient too. */
        withCity: z.boolean(),
      })
      .nullable()
      .default(null),
    /**
     * 要求补充材料 (辽 第十条): on the producer's report the province may ask for more; the materials are
     * due workflow.deadlines.supplementWorkingDays later (a deadline like the others, recounted with them).
     */
    supplementRequest: z.object({ basis }).nullable().default(null),
  }),
);
export type ProvinceSteps = z.infer<typeof ZProvinceSteps>;

/** The steps a profile without a `steps` section has: none of them. */
export const NO_PROVINCE_STEPS: ProvinceSteps = {
  commissioning: null,
  clueSharing: null,
  supplementRequest: null,
};

/** A capability a workflow step needs from the profile (a step without one is common to all provinces). */
export type StepCapability = 'supplementRequest';

/** Whether the province has a step that needs `capability` (none needed: every province has it). */
export function provinceHasStep(steps: ProvinceSteps, capability: StepCapability | undefined): boolean {
  return capability === undefined || steps[capability] !== null;
}

/** The n-th working day after `from` (the day itself not counted), provisional when the calendar lacks a year. */
function due(from: string, n: number, cal: WorkingCalendar) {
  const r = addWorkingDaysProvisional(from, n, cal);
  return { dueOn: r.date, provisional: r.provisional };
}

/** The default day a commission's feedback is due, or null when the province does not commission. */
export function commissionDefaultDue(
  steps: ProvinceSteps,
  from: string,
  cal: WorkingCalendar = officialCalendar,
): { dueOn: string; provisional: boolean } | null {
  return steps.commissioning ? due(from, steps.commissioning.dueWorkingDays, cal) : null;
}

/** The last day to share a clue received on `receivedOn`, or null when the province has no sharing rule. */
export function clueShareDue(
  steps: ProvinceSteps,
  receivedOn: string,
  cal: WorkingCalendar = officialCalendar,
): { dueOn: string; provisional: boolean } | null {
  return steps.clueSharing ? due(receivedOn, steps.clueSharing.workingDays, cal) : null;
}

export type CommissionTarget = { level: 'city' | 'county'; code: string; city: string };

/**
 * Whether a bureau may be commissioned: a city bureau of the profile, or a county under one (6-digit
 * code, not ending 00), at a level the profile allows. `isCounty` says whether a code is a real
 * county (the region table is Node only, so the server passes it in). Returns a reason otherwise.
 */
export function commissionTarget(
  p: ProvinceProfile & { steps: ProvinceSteps },
  code: string,
  isCounty: (code: string) => boolean,
): CommissionTarget | string {
  const c = p.steps.commissioning;
  if (!c) return '本省没有委托核查的程序';
  const city = p.cityBureaus.find((b) => b.code === `${code.slice(0, 4)}00`);
  if (!/^\d{6}$/.test(code) || !city) return '应为本省市局或县级市场监管局的行政区划代码';
  const level = code === city.code ? 'city' : 'county';
  if (level === 'county' && !isCounty(code)) return '应为本省市局或县级市场监管局的行政区划代码';
  if (!c.levels.includes(level)) return level === 'city' ? '本省不委托市局办理' : '本省不委托县级局办理';
  return { level, code, city: city.code };
}

/** A commission's or a sharing's state on `today`: done, or how its due date stands. */
export function dueState(
  policy: WorkflowPolicy,
  dueOn: string,
  done: boolean,
  today: string,
  cal: WorkingCalendar = officialCalendar,
): 'done' | DeadlineStatus {
  return done ? 'done' : deadlineStatus(dueOn, today, policy, cal);
}

/**
 * 线索报送 (辽 第八条): the units that report the clues they find to the recall division, and the
 * working days they have (the clue-sharing rule's); null where the profile has no clue sharing.
 */
export function clueUnitsOf(p: {
  steps: ProvinceSteps;
}): { workingDays: number; units: Array<{ code: string; name: string }> } | null {
  const rule = p.steps.clueSharing;
  return rule ? { workingDays: rule.workingDays, units: rule.units.map(({ code, name }) => ({ code, name })) } : null;
}
