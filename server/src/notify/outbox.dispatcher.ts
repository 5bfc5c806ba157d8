import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { SUBSCRIBE_CONFIG, resolveTemplateIds } from '@recall/shared';
import { randomBytes } from 'crypto';
import { hostname } from 'os';
import { DataSource, EntityManager, In } from 'typeorm';
import { Outbox, SubscribeGrant, User } from '../db/entity';
import type { Env } from '../core/env';
import { WechatClient, WechatOutcomeUnknown } from '../core/wechat.client';
import { sendableOpenid } from './notify.service';
import { chunks, col, eachLimited, isMysql, jobStatement, jobTransaction } from '../core/tx';

export const WAITING_GRANT = '等待用户授权订阅';
const GRANT_POLL_MS = 15_000;
export const NO_GRANT = '用户未订阅';
export const UNCERTAIN = '发送过程中断，无法确认微信是否已送达；为免重复不再重发';
const MAX_BACKOFF_S = 3600;
/** A row being sent keeps its lease at least this long: WeChat's timeout (5 s) and then some. */
const MIN_SENDING_LEASE_MS = 15000;
/** Waves of a claim sent at the same time (their database work overlaps their requests). */
const WAVES_IN_FLIGHT = 3;

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** errcodes that end a message for good, with what admins read. */
const DEAD_LETTERS: Record<number, string> = {
  47003: '模板参数不准确',
  40037: '模板 ID 不正确',
  40003: 'openid 不正确',
  41030: '跳转页面不正确',
};
/** errcodes worth another attempt later: system busy, rate limited. */
const RETRYABLE = new Set([-1, 45009, 45011]);
const REFUSED = 43101;

type Outcome =
  | { kind: 'sent' }
  | { kind: 'refused'; error: string }
  | { kind: 'dead'; error: string }
  | { kind: 'retry'; error: string }
  /** The request may have reached WeChat without an answer: never resent (at most once). */
  | { kind: 'unknown'; error: string };

export interface DispatchStats {
  /** Expired claims given back (never attempted). */
  released: number;
  /**
   * Rows that may have reached WeChat without an answer (a timeout, a connection lost, a
   * dispatcher that died mid-request): marked uncertain, never resent.
   */
  uncertain: number;
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  dead: number;
  /** Claims another dispatcher took over (this one held them past the lease). */
  lost: number;
}

export interface DispatchOptions {
  /** The dispatcher's clock (tests move it past a backoff or a lease). */
  now?: Date;
  /** Who claims: by default this process; tests run two dispatchers side by side. */
  worker?: string;
  limit?: number;
}

/** What WeChat's answer means for the row. */
export function classify(r: { errcode: number; errmsg: string }): Outcome {
  if (r.errcode === 0) return { kind: 'sent' };
  const detail = `${r.errcode}${r.errmsg ? ` ${r.errmsg}` : ''}`;
  if (r.errcode === REFUSED) return { kind: 'refused', error: `用户拒绝接收或未授权此类消息（${detail}）` };
  if (DEAD_LETTERS[r.errcode]) return { kind: 'dead', error: `${DEAD_LETTERS[r.errcode]}（${detail}）` };
  if (RETRYABLE.has(r.errcode)) return { kind: 'retry', error: `微信系统繁忙（${detail}）` };
  return { kind: 'dead', error: `微信拒绝发送（${detail}）` };
}

/** Seconds before attempt n + 1: 2, 4, 8 … capped at an hour. */
export const backoffSeconds = (attempts: number) => Math.min(2 ** attempts, MAX_BACKOFF_S);

/**
 * Sends the outbox through subscribeMessage.send, safely from several processes at once:
 * 1. claim due rows (SELECT … FOR UPDATE SKIP LOCKED on MySQL, then a guarded UPDATE to 'claimed'
 *    with a lease, and only the rows this claim won are read back);
 * 2. in waves of NOTIFY_CONCURRENCY rows, one transaction each: take one grant per row (grant
 *    rows locked, then count - n WHERE count >= n) and mark it 'sending' — or 'skipped' when the
 *    user holds no grant;
 * 3. send the wave, then record the answers in one transaction; a send without an answer (a
 *    timeout, a connection lost after the request was written) is 'uncertain', never resent.
 * A claim whose lease ran out goes back to 'pending' (it was never attempted); a 'sending' row whose lease ran out becomes 'uncertain' (the request may
 *    have reached WeChat): so a dispatcher killed at any point loses nothing and sends nothing twice.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class OutboxDispatcher {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  wechat!: WechatClient;

  @Config('env')
  env!: Env;

  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  async runOnce(opts: DispatchOptions = {}): Promise<DispatchStats> {
    const now = () => opts.now ?? new Date();
    // Each run claims under its own token, so two runs of one process never share a row either.
    const worker = `${(opts.worker ?? this.workerId).slice(0, 70)}/${randomBytes(4).toString('hex')}`;
    const stats: DispatchStats = {
      ...(await this.recover(now())),
      claimed: 0,
      sent: 0,
      skipped: 0,
      retried: 0,
      dead: 0,
      lost: 0,
    };
    const rows = await this.claim(worker, now(), opts.limit ?? this.env.NOTIFY_BATCH);
    stats.claimed = rows.length;
    if (!rows.length) return stats;
    const users = await this.db.getRepository(User).find({
      select: ['id', 'openid', 'disabled'],
      where: { id: In([...new Set(rows.map((r) => r.userId))]) },
    });
    const openids = new Map(users.map((u) => [u.id, sendableOpenid(u)]));
    const add = (s: Partial<DispatchStats>) =>
      Object.entries(s).forEach(([k, v]) => (stats[k as keyof DispatchStats] += v ?? 0));
    // Rows that need no request are closed at once.
    const noOpenid = rows.filter((r) => !openids.get(r.userId));
    const noTemplate = rows.filter((r) => openids.get(r.userId) && !SUBSCRIBE_CONFIG.templates[r.templateKey]);
    add(await this.close(noOpenid, worker, 'skipped', '用户未绑定微信，无法发送订阅消息'));
    for (const r of noTemplate) add(await this.close([r], worker, 'dead', `订阅消息模板 ${r.templateKey} 未配置`));
    const sendable = rows.filter((r) => !noOpenid.includes(r) && !noTemplate.includes(r));
    // Waves of NOTIFY_CONCURRENCY rows, a few in flight: each marked 'sending' right before its
    // requests and settled after them, one transaction each.
    await eachLimited(chunks(sendable, this.env.NOTIFY_CONCURRENCY), WAVES_IN_FLIGHT, async (wave) => {
      const { go, ...reserved } = await this.reserve(wave, worker, now());
      add(reserved);
      const results = await Promise.all(
        go.map(async (row) => ({ row, outcome: await this.send(row, openids.get(row.userId)!) })),
      );
      add(await this.settle(results, worker, now()));
    });
    return stats;
  }

  /** Expired leases: claims go back to pending; rows caught mid-send become uncertain. */
  async recover(now: Date): Promise<{ released: number; uncertain: number }> {
    // READ COMMITTED: rows other dispatchers hold locked are passed over, not waited for.
    return jobTransaction(this.db, async (m) => {
      const released = await m
        .createQueryBuilder()
        .update(Outbox)
        .set({ status: 'pending', claimedBy: null, claimedUntil: null })
        .where('status = :s AND claimedUntil < :now', { s: 'claimed', now })
        .execute();
      const uncertain = await m
        .createQueryBuilder()
        .update(Outbox)
        .set({ status: 'uncertain', lastError: UNCERTAIN })
        .where('status = :s AND claimedUntil < :now', { s: 'sending', now })
        .execute();
      return { released: released.affected ?? 0, uncertain: uncertain.affected ?? 0 };
    });
  }

  /** Due rows claimed for `worker` with a lease: candidates, then only those this claim won. */
  private claim(worker: string, now: Date, limit: number): Promise<Outbox[]> {
    return jobTransaction(this.db, async (m) => this.take(m, await this.due(m, now, limit), worker, now));
  }

  /**
   * Ids of due rows, oldest first. On MySQL they are locked FOR UPDATE SKIP LOCKED, so dispatchers
   * side by side mostly pick different rows; correctness does not rest on it (see take): on a
   * MySQL-compatible database whose SKIP LOCKED does not lock (TiDB) two claims can see the same rows.
   */
  private async due(m: EntityManager, now: Date, limit: number): Promise<number[]> {
    const ids: number[] = [];
    // One status at a time, in index order (status, nextAttemptAt): LIMIT stops the scan early,
    // so a claim locks only the rows it takes and other dispatchers skip exactly those.
    for (const status of ['pending', 'retry']) {
      if (ids.length >= limit) break;
      const qb = m
        .getRepository(Outbox)
        .createQueryBuilder('o')
        .select('o.id', 'id')
        .where('o.status = :status AND o.nextAttemptAt <= :now', { status, now })
        .orderBy('o.nextAttemptAt', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .limit(limit - ids.length);
      if (isMysql(this.db)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      ids.push(...(await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id)));
    }
    return ids;
  }

  /**
   * Claims the rows among `ids` that are still due, with a guarded UPDATE (… WHERE status IN
   * (pending, retry) AND nextAttemptAt <= now), then reads back only the rows `worker` won: of
   * claims racing over the same rows, each row goes to exactly one.
   */
  private async take(m: EntityManager, ids: number[], worker: string, now: Date): Promise<Outbox[]> {
    if (!ids.length) return [];
    await m
      .createQueryBuilder()
      .update(Outbox)
      .set({ status: 'claimed', claimedBy: worker, claimedUntil: new Date(now.getTime() + this.env.NOTIFY_LEASE_MS) })
      .where('id IN (:...ids) AND status IN (:...due) AND nextAttemptAt <= :now', {
        ids,
        due: ['pending', 'retry'],
        now,
      })
      .execute();
    return m.find(Outbox, { where: { id: In(ids), status: 'claimed', claimedBy: worker }, order: { id: 'ASC' } });
  }

  private async send(row: Outbox, openid: string): Promise<Outcome> {
    const templateId = resolveTemplateIds(this.env.WECHAT_TEMPLATE_IDS)[row.templateKey];
    try {
      return classify(await this.wechat.sendSubscribe(openid, templateId, row.page, row.data));
    } catch (e) {
      if (e instanceof WechatOutcomeUnknown) return { kind: 'unknown', error: e.message };
      return { kind: 'retry', error: (e as Error).message || '无法连接微信服务器' };
    }
  }

  /** Claimed rows that need no request, closed at once. */
  private async close(rows: Outbox[], worker: string, status: 'skipped' | 'dead', error: string) {
    if (!rows.length) return {};
    const r = await jobStatement(this.db, () =>
      this.db
        .createQueryBuilder()
        .update(Outbox)
        .set({ status, lastError: error, claimedUntil: null })
        .where('id IN (:...ids) AND status = :s AND claimedBy = :w', {
          ids: rows.map((x) => x.id),
          s: 'claimed',
          w: worker,
        })
        .execute(),
    );
    const done = r.affected ?? 0;
    return { [status === 'dead' ? 'dead' : 'skipped']: done, lost: rows.length - done };
  }

  /**
   * One transaction for a wave: each row still ours is marked 'sending' and takes one grant — the
   * wave's grant rows are locked (FOR UPDATE), counted and decremented (… WHERE count >= n) before
   * commit; a row whose user holds none is skipped, never sent.
   */
  private reserve(rows: Outbox[], worker: string, now: Date): Promise<{ go: Outbox[]; skipped: number; lost: number }> {
    const lease = Math.max(this.env.NOTIFY_LEASE_MS, MIN_SENDING_LEASE_MS);
    const count = col(this.db, 'count');
    return jobTransaction(this.db, async (m) => {
      const ids = rows.map((r) => r.id);
      const marked = await m
        .createQueryBuilder()
        .update(Outbox)
        .set({ status: 'sending', claimedUntil: new Date(now.getTime() + lease) })
        .where('id IN (:...ids) AND status = :s AND claimedBy = :w', { ids, s: 'claimed', w: worker })
        .execute();
      let mine = rows;
      if ((marked.affected ?? 0) < rows.length) {
        const still = await m.find(Outbox, {
          select: ['id'],
          where: { id: In(ids), status: 'sending', claimedBy: worker },
        });
        const kept = new Set(still.map((r) => r.id));
        mine = rows.filter((r) => kept.has(r.id));
      }
      const go: Outbox[] = [];
      const none: number[] = [];
      for (const [templateKey, group] of groupBy(mine, (r) => r.templateKey)) {
        // The grants of the wave's users, locked until commit: check and take them in one go.
        const qb = m
          .getRepository(SubscribeGrant)
          .createQueryBuilder('g')
          .where('g.templateKey = :templateKey AND g.userId IN (:...users)', {
            templateKey,
            users: [...new Set(group.map((r) => r.userId))],
          });
        if (isMysql(this.db)) qb.setLock('pessimistic_write');
        const held = new Map((await qb.getMany()).map((g) => [g.userId, g.count]));
        const taken = new Map<number, number>();
        for (const row of group) {
          const left = (held.get(row.userId) ?? 0) - (taken.get(row.userId) ?? 0);
          if (left > 0) {
            taken.set(row.userId, (taken.get(row.userId) ?? 0) + 1);
            go.push(row);
          } else none.push(row.id);
        }
        for (const [n, users] of groupBy([...taken], ([, n]) => n)) {
          await m
            .createQueryBuilder()
            .update(SubscribeGrant)
            .set({ count: () => `${count} - ${n}` })
            .where(`templateKey = :templateKey AND userId IN (:...users) AND ${count} >= :n`, {
              templateKey,
              users: users.map(([u]) => u),
              n,
            })
            .execute();
        }
      }
      // The grant is often asked for right after the event (the tap that submitted a clue): a fresh
      // row waits a little for it before it is skipped.
      const fresh = (id: number) =>
        now.getTime() - new Date(mine.find((r) => r.id === id)!.createdAt).getTime() < this.env.NOTIFY_GRANT_WAIT_MS;
      const waiting = none.filter(fresh);
      const skipped = none.filter((id) => !fresh(id));
      if (waiting.length)
        await m.update(
          Outbox,
          { id: In(waiting) },
          {
            status: 'retry',
            lastError: WAITING_GRANT,
            claimedUntil: null,
            nextAttemptAt: new Date(now.getTime() + GRANT_POLL_MS),
          },
        );
      if (skipped.length)
        await m.update(Outbox, { id: In(skipped) }, { status: 'skipped', lastError: NO_GRANT, claimedUntil: null });
      return { go, skipped: skipped.length, lost: rows.length - mine.length };
    });
  }

  /** Records WeChat's answers for a wave in one transaction; a grant not used by a send is given back. */
  private settle(
    results: Array<{ row: Outbox; outcome: Outcome }>,
    worker: string,
    now: Date,
  ): Promise<Partial<DispatchStats>> {
    if (!results.length) return Promise.resolve({});
    const count = col(this.db, 'count');
    return jobTransaction(this.db, async (m) => {
      const stats: Partial<DispatchStats> = { sent: 0, skipped: 0, retried: 0, dead: 0, lost: 0, uncertain: 0 };
      const update = async (ids: number[], values: Partial<Outbox>) =>
        ids.length
          ? ((
              await m
                .createQueryBuilder()
                .update(Outbox)
                .set({ attempts: () => 'attempts + 1', claimedUntil: null, ...values })
                .where('id IN (:...ids) AND claimedBy = :w AND status IN (:...st)', {
                  ids,
                  w: worker,
                  st: ['sending', 'uncertain'],
                })
                .execute()
            ).affected ?? 0)
          : 0;
      const grant = (row: Outbox, value: () => string) =>
        m
          .createQueryBuilder()
          .update(SubscribeGrant)
          .set({ count: value })
          .where('userId = :u AND templateKey = :k', { u: row.userId, k: row.templateKey })
          .execute();
      const sent = results.filter((r) => r.outcome.kind === 'sent').map((r) => r.row.id);
      const done = await update(sent, { status: 'sent', sentAt: now, lastError: null });
      stats.sent! += done;
      stats.lost! += sent.length - done;
      for (const { row, outcome: o } of results) {
        if (o.kind === 'sent') continue;
        const attempts = row.attempts + 1;
        let values: Partial<Outbox>;
        let stat: 'skipped' | 'dead' | 'retried' | 'uncertain';
        if (o.kind === 'unknown') [values, stat] = [{ status: 'uncertain', lastError: o.error }, 'uncertain'];
        else if (o.kind === 'refused') [values, stat] = [{ status: 'skipped', lastError: o.error }, 'skipped'];
        else if (o.kind === 'dead') [values, stat] = [{ status: 'dead', lastError: o.error }, 'dead'];
        else if (attempts >= this.env.NOTIFY_MAX_ATTEMPTS)
          [values, stat] = [{ status: 'dead', lastError: `已尝试 ${attempts} 次仍未成功：${o.error}` }, 'dead'];
        else
          [values, stat] = [
            {
              status: 'retry',
              lastError: o.error,
              claimedBy: null,
              nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000),
            },
            'retried',
          ];
        if (!(await update([row.id], values))) {
          stats.lost!++;
          continue;
        }
        stats[stat]!++;
        // Perhaps delivered: the grant stays used.
        if (o.kind === 'unknown') continue;
        // 43101: the user refused, or holds no grant at WeChat: our count is wrong, drop it.
        // Otherwise nothing was delivered: the grant is given back.
        await grant(row, o.kind === 'refused' ? () => '0' : () => `${count} + 1`);
      }
      return stats;
    });
  }
}
