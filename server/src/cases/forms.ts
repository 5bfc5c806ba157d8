import {
  DOC_FORMS,
  DOC_SCHEMAS,
  PAPER_RECEIPT_SCHEMA,
  DocType,
  TErrorIssue,
  ZRecallImportLine,
  type TRecallImportLine,
} from '@recall/shared';
import { In, type EntityManager } from 'typeorm';
import { badRequest } from '../core/errors';
import { Upload } from '../db/entity';

export type FormData = Record<string, unknown>;

/** Validates every document an action needs; one 400 names every wrong field as forms.<type>.<key>. */
export async function parseForms(
  m: EntityManager,
  ownerId: number,
  types: readonly DocType[],
  forms: Partial<Record<DocType, Record<string, unknown>>>,
): Promise<Record<string, FormData>> {
  const issues: TErrorIssue[] = [];
  const out: Record<string, FormData> = {};
  for (const type of types) {
    const r = DOC_SCHEMAS[type].safeParse(forms[type] ?? {});
    if (!r.success) {
      for (const i of r.error.issues) issues.push({ path: ['forms', type, ...i.path].join('.'), message: i.message });
      continue;
    }
    out[type] = r.data as FormData;
  }
  if (issues.length) throw badRequest(`请检查填写的内容：${issues[0].message}`, issues);
  await checkUploads(m, ownerId, out);
  return out;
}

/**
 * A 送达回执 as filed: the producer confirms electronically (received today, as signed in the app);
 * the handling bureau records a paper delivery with its method, the day it was actually received
 * (not after today, not before the notice was issued) and the name signed on the paper receipt.
 */
export function parseReceipt(
  form: Record<string, unknown>,
  paper: boolean,
  notice: { issuedOn: string },
  today: string,
  /** Where the fields sit in the request body (a county's delivery sends the form itself: ''). */
  prefix = 'forms.receipt',
) {
  if (!paper) {
    const r = DOC_SCHEMAS.receipt.safeParse(form);
    if (!r.success)
      throw badRequest(`请检查填写的内容：${r.error.issues[0].message}`, receiptIssues(r.error.issues, prefix));
    return { ...(r.data as FormData), deliveryMethod: 'electronic', receivedOn: today } as FormData;
  }
  const r = PAPER_RECEIPT_SCHEMA.safeParse(form);
  if (!r.success)
    throw badRequest(`请检查填写的内容：${r.error.issues[0].message}`, receiptIssues(r.error.issues, prefix));
  const data = r.data as FormData;
  const receivedOn = data.receivedOn as string;
  // Checked against the workflow's day (the schema's own check reads the wall clock).
  const problem =
    receivedOn > today
      ? '实际收到日期不能晚于今天'
      : receivedOn < notice.issuedOn
        ? `实际收到日期不能早于通知书的发文日期（${notice.issuedOn}）`
        : null;
  if (problem)
    throw badRequest(problem, [{ path: [prefix, 'receivedOn'].filter(Boolean).join('.'), message: problem }]);
  return data;
}

const receiptIssues = (issues: Array<{ path: PropertyKey[]; message: string }>, prefix: string): TErrorIssue[] =>
  issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));

/** Photos and attachments named in forms must be the caller's own uploads. */
async function checkUploads(m: EntityManager, ownerId: number, forms: Record<string, FormData>): Promise<void> {
  const issues: TErrorIssue[] = [];
  for (const [type, data] of Object.entries(forms)) {
    for (const f of DOC_FORMS[type as DocType].fields.filter((x) => x.kind === 'photos')) {
      const ids = (data[f.key] as string[] | undefined) ?? [];
      if (!ids.length) continue;
      const own = await m.countBy(Upload, { id: In(ids), ownerId });
      if (own !== new Set(ids).size)
        issues.push({ path: `forms.${type}.${f.key}`, message: `${f.label}中有无效的照片` });
    }
  }
  if (issues.length) throw badRequest(issues[0].message, issues);
}

/** Upload ids named anywhere in a document. */
export function uploadIdsOf(type: DocType, data: FormData): string[] {
  return DOC_FORMS[type].fields.filter((f) => f.kind === 'photos').flatMap((f) => (data[f.key] as string[]) ?? []);
}

const PHONE = /(1\d{10}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|\d{3,4}-\d{3,4}-\d{4})/;

/** The public recall a plan (附件6) becomes when the bureau accepts it (第十五条). */
export function planToRecallLine(
  plan: FormData,
  c: { producerUscc: string; categoryCode: string },
  recallNo: string,
  title: string,
): TRecallImportLine {
  const contact = String(plan.contact ?? '');
  const raw = {
    recallNo,
    title,
    producerName: plan.producerName,
    producerUscc: c.producerUscc,
    productName: plan.productName,
    brand: plan.brand || undefined,
    models: plan.models ?? [],
    gtins: plan.gtins ?? [],
    batches: plan.batches ?? [],
    productionFrom: plan.productionFrom || undefined,
    productionTo: plan.productionTo || undefined,
    quantity: plan.involvedQty,
    categoryCode: c.categoryCode,
    defect: plan.defect,
    consequence: plan.consequence,
    remedy: plan.measures,
    remedyType: plan.remedyType,
    startDate: plan.startDate,
    contactPhone: PHONE.exec(contact)?.[1],
    remedyChannels: `${contact}\n${String(plan.schedule ?? '')}`.trim().slice(0, 1000),
    status: 'ongoing',
    description: plan.description || undefined,
    emergency: plan.emergency || undefined,
    organization: plan.organization || undefined,
  };
  return ZRecallImportLine.parse(raw);
}

/** A plan must become a valid public recall: barcodes valid, dates in order. Checked when it is filed. */
export function checkPlanPublishable(plan: FormData, c: { producerUscc: string; categoryCode: string }): void {
  try {
    planToRecallLine(plan, c, 'CHECK', '检查');
  } catch (e) {
    const issues = (e as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues ?? [];
    const mapped = issues.map((i) => ({
      path: `forms.recall_plan.${String(i.path[0] === 'quantity' ? 'involvedQty' : (i.path[0] ?? ''))}`,
      message: i.message,
    }));
    throw badRequest(`召回计划无法公示：${mapped[0]?.message ?? '内容不完整'}`, mapped);
  }
}
