import type { TRecallChanges, TRecallChangesQuery } from '@recall/shared';
import { MoreThan, type EntityManager } from 'typeorm';
import { Recall } from '../db/entity';
import { toPublic } from './recall-mapper';

/**
 * The changes feed: recalls (and 消费提示) whose change sequence is past the cursor, oldest first,
 * each in its current public form. Every write takes the next sequence under a row lock
 * (nextRecallSeq), so sequences are unique and commit in order: a client that resumes from the last
 * `next` it read misses nothing and sees a record again only when it changed again.
 */
export async function recallChanges(m: EntityManager, q: TRecallChangesQuery): Promise<TRecallChanges> {
  const rows = await m.getRepository(Recall).find({
    where: { changeSeq: MoreThan(String(q.since)) },
    order: { changeSeq: 'ASC' },
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      ...toPublic(r),
      seq: Number(r.changeSeq),
      version: r.version,
      withdrawn: !!r.withdrawn,
    })),
    next: page.length ? Number(page[page.length - 1].changeSeq) : q.since,
    more: rows.length > q.limit,
  };
}
