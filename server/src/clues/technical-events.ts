import {
  EFFECT_CONCLUSIONS,
  effectRate,
  PLAN_CONCLUSIONS,
  PLAN_CRITERIA,
  profileInstitution,
  TECHNICAL_ANSWERS,
  TECHNICAL_KINDS,
  type TechnicalKind,
  type ProvinceProfile,
} from '@recall/shared';
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
    const answered: TechnicalEvent = {
      ...when('technical.answered', r, r.answeredAt),
      action: 'technical.answered',
      label: `技术机构提交${TECHNICAL_ANSWERS[r.kind]}`,
      actor: `${users.get(r.answeredBy ?? 0) ?? ''}（${institution}）`,
      actorRole: 'technical',
      org: institution,
      note: answerNote(r.kind, r.answer),
    };
    return [asked, answered];
  });
}

/**
 * What the timeline says of an answer: its conclusion, and for a plan's form evaluation the points
 * not met, for an effect evaluation the completion assessed — what the bureau weighs before it
 * accepts or returns a plan, or orders the recall carried out again.
 */
function answerNote(kind: TechnicalKind, answer: Record<string, unknown>): string {
  const a = answer as {
    conclusion?: string;
    checklist?: Record<string, { result: string; note: string }>;
    unitsInScope?: number;
    unitsRemedied?: number;
    residualRisk?: string;
  };
  switch (kind) {
    case 'plan_evaluation': {
      const unmet = PLAN_CRITERIA.filter(([key]) => a.checklist?.[key]?.result === 'unmet');
      const points = unmet.length
        ? `不符合：${unmet.map(([key, label]) => `${label}（${a.checklist![key].note}）`).join('；')}`
        : '批次、数量、内容、措施四项均符合';
      return `评估结论：${PLAN_CONCLUSIONS[a.conclusion as keyof typeof PLAN_CONCLUSIONS] ?? ''}。${points}`;
    }
    case 'effect_evaluation':
      return (
        `评估结论：${EFFECT_CONCLUSIONS[a.conclusion as keyof typeof EFFECT_CONCLUSIONS] ?? ''}。` +
        `已召回处理 ${a.unitsRemedied ?? 0} / ${a.unitsInScope ?? 0}（${effectRate(a.unitsRemedied ?? 0, a.unitsInScope ?? 0)}%）；剩余风险：${a.residualRisk ?? ''}`
      );
    default:
      return `${kind === 'consultation' ? '会商结论' : '评估结论'}：${a.conclusion ?? ''}`;
  }
}
