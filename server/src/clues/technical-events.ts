import { profileInstitution, TECHNICAL_KINDS, type ProvinceProfile } from '@recall/shared';
import { In, type EntityManager } from 'typeorm';
import { AuditLog, Bureau, TechnicalRequest, User } from '../db/entity';

/** One entry of a clue's or a case's timeline about the technical institution (staff only). */
export interface TechnicalEvent {
  /** Its audit row: timelines merge these with the steps in the order they were recorded. */
  seq: number;
  at: string;
  action: 'technical.requested' | 'technical.answered';
  label: string;
  actor: string;
  actorRole: 'bureau' | 'province' | 'technical';
  /** Who acted, as an institution: the asking bureau or the technical institution. */
  org: string;
  note: string;
}

/** What was asked of the technical institution about a clue or a case, and its answers, oldest first. */
export async function technicalEvents(
  m: EntityManager,
  subject: { clueId: number } | { caseId: number },
  profile: ProvinceProfile,
): Promise<TechnicalEvent[]> {
  const rows = await m.find(TechnicalRequest, { where: subject, order: { id: 'ASC' } });
  if (!rows.length) return [];
  const ids = [...new Set(rows.flatMap((r) => [r.requestedBy, r.answeredBy ?? 0]).filter(Boolean))];
  const users = new Map((await m.findBy(User, { id: In(ids) })).map((u) => [u.id, u.displayName]));
  const bureaus = new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
  const audits = await m.find(AuditLog, {
    where: {
      entityType: 'technical_request',
      entityId: In(rows.map((r) => String(r.id))),
      action: In(['technical.requested', 'technical.answered']),
    },
  });
  const audit = new Map(audits.map((a) => [`${a.action}:${a.entityId}`, a]));
  const when = (action: string, r: TechnicalRequest, fallback: Date) => {
    const a = audit.get(`${action}:${r.id}`);
    return { seq: a?.id ?? 0, at: new Date(a?.createdAt ?? fallback).toISOString() };
  };
  return rows.flatMap((r) => {
    const kind = TECHNICAL_KINDS[r.kind];
    const institution = profileInstitution(profile, r.institutionCode)?.name ?? r.institutionCode;
    const bureau = bureaus.get(r.requesterCode) ?? r.requesterCode;
    const asked: TechnicalEvent = {
      ...when('technical.requested', r, r.createdAt),
      action: 'technical.requested',
      label: `请求${kind}`,
      actor: `${users.get(r.requestedBy) ?? ''}（${bureau}）`,
      actorRole: r.requesterCode === profile.provinceBureau.code ? 'province' : 'bureau',
      org: bureau,
      note: `向${institution}请求${kind}，${r.dueOn}前答复：${r.question}`,
    };
    if (!r.answeredAt || !r.answer) return [asked];
    const a = r.answer as { conclusion?: string };
    const answered: TechnicalEvent = {
      ...when('technical.answered', r, r.answeredAt),
      action: 'technical.answered',
      label: r.kind === 'consultation' ? '技术机构提交会商记录' : '技术机构提交风险评估报告',
      actor: `${users.get(r.answeredBy ?? 0) ?? ''}（${institution}）`,
      actorRole: 'technical',
      org: institution,
      note: `${r.kind === 'consultation' ? '会商结论' : '评估结论'}：${a.conclusion ?? ''}`,
    };
    return [asked, answered];
  });
}
