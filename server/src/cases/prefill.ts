import {
  addWorkingDaysProvisional,
  draftPressRelease,
  DocType,
  profileBureau,
  TCaseActionOption,
  TCompletion,
  todayInShanghai,
  type ProvinceProfile,
  type WorkingCalendar,
} from '@recall/shared';
import { EntityManager } from 'typeorm';
import { CaseDocument, Recall, RecallCase } from '../db/entity';
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
        c.state === 'investigation_notified' ? 'no_report' : c.state === 'report_received' ? 'insufficient' : 'direct',
    }),
    recall_notice: async () => ({
      ...product,
      investigationFrom: await investigationStart(m, c.id),
      investigationTo: today,
    }),
    investigation_report: () => ({
      producerName: c.producerName,
      uscc: c.producerUscc,
      productName: c.productName,
      brand: c.brand ?? '',
      modelSpec: c.model ?? '',
    }),
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
        periodFrom: latestStageEnd(docs) ?? c.recallStartOn ?? today,
        periodTo: today,
      };
    },
    final_summary: () => summaryBase(m, c, plan, completion, today),
  };
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
  const period =
    plan?.productionFrom || plan?.productionTo ? `${plan?.productionFrom ?? ''} 至 ${plan?.productionTo ?? ''}` : '';
  return {
    recallNo: recall?.recallNo ?? '',
    announcedOn: published ?? today,
    productModel: `${c.productName} ${models}`.trim(),
    productionPeriod: period,
    defect: (plan?.defect as string) ?? c.summary,
    recallPeriod: `${c.recallStartOn ?? ''} 至 ${today}`,
    involvedQty: completion?.involved ?? 0,
    recalledQty: completion?.completed ?? 0,
    actualRate: completion?.rate ?? 0,
  };
}
