import {
  addWorkingDaysProvisional,
  draftPressRelease,
  DocType,
  PLAN_CRITERIA,
  profileBureau,
  TCaseActionOption,
  TCompletion,
  todayInShanghai,
  type ProvinceProfile,
  type WorkingCalendar,
} from '@recall/shared';
import { EntityManager } from 'typeorm';
import { CaseDocument, Recall, RecallCase, TechnicalRequest } from '../db/entity';
import { cnDate } from '../documents/parts';
import { caseSteps } from './case-steps';
import type { FormData } from './forms';

type Prefill = Partial<Record<DocType, FormData>>;

/**
 * Initial values of the forms the caller may file now: what the case already knows, so nobody
 * types the product twice — the notice from the case, the plan from the notice, the summaries
 * from the plan and the live completion rate, the 新闻稿 drafted from the plan.
 */
export async function prefillFor(
  m: EntityManager,
  c: RecallCase,
  actions: TCaseActionOption[],
  completion: TCompletion | null,
  today: string,
  profile: ProvinceProfile,
  bureauName: string,
  cal: WorkingCalendar,
): Promise<Prefill> {
  const policy = profile.workflow;
  const wanted = new Set(actions.flatMap((a) => a.documents));
  if (!wanted.size) return {};
  const docs = await m.find(CaseDocument, { where: { caseId: c.id }, order: { id: 'DESC' } });
  const latest = (t: DocType): FormData | undefined => {
    const d = docs.find((x) => x.docType === t);
    return d?.data;
  };
  const notice = latest('recall_notice') ?? latest('defect_investigation_notice') ?? latest('investigation_notice');
  const product = {
    productName: c.productName,
    brand: c.brand ?? '',
    model: c.model ?? '',
    defect: (notice?.defect as string) ?? c.summary,
    consequence: (notice?.consequence as string) ?? '',
  };
  const plan = latest('recall_plan');
  const out: Prefill = {};
  const builders: Partial<Record<DocType, () => Promise<FormData> | FormData>> = {
    investigation_notice: () => ({
      ...product,
      reportDueOn: addWorkingDaysProvisional(today, policy.deadlines.defaultReportWorkingDays, cal).date,
    }),
    defect_investigation_notice: () => ({
      ...product,
      basis:
        c.state === 'investigation_notified'
          ? 'no_report'
          : c.state === 'report_received' || c.state === 'supplement_requested'
            ? 'insufficient'
            : 'direct',
    }),
    recall_notice: async () => ({
      ...product,
      investigationFrom: await investigationStart(m, c.id),
      investigationTo: today,
    }),
    // A supplement (辽 第十条) starts from the report already filed.
    investigation_report: () =>
      latest('investigation_report') ?? {
        producerName: c.producerName,
        uscc: c.producerUscc,
        productName: c.productName,
        brand: c.brand ?? '',
        modelSpec: c.model ?? '',
      },
    recall_plan: () =>
      plan ?? {
        producerName: c.producerName,
        productName: c.productName,
        brand: c.brand ?? '',
        models: c.model ? [c.model] : [],
        defect: product.defect,
        consequence: product.consequence,
        startDate: today,
      },
    recall_statement: () =>
      latest('recall_statement') ?? {
        ...pick(latest('investigation_report'), FROM_REPORT),
        producerName: c.producerName,
        uscc: c.producerUscc,
        productName: c.productName,
        brand: c.brand ?? '',
        modelSpec: c.model ?? '',
        consequence: product.consequence,
      },
    press_release: async () => {
      // A plan after the recall was published (重新召回) with more units is a 扩大召回.
      const earlier = c.recallId ? await m.findOneBy(Recall, { id: c.recallId }) : null;
      return draftPressRelease({
        producerName: c.producerName,
        bureauName,
        bureauPhone: profileBureau(profile, c.bureauCode)?.recallPhone,
        provinceRules: profile.recallRules,
        voluntary: !!c.voluntary,
        investigated: (await investigationStart(m, c.id)) !== undefined,
        website: latest('recall_statement')?.website as string | undefined,
        earlier: earlier ? { startDate: earlier.startDate, quantity: earlier.quantity } : null,
        plan: plan ?? {},
      });
    },
    stage_summary: async () => {
      const base = await summaryBase(m, c, plan, completion, today);
      // 本阶段召回数量: completed so far minus what earlier stage summaries reported.
      const earlier = docs
        .filter((d) => d.docType === 'stage_summary')
        .reduce((sum, d) => sum + Number(d.data.recalledQty ?? 0), 0);
      const stageQty = Math.max(0, Number(base.recalledQty) - earlier);
      const involved = Number(base.involvedQty);
      return {
        ...base,
        recalledQty: stageQty,
        actualRate: involved ? Math.round((stageQty / involved) * 1000) / 10 : 0,
        periodFrom: notAfter(latestStageEnd(docs) ?? c.recallStartOn ?? today, today),
        periodTo: today,
      };
    },
    final_summary: () => summaryBase(m, c, plan, completion, today),
  };
  // The bureau's review points start from the institution's form evaluation of this plan, if it has one.
  const evaluated = wanted.has('plan_review') || wanted.has('plan_return') ? await planEvaluation(m, c.id) : null;
  if (evaluated) {
    builders.plan_review = () => evaluated;
    builders.plan_return = () => evaluated;
  }
  for (const t of wanted) {
    const b = builders[t];
    if (b) out[t] = await b();
  }
  return out;
}

async function investigationStart(m: EntityManager, caseId: number): Promise<string | undefined> {
  const e = (await caseSteps(m, caseId)).find((s) => s.toState === 'defect_investigation');
  return e ? todayInShanghai(new Date(e.createdAt)) : undefined;
}

/** What 附件8 asks again of 附件2: the producer's lines and the product's facts. */
const FROM_REPORT = [
  'address',
  'postcode',
  'legalRep',
  'website',
  'principal',
  'principalTitle',
  'phone',
  'mobile',
  'fax',
  'email',
  'batches',
  'productionPeriod',
  'producedQty',
  'involvedQty',
  'origin',
  'appearance',
];

const pick = (data: FormData | undefined, keys: string[]): FormData =>
  Object.fromEntries(keys.filter((k) => data?.[k] !== undefined).map((k) => [k, data![k]]));

/** A period never runs backwards: a recall that starts later is reported on from today. */
const notAfter = (day: string, last: string): string => (day > last ? last : day);

/** The periods of 附件9/10 as the templates write them: '2026年3月10日至2026年11月26日'. */
function period(from: string | undefined | null, to: string | undefined | null): string {
  if (from && to) return `${cnDate(from)}至${cnDate(to)}`;
  return from ? `${cnDate(from)}起` : to ? `至${cnDate(to)}` : '';
}

function latestStageEnd(docs: CaseDocument[]): string | undefined {
  const d = docs.find((x) => x.docType === 'stage_summary');
  return d?.data.periodTo as string | undefined;
}

async function summaryBase(
  m: EntityManager,
  c: RecallCase,
  plan: FormData | undefined,
  completion: TCompletion | null,
  today: string,
): Promise<FormData> {
  const recall = c.recallId ? await m.findOneBy(Recall, { id: c.recallId }) : null;
  const published = recall?.publishedAt ? todayInShanghai(new Date(recall.publishedAt)) : null;
  const models = ((plan?.models as string[]) ?? []).join('、');
  const start = c.recallStartOn;
  return {
    recallNo: recall?.recallNo ?? '',
    announcedOn: published ?? today,
    productModel: `${c.productName} ${models}`.trim(),
    productionPeriod: period(plan?.productionFrom as string | undefined, plan?.productionTo as string | undefined),
    defect: (plan?.defect as string) ?? c.summary,
    recallPeriod: start && start > today ? period(start, null) : period(start, today),
    involvedQty: completion?.involved ?? 0,
    recalledQty: completion?.completed ?? 0,
    actualRate: completion?.rate ?? 0,
  };
}

/**
 * The latest answered 召回计划形式评估 on the case, answered after the latest plan was filed, as
 * the review form's criteria (met / unmet): the institution's checklist has the same keys.
 */
async function planEvaluation(m: EntityManager, caseId: number): Promise<FormData | null> {
  const [r] = await m.find(TechnicalRequest, {
    where: { caseId, kind: 'plan_evaluation', status: 'answered' },
    order: { id: 'DESC' },
    take: 1,
  });
  const plan = await m.findOne(CaseDocument, { where: { caseId, docType: 'recall_plan' }, order: { id: 'DESC' } });
  if (!r?.answer || !r.answeredAt || (plan && new Date(r.answeredAt) < new Date(plan.createdAt))) return null;
  const checklist = r.answer.checklist as Record<string, { result: string }>;
  return Object.fromEntries(PLAN_CRITERIA.map(([key]) => [key, checklist[key]?.result ?? '']));
}
