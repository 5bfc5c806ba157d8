import type { Role } from '../enums';
import { DUTY_LABELS, DUTY_NOTICES, DutyLevel, DutyNotice, ProvinceProfile } from './province';
import { provinceHasStep } from './provinceSteps';
import { type Actor, type CaseState, type CaseStep, TRANSITIONS, type Transition } from './workflow';

/**
 * The profile's division of work (`duties`) applied to the case workflow. The workflow table says
 * a step is the handling bureau's; the profile says which level that is in this province. A step
 * whose duty lies with the province is the province bureau's on every case (a city bureau handling
 * the case cannot take it, the province can); a `city` duty leaves the table as it is.
 */

/** The duties a step performs, as paths into `duties` (openCase, notices.recall_notice, …). */
export function stepDuties(step: CaseStep): string[] {
  const out: string[] = [];
  if (step.action === 'open') out.push('openCase');
  if (step.action === 'voluntary') out.push('voluntaryRecall');
  for (const d of step.documents) if (d in DUTY_NOTICES) out.push(`notices.${d}`);
  // Reviewing a plan: the bureau's steps on a submitted plan (accept it, or return it for correction).
  if (step.from.includes('plan_submitted') && step.actors.includes('handler')) out.push('acceptPlan');
  if (step.effects?.includes('publishRecall')) out.push('publish');
  return out;
}

function levelOf(p: ProvinceProfile, duty: string): DutyLevel {
  const [head, notice] = duty.split('.');
  return head === 'notices'
    ? p.duties.notices[notice as DutyNotice]
    : (p.duties[head as keyof typeof DUTY_LABELS] as DutyLevel);
}

/** The level a step belongs to in this province: `province` when any of its duties is the province's. */
export function stepLevel(p: ProvinceProfile, step: CaseStep): DutyLevel {
  return stepDuties(step).some((d) => levelOf(p, d) === 'province') ? 'province' : 'city';
}

/**
 * The actors a caller is for one step, the duties applied: on a step of the province's, province
 * staff act as the handler on any case and nobody else does. `actors` is what the caller is to
 * the case (handler / province / producer); `role` is the caller's account role.
 */
export function actorsForStep(p: ProvinceProfile, step: CaseStep, actors: readonly Actor[], role: Role): Actor[] {
  if (!step.actors.includes('handler') || stepLevel(p, step) !== 'province') return [...actors];
  const others = actors.filter((a) => a !== 'handler');
  return role === 'province' && actors.length ? ['handler', ...others] : others;
}

/** Whether the caller may take the step on a case where it is `actors`. */
export function mayTakeStep(p: ProvinceProfile, step: CaseStep, actors: readonly Actor[], role: Role): boolean {
  const mine = actorsForStep(p, step, actors, role);
  return step.actors.some((a) => mine.includes(a));
}

/** The transitions open to the caller from `state` (guards are the caller's to check). */
export function transitionsForCaller(
  p: ProvinceProfile,
  state: CaseState,
  actors: readonly Actor[],
  role: Role,
): Transition[] {
  return TRANSITIONS.filter(
    (t) => t.from.includes(state) && provinceHasStep(p.steps, t.needs) && mayTakeStep(p, t, actors, role),
  );
}

/**
 * Why a bureau that would handle the step may not take it in this province, for the 403 it gets:
 * 在辽宁省，「立案」由辽宁省市场监督管理局负责，市局协助（依据：…）. Null when the step is not the province's.
 */
export function dutyRefusal(p: ProvinceProfile, step: CaseStep): string | null {
  if (stepLevel(p, step) !== 'province') return null;
  return `在${p.name}，「${step.label}」由${p.provinceBureau.name}负责，市、县级局协助（依据：${p.duties.basis}）`;
}

/** Whether staff of this role may open cases (立案) here. */
export function mayOpenCase(p: ProvinceProfile, role: Role): boolean {
  if (role === 'province') return true;
  return role === 'bureau' && p.duties.openCase === 'city';
}

/** The bureau that issues a notice on a case handled by `handlerCode`: the province when the notice is its duty. */
export function noticeIssuer(p: ProvinceProfile, type: string, handlerCode: string): string {
  return type in DUTY_NOTICES && p.duties.notices[type as DutyNotice] === 'province'
    ? p.provinceBureau.code
    : handlerCode;
}

/**
 * The bureau a producer's voluntary recall goes to (主动召回): the province when it receives them
 * (辽 第四条(三)); else the bureau of the producer's registration city (USCC characters 3–6),
 * the province when that city has no bureau in the profile.
 */
export function voluntaryRecallBureau(p: ProvinceProfile, uscc: string): string {
  if (p.duties.voluntaryRecall === 'province') return p.provinceBureau.code;
  const city = `${uscc.slice(2, 6)}00`;
  return p.cityBureaus.some((b) => b.code === city) ? city : p.provinceBureau.code;
}

/**
 * The levels a clue may be transferred to (移送) for handling. Handling a clue ends in 立案 or in
 * closing it; where only the province opens cases (openCase: province), a city bureau handed the
 * clue could do neither well and the clue would stall there. So it goes to the province only, and
 * the province that wants a city or county to look into it commissions the check instead (委托核查,
 * 辽 第九条), keeping the clue. Where cities open cases, a clue may go to either level.
 */
export function clueTransferLevels(p: ProvinceProfile): Array<'province' | 'city'> {
  return p.duties.openCase === 'province' ? ['province'] : ['province', 'city'];
}

/** Why a clue may not be transferred to a bureau of `level` here (the 400 it gets), or null when it may. */
export function clueTransferRefusal(p: ProvinceProfile, level: 'province' | 'city'): string | null {
  if (clueTransferLevels(p).includes(level)) return null;
  const instead = p.steps.commissioning?.purposes.includes('verify_clue')
    ? '需要市、县级局核实的，请委托核查，线索仍由省局办理'
    : '线索由省局办理';
  return `在${p.name}，「立案」由${p.provinceBureau.name}负责，线索不能移送市局办理；${instead}（依据：${p.duties.basis}）`;
}
