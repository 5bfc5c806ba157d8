import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { retryTransaction } from '../core/retry';
import { isMysql, jobStatement, jobTransaction } from '../core/tx';
import { Platform, PlatformDelivery } from '../db/entity';
import { webhookSignature } from './platform-keys';
import { PlatformService } from './platform.service';

const MAX_BACKOFF_S = 6 * 3600;
/** 30 s, 1 min, 2 min … at most 6 h between attempts. */
export const webhookBackoffSeconds = (attempts: number) => Math.min(30 * 2 ** (attempts - 1), MAX_BACKOFF_S);

type Outcome = { ok: boolean; status: string };

/**
 * Sends platform webhooks: POST of the delivery's JSON, signed (X-Recall-Signature:
 * v1=HMAC-SHA256(secret, timestamp + "." + body)), each request bounded by
 * PLATFORM_WEBHOOK_TIMEOUT_MS. Requests run in the background: `runOnce` claims due rows for the
 * free slots (PLATFORM_WEBHOOK_CONCURRENCY in all, PLATFORM_WEBHOOK_PER_PLATFORM per platform, so
 * one slow or failing endpoint holds a few slots, never the others' turn) and returns at once.
 * A 2xx is delivered; anything else retries with exponential backoff until the attempts are used
 * up (failed: the platform catches up by pull). A claim whose process died is taken again after
 * its lease: the platform dedupes by X-Recall-Delivery.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class WebhookDispatcher {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clock!: Clock;

  @Inject()
  platforms!: PlatformService;

  private inFlight = new Map<number, Promise<void>>();
  private perPlatform = new Map<number, number>();
  private recovered = 0;

  /** Claims and starts what the free slots allow; the number of requests started. */
  async runOnce(now: Date = this.clock.now()): Promise<number> {
    // Leases last 3 timeouts: looking for expired ones once per timeout is soon enough, and keeps
    // this UPDATE from contending with every claim.
    if (Math.abs(now.getTime() - this.recovered) >= this.env.PLATFORM_WEBHOOK_TIMEOUT_MS) {
      this.recovered = now.getTime();
      await this.recover(now);
    }
    const free = this.env.PLATFORM_WEBHOOK_CONCURRENCY - this.inFlight.size;
    if (free <= 0) return 0;
    const rows = await this.claim(now, free);
    if (!rows.length) return 0;
    const targets = await this.targets(rows.map((r) => r.platformId));
    for (const row of rows) {
      this.perPlatform.set(row.platformId, (this.perPlatform.get(row.platformId) ?? 0) + 1);
      const work = this.deliver(row, targets.get(row.platformId))
        .catch(() => undefined)
        .finally(() => {
          this.inFlight.delete(row.id);
          this.perPlatform.set(row.platformId, (this.perPlatform.get(row.platformId) ?? 1) - 1);
        });
      this.inFlight.set(row.id, work);
    }
    return rows.length;
  }

  /** Until nothing is due or in flight (tests and the benchmark). */
  async drain(now?: () => Date): Promise<void> {
    for (;;) {
      const started = await this.runOnce(now?.());
      if (!started && !this.inFlight.size) return;
      if (this.inFlight.size) await Promise.race(this.inFlight.values());
    }
  }

  /** When some request under way ends: true (a slot is free); false at once when none is under way. */
  async settled(): Promise<boolean> {
    if (!this.inFlight.size) return false;
    await Promise.race(this.inFlight.values());
    return true;
  }

  /** Requests under way now. */
  get busy(): number {
    return this.inFlight.size;
  }

  /** Rows left 'sending' past their lease by a process that died: due again. */
  private recover(now: Date) {
    return retryTransaction(() =>
      jobStatement(this.db, () =>
        this.db
          .createQueryBuilder()
          .update(PlatformDelivery)
          .set({ webhookState: 'retry', claimedUntil: null })
          .where('webhookState = :s AND claimedUntil < :now', { s: 'sending', now })
          .andWhere(this.inFlight.size ? 'id NOT IN (:...mine)' : '1 = 1', { mine: [...this.inFlight.keys()] })
          .execute(),
      ),
    );
  }

  private claim(now: Date, limit: number): Promise<PlatformDelivery[]> {
    const full = [...this.perPlatform].filter(([, n]) => n >= this.env.PLATFORM_WEBHOOK_PER_PLATFORM).map(([p]) => p);
    return jobTransaction(this.db, async (m) => {
      const qb = m
        .getRepository(PlatformDelivery)
        .createQueryBuilder('d')
        .select(['d.id', 'd.platformId'])
        .where('d.webhookState IN (:...due) AND d.nextAttemptAt <= :now', { due: ['pending', 'retry'], now })
        .orderBy('d.nextAttemptAt', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .limit(limit * 4);
      if (full.length) qb.andWhere('d.platformId NOT IN (:...full)', { full });
      if (isMysql(this.db)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const picked: number[] = [];
      const taken = new Map<number, number>();
      for (const c of await qb.getMany()) {
        const n = (this.perPlatform.get(c.platformId) ?? 0) + (taken.get(c.platformId) ?? 0);
        if (n >= this.env.PLATFORM_WEBHOOK_PER_PLATFORM || picked.length >= limit) continue;
        taken.set(c.platformId, (taken.get(c.platformId) ?? 0) + 1);
        picked.push(c.id);
      }
      if (!picked.length) return [];
      const lease = new Date(now.getTime() + this.env.PLATFORM_WEBHOOK_TIMEOUT_MS * 3);
      await m
        .createQueryBuilder()
        .update(PlatformDelivery)
        .set({ webhookState: 'sending', claimedUntil: lease })
        .where('id IN (:...ids) AND webhookState IN (:...due)', { ids: picked, due: ['pending', 'retry'] })
        .execute();
      return m.find(PlatformDelivery, { where: { id: In(picked), webhookState: 'sending' } });
    });
  }

  private async targets(ids: number[]) {
    const rows = await this.db.getRepository(Platform).find({
      select: ['id', 'webhookUrl', 'secretEnc', 'disabled'],
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(
      rows.map((p) => [
        p.id,
        p.webhookUrl && !p.disabled ? { url: p.webhookUrl, secret: this.platforms.secretOf(p) } : null,
      ]),
    );
  }

  private async deliver(row: PlatformDelivery, target: { url: string; secret: string } | null | undefined) {
    // Disabled, or its URL removed since: nothing to send, the pull API still lists it.
    const outcome: Outcome | null = target ? await this.post(row, target) : null;
    const now = this.clock.now();
    const attempts = row.attempts + (outcome ? 1 : 0);
    const values: Partial<PlatformDelivery> = !outcome
      ? { webhookState: 'pull', claimedUntil: null }
      : outcome.ok
        ? { webhookState: 'delivered', claimedUntil: null }
        : attempts >= this.env.PLATFORM_WEBHOOK_MAX_ATTEMPTS
          ? { webhookState: 'failed', claimedUntil: null }
          : {
              webhookState: 'retry',
              claimedUntil: null,
              nextAttemptAt: new Date(now.getTime() + webhookBackoffSeconds(attempts) * 1000),
            };
    if (outcome) Object.assign(values, { attempts, lastStatus: outcome.status.slice(0, 200), lastAttemptAt: now });
    // A deadlock victim is tried again: a lost result would only be resent after the lease.
    await retryTransaction(() =>
      jobStatement(this.db, () =>
        this.db
          .createQueryBuilder()
          .update(PlatformDelivery)
          .set(values)
          .where('id = :id AND webhookState = :s', { id: row.id, s: 'sending' })
          .execute(),
      ),
    );
  }

  private async post(row: PlatformDelivery, target: { url: string; secret: string }): Promise<Outcome> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'recall-platform-push/1',
          'X-Recall-Delivery': row.deliveryId,
          'X-Recall-Timestamp': timestamp,
          'X-Recall-Signature': webhookSignature(target.secret, timestamp, row.body),
        },
        body: row.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.env.PLATFORM_WEBHOOK_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      return { ok: res.status >= 200 && res.status < 300, status: `HTTP ${res.status}` };
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        return { ok: false, status: `超时（${this.env.PLATFORM_WEBHOOK_TIMEOUT_MS} 毫秒内未答复）` };
      return { ok: false, status: `无法连接：${err.cause?.code ?? err.message}` };
    }
  }
}
