import { DEADLINE_KINDS, PLAN_CRITERIA, isLegalAct, type CaseStep, type DocType } from '@recall/shared';
import type { EntityManager } from 'typeorm';
import { badRequest } from '../core/errors';
import { Bureau, CaseDocument, type RecallCase } from '../db/entity';
import type { FormData } from './forms';

/**
 * The written acts a step issues (办法 第十七条, 苏 第十四、十七、十九条): the officer's form plus
 * what the server knows. The step's note is the act's reasons; a re-determination records its
 * result and the objection it answers; escalation materials state the notice, its receipt and the
 * deadline that passed, as they stood when the case went up.
 */
export async function composeActs(
  m: EntityManager,
  c: RecallCase,
  step: CaseStep,
  note: string | null | undefined,
  forms: Record<string, FormData>,
): Promise<Record<string, FormData>> {
  const out: Record<string, FormData> = {};
  for (const [type, data] of Object.entries(forms) as Array<[DocType, FormData]>) {
    if (type === 'plan_review') Object.assign(out, reviewOf(data));
    else if (!isLegalAct(type)) out[type] = data;
    else
      out[type] = {
        ...data,
        reasons: note ?? '',
        productName: c.productName,
        ...(await facts(m, c, step, type, data)),
      };
  }
  return out;
}

/** An act that starts the producer's next deadline (重新认定 维持, 重新召回) states its date. */
export function withReplyDue(forms: Record<string, FormData>, c: RecallCase): Record<string, FormData> {
  const out = { ...forms };
  for (const type of Object.keys(forms) as DocType[])
    if (isLegalAct(type) && c.dueOn) out[type] = { ...forms[type], replyDueOn: c.dueOn };
  return out;
}

async function facts(m: EntityManager, c: RecallCase, step: CaseStep, type: DocType, data: FormData) {
  switch (type) {
    case 'decision': {
      const objection = await latestOf(m, c.id, 'objection');
      return { result: step.decides, objectedOn: objection?.issuedOn ?? null };
    }
    case 'plan_return':
      checkReturnChecklist(data);
      return {};
    case 'escalation_report':
    case 'samr_report': {
      const notice = await latestOf(m, c.id, 'recall_notice');
      const receipt = notice?.receiptDocId ? await m.findOneBy(CaseDocument, { id: notice.receiptDocId }) : null;
      const report = type === 'samr_report' ? await latestOf(m, c.id, 'escalation_report') : null;
      const city = await m.findOneBy(Bureau, { code: c.bureauCode });
      return {
        producerUscc: c.producerUscc,
        cityName: city?.name ?? c.bureauCode,
        noticeDocNo: notice?.docNo ?? null,
        receivedOn: (receipt?.data.receivedOn as string | undefined) ?? null,
        dueLabel: c.dueKind ? DEADLINE_KINDS[c.dueKind].label : null,
        dueOn: c.dueOn,
        escalationDocNo: report?.docNo ?? null,
      };
    }
    default:
      return {};
  }
}

/** A plan is returned for something: a checklist with every criterion met contradicts the return. */
function checkReturnChecklist(data: FormData): void {
  const marked = PLAN_CRITERIA.filter(([key]) => data[key]);
  if (marked.length === PLAN_CRITERIA.length && marked.every(([key]) => data[key] === 'met'))
    throw badRequest('四项审查内容均符合时不应退回，请标出不符合的项目或接受计划', [
      { path: `forms.plan_return.${PLAN_CRITERIA[0][0]}`, message: '请标出不符合的审查项目' },
    ]);
}

/**
 * The review of a plan the bureau accepts: kept when the officer marked the criteria (an empty
 * checklist is no record), refused when one is not met — such a plan is returned, not accepted.
 */
function reviewOf(data: FormData): Record<string, FormData> {
  const marked = PLAN_CRITERIA.filter(([key]) => data[key]);
  const unmet = marked.find(([key]) => data[key] === 'unmet');
  if (unmet)
    throw badRequest(`“${unmet[1]}”不符合时应退回补正，不能接受召回计划`, [
      { path: `forms.plan_review.${unmet[0]}`, message: '不符合的计划应退回补正' },
    ]);
  return marked.length ? { plan_review: data } : {};
}

function latestOf(m: EntityManager, caseId: number, docType: DocType): Promise<CaseDocument | null> {
  return m.findOne(CaseDocument, { where: { caseId, docType }, order: { id: 'DESC' } });
}
