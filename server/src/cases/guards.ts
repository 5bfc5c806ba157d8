import { DEADLINE_KINDS, Guard, NUMBERED_DOCS } from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { CaseDocument, RecallCase } from '../db/entity';

/**
 * The latest notice of a case (附件1/3/4): what the producer's report, plan or objection answers.
 * The acts after it (重新认定, 退回补正, 重新召回) are receipted too, but their deadlines run from
 * the act itself, so they do not hold up the producer's answer.
 */
export function latestNotice(m: EntityManager, caseId: number): Promise<CaseDocument | null> {
  return m.findOne(CaseDocument, { where: { caseId, docType: In([...NUMBERED_DOCS]) }, order: { id: 'DESC' } });
}

type GuardCheck = (m: EntityManager, c: RecallCase, today: string) => Promise<string | null>;

const dueLabel = (c: RecallCase) => (c.dueKind ? DEADLINE_KINDS[c.dueKind].label : '');

/** The table's guards, one check each: why it stops a step now, in words for the person trying it. */
const GUARDS: Record<Guard, GuardCheck> = {
  receiptConfirmed: async (m, c) => {
    const notice = await latestNotice(m, c.id);
    return notice && !notice.receiptDocId ? `请先确认收到${notice.docNo}（送达回执）` : null;
  },
  withinDeadline: async (_m, c, today) => {
    if (!c.dueOn) return '期限自确认送达之日起计算，请先确认送达回执';
    // A provisional date is a weekends-only guess: filing is never refused as late on it.
    return today > c.dueOn && !c.dueProvisional ? `已超过${dueLabel(c)}的期限（${c.dueOn}），逾期视为放弃权利` : null;
  },
  deadlinePassed: async (_m, c, today) => {
    if (!c.dueOn) return '期限尚未开始计算（通知书尚未送达）';
    if (c.dueProvisional)
      return `${dueLabel(c)}的期限（暂定 ${c.dueOn}）跨入节假日安排尚未录入的年份，录入后才能确定是否届满`;
    return today > c.dueOn ? null : `${dueLabel(c)}的期限（${c.dueOn}）尚未届满`;
  },
  recallUnderway: async (_m, c, today) => {
    if (c.recallStartOn && today < c.recallStartOn) return `召回自${c.recallStartOn}开始，开始实施后才能报告完成`;
    return c.planAcceptedOn && today <= c.planAcceptedOn
      ? `召回计划于${c.planAcceptedOn}接受并公示，当日不能报告实施完成，请在召回实施后再报告`
      : null;
  },
};

/** Why a guard stops a transition now, in words for the person trying it; null when it passes. */
export function guardProblem(m: EntityManager, guard: Guard, c: RecallCase, today: string): Promise<string | null> {
  return GUARDS[guard](m, c, today);
}
