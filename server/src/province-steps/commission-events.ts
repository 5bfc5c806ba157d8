import { COMMISSION_PURPOSES, countyBureauName, isCountyCode, type ProvinceProfile } from '@recall/shared';
import { In, type EntityManager } from 'typeorm';
import { AuditLog, Bureau, Commission, User } from '../db/entity';

/** One entry of a clue's or case's staff timeline about a commission (辽 第五、九、十七条). */
export interface CommissionEvent {
  /** Its audit row: timelines merge these with the steps in the order they were recorded. */
  seq: number;
  at: string;
  action: 'commissioned' | 'commission_answered';
  label: string;
  actor: string;
  /** The acting body: the province bureau, or the commissioned bureau. */
  org: string;
  note: string;
}

/** What a clue's or a case's staff timeline shows of its commissions: each request and its feedback. */
export async function commissionEvents(
  m: EntityManager,
  subjectType: 'clue' | 'case',
  subjectId: number,
  profile: ProvinceProfile,
): Promise<CommissionEvent[]> {
  const rows = await m.find(Commission, { where: { subjectType, subjectId }, order: { id: 'ASC' } });
  if (!rows.length) return [];
  const audits = await m.find(AuditLog, {
    where: { entityType: 'commission', entityId: In(rows.map((r) => String(r.id))) },
  });
  const seq = new Map(audits.map((a) => [`${a.action}:${a.entityId}`, a.id]));
  const users = await userNames(
    m,
    rows.flatMap((r) => [r.askedBy, r.answeredBy ?? 0]),
  );
  const names = await bureauNames(m);
  const province = profile.provinceBureau.name;
  return rows.flatMap((r) => {
    const to = names(r.bureauCode);
    const what = COMMISSION_PURPOSES[r.purpose].label;
    const asked: CommissionEvent = {
      seq: seq.get(`commission.created:${r.id}`) ?? 0,
      at: new Date(r.createdAt).toISOString(),
      action: 'commissioned',
      label: `委托${what}`,
      actor: `${users.get(r.askedBy) ?? ''}（${province}）`,
      org: province,
      note: `委托${to}${what}：${r.request}（${r.dueOn}前反馈）`,
    };
    if (!r.answeredAt) return [asked];
    const files = r.answerFiles?.length ? `（附件 ${r.answerFiles.length} 个）` : '';
    return [
      asked,
      {
        seq: seq.get(`commission.answered:${r.id}`) ?? 0,
        at: new Date(r.answeredAt).toISOString(),
        action: 'commission_answered',
        label: '受委托单位反馈',
        actor: `${users.get(r.answeredBy ?? 0) ?? ''}（${to}）`,
        org: to,
        note: `${r.answerNote ?? ''}${files}`,
      },
    ];
  });
}

/** A bureau's name by code: the profile's bureaus (from the table) and counties (from the region table). */
export async function bureauNames(m: EntityManager): Promise<(code: string) => string> {
  const names = new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
  return (code) => names.get(code) ?? (isCountyCode(code) ? countyBureauName(code) : code);
}

export async function userNames(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)].filter((i) => i > 0);
  const users = unique.length ? await m.findBy(User, { id: In(unique) }) : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}
