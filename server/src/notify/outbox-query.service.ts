import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { TOutboxQuery } from '@recall/shared';
import { DataSource } from 'typeorm';
import { Outbox, OUTBOX_STATUSES, type OutboxStatus } from '../db/entity/outbox.entity';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The delivery outbox as admins see it: dead letters and uncertain sends with their error. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class OutboxQueryService {
  @InjectDataSource()
  db!: DataSource;

  async list(q: TOutboxQuery) {
    const repo = this.db.getRepository(Outbox);
    const [rows, total] = await repo.findAndCount({
      where: q.status ? { status: q.status } : {},
      order: { id: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const grouped = await repo
      .createQueryBuilder('o')
      .select('o.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('o.status')
      .getRawMany<{ status: OutboxStatus; n: string | number }>();
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
    for (const g of grouped) counts[g.status] = Number(g.n);
    return {
      items: rows.map((r) => ({
        id: r.id,
        userId: r.userId,
        templateKey: r.templateKey,
        page: r.page,
        data: r.data,
        dedupeKey: r.dedupeKey,
        status: r.status,
        attempts: r.attempts,
        nextAttemptAt: iso(r.nextAttemptAt),
        lastError: r.lastError,
        sentAt: iso(r.sentAt),
        createdAt: iso(r.createdAt)!,
      })),
      total,
      counts,
    };
  }
}
