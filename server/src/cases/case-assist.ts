import { countyBureauName, type TCaseAssistView, type TCaseEvent } from '@recall/shared';
import { In, type EntityManager } from 'typeorm';
import { auditEvent } from '../core/audit.service';
import { AuditLog, CaseAssist, User } from '../db/entity';

/** A signed link to an upload (a photo or a file a county attached). */
export type UploadLink = (id: string, size?: 'thumb') => string;

/**
 * 协查 (苏 第六条) as the case shows it: what the handling bureau asked of which county bureau, by
 * when, and the answer. Read by the case page (the handling bureau) and by the county's workspace.
 */
export async function assistViews(
  m: EntityManager,
  where: { caseId: number; countyCode?: string },
  link: UploadLink,
): Promise<TCaseAssistView[]> {
  const rows = await m.find(CaseAssist, { where, order: { id: 'ASC' } });
  const names = await userNames(
    m,
    rows.flatMap((r) => [r.askedBy, ...(r.answeredBy ? [r.answeredBy] : [])]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    countyCode: r.countyCode,
    countyName: countyBureauName(r.countyCode),
    request: r.request,
    dueOn: r.dueOn,
    askedAt: new Date(r.createdAt).toISOString(),
    askedBy: names.get(r.askedBy) ?? '',
    status: r.answeredAt ? 'answered' : 'open',
    answer: r.answeredAt
      ? {
          note: r.answerNote ?? '',
          files: (r.answerFiles ?? []).map((id) => ({ id, url: link(id), thumbUrl: link(id, 'thumb') })),
          answeredAt: new Date(r.answeredAt).toISOString(),
          answeredBy: names.get(r.answeredBy ?? 0) ?? '',
        }
      : null,
  }));
}

/** The 协查 entries of a case's timeline (staff only): the request and the county's answer, from the audit trail. */
export async function assistTimeline(
  m: EntityManager,
  caseId: number,
  state: string,
  bureauName: string,
): Promise<Array<TCaseEvent & { id: number }>> {
  const rows = await m.find(AuditLog, {
    where: {
      entityType: 'case',
      entityId: String(caseId),
      action: In(['case.assist_requested', 'case.assist_answered']),
    },
    order: { id: 'ASC' },
  });
  const names = await userNames(
    m,
    rows.map((r) => r.actorId ?? 0),
  );
  return rows.flatMap((r) => {
    const e = auditEvent(r);
    const base = {
      id: r.id,
      at: new Date(r.createdAt).toISOString(),
      fromState: state,
      toState: state,
      late: false,
      documentIds: [],
    };
    if (e.action === 'case.assist_requested') {
      const county = countyBureauName(e.detail.county);
      return [
        {
          ...base,
          action: 'assist_requested',
          label: '请求协查',
          actor: `${names.get(r.actorId ?? 0) ?? ''}（${bureauName}）`,
          actorRole: 'bureau',
          note: `请${county}协查：${e.detail.request}（${e.detail.dueOn}前回复）`,
        },
      ];
    }
    if (e.action === 'case.assist_answered') {
      const county = countyBureauName(e.detail.county);
      const files = e.detail.files.length ? `（附件 ${e.detail.files.length} 个）` : '';
      return [
        {
          ...base,
          action: 'assist_answered',
          label: '协查回复',
          actor: `${names.get(r.actorId ?? 0) ?? ''}（${county}）`,
          actorRole: 'county',
          note: `${e.detail.note}${files}`,
        },
      ];
    }
    return [];
  });
}

async function userNames(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)].filter((id) => id > 0);
  const users = unique.length ? await m.findBy(User, { id: In(unique) }) : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}
