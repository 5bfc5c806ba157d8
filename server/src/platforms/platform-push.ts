import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { subscriptionMatches, type PlatformEvent, type TPlatformDelivery } from '@recall/shared';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { Clock } from '../core/clock.service';
import { isMysql, jobTransaction } from '../core/tx';
import { Counter, Platform, PlatformDelivery, PlatformPush, Recall } from '../db/entity';
import { toPublic } from '../recalls/recall-mapper';
import { newDeliveryId } from './platform-keys';

/** Platforms one transaction looks at (and at most this many deliveries it writes). */
export const PUSH_BATCH = 1000;

/** Records a recall event to push, in the transaction of the change itself. */
export async function enqueuePlatformPush(m: EntityManager, recallId: number, event: PlatformEvent): Promise<void> {
  await m.insert(PlatformPush, { recallId, event, cursor: 0, status: 'pending' });
}

/** Takes `n` consecutive pull cursors; the counter's row lock makes them commit in order. */
async function nextSeqs(m: EntityManager, n: number): Promise<number> {
  await m
    .createQueryBuilder()
    .update(Counter)
    .set({ value: () => `\`value\` + ${n}` })
    .where('name = :n', { n: 'platform_delivery' })
    .execute();
  return Number((await m.findOneByOrFail(Counter, { name: 'platform_delivery' })).value) - n + 1;
}

/**
 * Expands pushes into deliveries in the background: each event is matched against the enabled
 * platforms' subscriptions (PUSH_BATCH platforms per transaction, the push's cursor advancing in
 * it), one delivery per match carrying the recall as it is now. The webhook dispatcher sends them.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PlatformPushRunner {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  clock!: Clock;

  /** Works through pending pushes; the number of deliveries written. */
  async runOnce(opts: { maxBatches?: number } = {}): Promise<{ batches: number; deliveries: number }> {
    const stats = { batches: 0, deliveries: 0 };
    while (stats.batches < (opts.maxBatches ?? Infinity)) {
      const n = await this.step();
      if (n === null) break;
      stats.batches++;
      stats.deliveries += n;
    }
    return stats;
  }

  private step(): Promise<number | null> {
    return jobTransaction(this.db, async (m) => {
      const qb = m
        .getRepository(PlatformPush)
        .createQueryBuilder('p')
        .where('p.status = :s', { s: 'pending' })
        .orderBy('p.id', 'ASC')
        .limit(1);
      if (isMysql(this.db)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const push = await qb.getOne();
      if (!push) return null;
      const recall = await m.findOneBy(Recall, { id: push.recallId });
      const platforms = await m.find(Platform, {
        select: ['id', 'subscription', 'webhookUrl', 'disabled'],
        where: { id: MoreThan(push.cursor) },
        order: { id: 'ASC' },
        take: PUSH_BATCH,
      });
      const matching = recall
        ? platforms.filter((p) => !p.disabled && subscriptionMatches(p.subscription, recall))
        : [];
      if (matching.length) await this.deliver(m, push, recall!, matching);
      const done = platforms.length < PUSH_BATCH;
      await m.update(PlatformPush, push.id, {
        cursor: platforms.length ? platforms[platforms.length - 1].id : push.cursor,
        ...(done ? { status: 'done' } : {}),
      });
      return matching.length;
    });
  }

  private async deliver(m: EntityManager, push: PlatformPush, recall: Recall, platforms: Platform[]) {
    const first = await nextSeqs(m, platforms.length);
    const createdAt = this.clock.now();
    // The recall as the public changes feed shows it, at this event.
    const change = {
      ...toPublic(recall),
      seq: Number(recall.changeSeq),
      version: recall.version,
      withdrawn: !!recall.withdrawn,
    };
    const rows = platforms.map((p, i) => {
      const body: TPlatformDelivery = {
        deliveryId: newDeliveryId(),
        seq: first + i,
        event: push.event as PlatformEvent,
        recall: change,
        createdAt: createdAt.toISOString(),
        acknowledgedAt: null,
      };
      return {
        deliveryId: body.deliveryId,
        platformId: p.id,
        recallId: recall.id,
        event: push.event,
        seq: String(body.seq),
        body: JSON.stringify(body),
        webhookState: p.webhookUrl ? ('pending' as const) : ('pull' as const),
        attempts: 0,
        nextAttemptAt: createdAt,
        createdAt,
      };
    });
    for (let i = 0; i < rows.length; i += 200)
      await m
        .createQueryBuilder()
        .insert()
        .into(PlatformDelivery)
        .values(rows.slice(i, i + 200))
        .updateEntity(false)
        .execute();
  }
}
