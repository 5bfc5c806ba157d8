import type { EntityManager } from 'typeorm';
import { TypicalCase, User } from '../db/entity';

/** A case's typical-case mark as its staff view shows it (null when not marked). */
export async function typicalCaseOf(
  m: EntityManager,
  caseId: number,
): Promise<{ title: string; summary: string; markedAt: string; markedBy: string } | null> {
  const t = await m.findOneBy(TypicalCase, { caseId });
  if (!t) return null;
  const user = await m.findOneBy(User, { id: t.markedBy });
  return {
    title: t.title,
    summary: t.summary,
    markedAt: new Date(t.updatedAt).toISOString(),
    markedBy: user?.displayName ?? '',
  };
}
