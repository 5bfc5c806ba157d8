import type { Application } from '@midwayjs/koa';
import { SUBSCRIBE_CONFIG } from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { jobTransaction } from '../src/core/tx';
import { FanoutJob, Follow, Message, Outbox, SubscribeGrant, User } from '../src/db/entity';
import { productKey, targetKey } from '../src/follows/match';
import { FANOUT_BATCH } from '../src/jobs/fanout.runner';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TEST_DB, TestApp } from './support/app';
import { FakeWechat, SUBSCRIBE_SEND } from './support/fake-wechat';
import { later, notifyKit } from './support/notify';
import { bearer } from './support/users';

/**
 * The outbox under faults and load: dispatchers side by side (SKIP LOCKED on MySQL), a dispatcher
 * that dies at every point of a send, and a recall fanned out to 2000 followers by a runner that
 * stops halfway and repeats a batch.
 */
let t: TestApp;
let kit: Awaited<ReturnType<typeof notifyKit>>;
const wechat = new FakeWechat();
const CLUE_TEMPLATE = SUBSCRIBE_CONFIG.templates.clue_progress.templateId;

/** The dispatcher's steps, to stop it between them as a crash would. */
interface Steps {
  claim(worker: string, now: Date, limit: number): Promise<Outbox[]>;
  due(m: EntityManager, now: Date, limit: number): Promise<number[]>;
  take(m: EntityManager, ids: number[], worker: string, now: Date): Promise<Outbox[]>;
  reserve(rows: Outbox[], worker: string, now: Date): Promise<{ go: Outbox[]; skipped: number; lost: number }>;
}

beforeAll(async () => {
  const base = await wechat.start();
  t = await startApp({ WECHAT_API_BASE: base, WECHAT_APPID: 'wx-app', WECHAT_SECRET: 'wx-secret' });
  kit = await notifyKit(t);
}, 120_000);
afterAll(async () => {
  await t.close();
  await wechat.stop();
});

/** Sends the fake received per openid. */
const receipts = () => {
  const n = new Map<string, number>();
  for (const c of wechat.sends()) {
    const to = (c.body as { touser: string }).touser;
    n.set(to, (n.get(to) ?? 0) + 1);
  }
  return n;
};
const openidsOf = async (ids: number[]) =>
  new Map(
    (await kit.db.getRepository(User).find({ select: ['id', 'openid'], where: { id: In(ids) } })).map((u) => [
      u.id,
      u.openid!,
    ]),
  );
const statuses = async (dedupePrefix: string) => {
  const rows = await kit.db
    .getRepository(Outbox)
    .createQueryBuilder('o')
    .where('o.dedupeKey LIKE :p', { p: `${dedupePrefix}:%` })
    .getMany();
  return rows;
};

describe('several dispatchers', () => {
  it(`two dispatchers ${TEST_DB === 'mysql' ? 'side by side' : 'one after the other (SQLite)'} never send a row twice`, async () => {
    const ids = await kit.bulkConsumers('pair', 300, 'clue_progress', 1);
    await kit.emit(ids, 'pair:1');
    wechat.reply(
      SUBSCRIBE_SEND,
      ...Array.from({ length: 300 }, () => ({ delayMs: 2, body: { errcode: 0, errmsg: 'ok' } })),
    );
    const run = async (worker: string) => {
      let sent = 0;
      for (;;) {
        const s = await kit.dispatcher.runOnce({ worker, limit: 10 });
        if (!s.claimed) return sent;
        sent += s.sent;
      }
    };
    const [a, b] = TEST_DB === 'mysql' ? await Promise.all([run('A'), run('B')]) : [await run('A'), await run('B')];
    if (TEST_DB === 'mysql') {
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
    }
    // Whatever is left (a dispatcher stops when the other holds the last rows) goes out once too.
    await kit.drain();
    const rows = await statuses('pair:1');
    expect(rows).toHaveLength(300);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    const got = receipts();
    const openids = await openidsOf(ids);
    expect(ids.map((id) => got.get(openids.get(id)!))).toEqual(ids.map(() => 1));
  }, 120_000);

  it('claims racing over the same due rows (SKIP LOCKED that does not lock, as on TiDB): each row won by exactly one', async () => {
    const ids = await kit.bulkConsumers('tidb', 60, 'clue_progress', 1);
    await kit.emit(ids, 'tidb:1');
    const steps = kit.dispatcher as unknown as Steps;
    const now = new Date();
    const mine = new Set((await statuses('tidb:1')).map((r) => r.id));
    // Both claimers see the same candidates, as when the selection locks nothing.
    const seenA = await jobTransaction(kit.db, (m) => steps.due(m, now, 1000));
    const seenB = await jobTransaction(kit.db, (m) => steps.due(m, now, 1000));
    const candidates = seenA.filter((id) => mine.has(id));
    expect(candidates).toHaveLength(60);
    expect(seenB.filter((id) => mine.has(id))).toEqual(candidates);
    const claimers = ['racer-A', 'racer-B', 'racer-C', 'racer-D'];
    const won = await Promise.all(
      claimers.map((w) => jobTransaction(kit.db, (m) => steps.take(m, candidates, w, now))),
    );
    const all = won.flatMap((rows, i) => rows.map((r) => ({ id: r.id, by: claimers[i], claimedBy: r.claimedBy })));
    expect(all.map((r) => r.id).sort((x, y) => x - y)).toEqual([...candidates].sort((x, y) => x - y));
    expect(all.every((r) => r.claimedBy === r.by)).toBe(true);
    const rows = await statuses('tidb:1');
    expect(rows.every((r) => r.status === 'claimed' && claimers.includes(r.claimedBy!))).toBe(true);
    // A later claim over the same rows wins nothing: they are no longer due.
    expect(await jobTransaction(kit.db, (m) => steps.take(m, candidates, 'racer-late', now))).toEqual([]);
    // Given back, they are sent once each.
    await kit.db
      .getRepository(Outbox)
      .update({ id: In(candidates) }, { status: 'pending', claimedBy: null, claimedUntil: null });
    await kit.drain();
    const got = receipts();
    const openids = await openidsOf(ids);
    expect(ids.map((id) => got.get(openids.get(id)!))).toEqual(ids.map(() => 1));
  }, 60_000);

  (TEST_DB === 'mysql' ? it : it.skip)('a claim skips rows another dispatcher has locked (SKIP LOCKED)', async () => {
    const ids = await kit.bulkConsumers('locked', 20, 'clue_progress', 1);
    await kit.emit(ids, 'locked:1');
    const other = kit.db.createQueryRunner();
    await other.connect();
    await other.startTransaction('READ COMMITTED');
    try {
      // Another process in the middle of its claim: it holds 5 of the due rows.
      const some = (await statuses('locked:1')).slice(0, 5).map((r) => r.id);
      const held = await other.manager
        .getRepository(Outbox)
        .createQueryBuilder('o')
        .where('o.id IN (:...some)', { some })
        .setLock('pessimistic_write')
        .getMany();
      expect(held).toHaveLength(5);
      const started = Date.now();
      const s = await kit.dispatcher.runOnce({ worker: 'C', limit: 100 });
      // Not blocked behind the lock (innodb_lock_wait_timeout is 50 s), and the locked rows untouched.
      expect(Date.now() - started).toBeLessThan(5000);
      expect(s).toMatchObject({ claimed: 15, sent: 15 });
      const after = await statuses('locked:1');
      const heldIds = new Set(held.map((h) => h.id));
      expect(after.filter((r) => heldIds.has(r.id)).map((r) => r.status)).toEqual(Array(5).fill('pending'));
    } finally {
      await other.commitTransaction();
      await other.release();
    }
    expect(await kit.dispatcher.runOnce({ worker: 'C' })).toMatchObject({ claimed: 5, sent: 5 });
  });
});

describe('a dispatcher killed mid-dispatch', () => {
  it('loses nothing and sends nothing twice: every row is sent exactly once, or uncertain and received at most once', async () => {
    const ids = await kit.bulkConsumers('kill', 40, 'clue_progress', 1);
    await kit.emit(ids, 'kill:1');
    const openids = await openidsOf(ids);
    const dead = kit.dispatcher as unknown as Steps;
    const now = new Date();
    // The dispatcher that dies: it claimed 30 rows, marked 10 of them 'sending' (their grants
    // taken), got 5 of those requests to WeChat, and was killed before recording anything.
    const claimed = await dead.claim('doomed', now, 30);
    expect(claimed).toHaveLength(30);
    expect((await dead.reserve(claimed.slice(0, 10), 'doomed', now)).go).toHaveLength(10);
    for (const row of claimed.slice(0, 5)) {
      const r = await kit.dispatcher.wechat.sendSubscribe(openids.get(row.userId)!, CLUE_TEMPLATE, row.page, row.data);
      expect(r.errcode).toBe(0);
    }

    // Another dispatcher, before the leases run out: only the 10 rows nobody claimed.
    expect(await kit.dispatcher.runOnce({ worker: 'survivor' })).toMatchObject({ claimed: 10, sent: 10, released: 0 });
    // After them: the 20 abandoned claims go out; the 10 caught mid-send are never resent.
    const s = await kit.dispatcher.runOnce({ worker: 'survivor', now: later(120) });
    expect(s).toMatchObject({ released: 20, uncertain: 10, claimed: 20, sent: 20 });
    await kit.drain({ worker: 'survivor', now: later(7200) });

    const rows = await statuses('kill:1');
    const got = receipts();
    const by = (st: string) => rows.filter((r) => r.status === st);
    expect(rows).toHaveLength(40);
    expect(by('sent')).toHaveLength(30);
    expect(by('uncertain')).toHaveLength(10);
    for (const r of by('sent')) expect(got.get(openids.get(r.userId)!)).toBe(1);
    const uncertainReceipts = by('uncertain').map((r) => got.get(openids.get(r.userId)!) ?? 0);
    expect(uncertainReceipts.sort()).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // Every user has the in-app message whatever happened to the push.
    expect(await kit.db.getRepository(Message).countBy({ dedupeKey: 'kill:1', userId: In(ids) })).toBe(40);
    // A grant is spent by every send that may have happened.
    const left = await kit.db.getRepository(SubscribeGrant).findBy({ userId: In(ids), templateKey: 'clue_progress' });
    expect(left.map((g) => g.count)).toEqual(Array(40).fill(0));
  });
});

describe('fan-out of a published recall', () => {
  const GTIN = '6901234567892';
  const recall = {
    recallNo: 'JS2026-FAN1',
    title: '暖阳牌电暖器召回',
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    models: ['NY-2000', 'NY-2100'],
    gtins: [GTIN],
    batches: ['20250901', '20250902'],
    quantity: 2000,
    categoryCode: '01',
    defect: '温控器触点粘连，持续加热导致外壳过热',
    consequence: '可能引发火灾',
    remedy: '免费更换温控器',
    startDate: '2026-03-10',
  };

  it('reaches 2000 matching followers and the reporter of a matching clue, each once, across a stop and a repeated batch', async () => {
    const users = await kit.bulkConsumers('fan', 2100, 'recall_alert', 1);
    const follow = (userId: number, p: { gtin?: string; brand?: string; model?: string; batch?: string }) => {
      const key = productKey(p);
      return {
        userId,
        targetKey: targetKey(key),
        ...key,
        brand: p.brand ?? null,
        model: p.model ?? null,
        batch: p.batch ?? null,
        source: 'scan',
      };
    };
    const rows = [
      // 0–1499 by GTIN; 1400–1999 by brand + model (100 follow both ways), 1950–1999 with a listed batch.
      ...users.slice(0, 1500).map((u) => follow(u, { gtin: `0${GTIN}` })),
      ...users.slice(1400, 1950).map((u) => follow(u, { brand: '暖阳', model: 'NY 2000' })),
      ...users.slice(1950, 2000).map((u) => follow(u, { brand: '暖阳', model: 'ny-2100', batch: '20250902' })),
      // 2000–2099: a batch the recall does not list, or another model: not affected.
      ...users.slice(2000, 2050).map((u) => follow(u, { brand: '暖阳', model: 'NY-2000', batch: '20251001' })),
      ...users.slice(2050, 2100).map((u) => follow(u, { brand: '暖阳', model: 'NY-3000' })),
    ];
    for (let i = 0; i < rows.length; i += 500) await kit.db.getRepository(Follow).insert(rows.slice(i, i + 500));

    // Two consumers reported clues: one about the recalled product (by brand and model as typed), one not.
    const report = async (code: string, model: string, key: string) => {
      const c = await kit.consumer(code);
      const res = await t
        .http()
        .post('/api/clues')
        .set({ ...bearer(c.token), 'Idempotency-Key': key })
        .send({
          categoryCode: '01',
          productName: '电暖器',
          brand: '暖阳',
          model,
          description: '使用半小时后外壳发烫',
          injury: 'none',
          regionCode: '320505',
          contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区某路 1 号' },
        });
      expect(res.status).toBe(201);
      return c;
    };
    const reporter = await report('reporter-match', 'NY–2000', 'clue-key-0001');
    const bystander = await report('reporter-other', 'NY-9000', 'clue-key-0002');

    // Publishing only queues the fan-out.
    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    await importer.importText(JSON.stringify(recall), { actorId: null });
    const jobs = await kit.db.getRepository(FanoutJob).find();
    expect(jobs).toHaveLength(1);
    const recallId = jobs[0].recallId;
    const dedupeKey = `recall:${recallId}`;
    const messages = () => kit.db.getRepository(Message).countBy({ dedupeKey });
    expect(await messages()).toBe(0);

    // The runner stops after one batch (a deploy, a crash) …
    expect(await kit.fanout.runOnce({ maxBatches: 1 })).toMatchObject({ batches: 1, notified: FANOUT_BATCH });
    expect(await messages()).toBe(FANOUT_BATCH);
    // … and the cursor's update is lost as if the process died before committing it: the batch runs again.
    await kit.db.getRepository(FanoutJob).update(jobs[0].id, { cursor: 0 });
    expect(await kit.fanout.runOnce()).toMatchObject({ jobsDone: 1 });
    expect(await kit.fanout.runOnce()).toMatchObject({ batches: 0 });

    const expected = [...users.slice(0, 2000), reporter.id].sort((a, b) => a - b);
    const got = await kit.db.getRepository(Message).find({ select: ['userId'], where: { dedupeKey } });
    expect(got.map((m) => m.userId).sort((a, b) => a - b)).toEqual(expected);
    expect(await kit.messages(bystander.id).then((ms) => ms.filter((m) => m.dedupeKey === dedupeKey))).toEqual([]);
    const msg = await kit.db.getRepository(Message).findOneByOrFail({ dedupeKey, userId: users[0] });
    expect(msg).toMatchObject({ kind: 'recall_matched', link: `/pages/recall/index?id=${recallId}` });
    expect((await kit.db.getRepository(FanoutJob).findOneByOrFail({ id: jobs[0].id })).status).toBe('done');

    // Every follower with a grant gets one WeChat message; the reporter holds no recall_alert grant.
    const before = wechat.sends().length;
    await kit.drain();
    const sends = wechat.sends().slice(before);
    expect(sends).toHaveLength(2000);
    const tousers = new Set(sends.map((c) => (c.body as { touser: string }).touser));
    expect(tousers.size).toBe(2000);
    expect(sends[0].body).toMatchObject({
      template_id: SUBSCRIBE_CONFIG.templates.recall_alert.templateId,
      page: `pages/recall/index?id=${recallId}`,
      data: {
        thing1: { value: '暖阳牌电暖器' },
        thing2: { value: '苏州暖阳电器有限公司' },
        thing3: { value: '温控器触点粘连，持续加热导致外壳过热' },
        date4: { value: '2026年3月10日' },
        thing5: { value: '请立即停止使用并查看召回措施' },
      },
    });
    const reporterRow = await kit.row(`${dedupeKey}:${reporter.id}`);
    expect(reporterRow).toMatchObject({ status: 'skipped', lastError: '用户未订阅' });
  }, 180_000);

  it('a recall withdrawn before its fan-out ran tells nobody', async () => {
    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    await importer.importText(JSON.stringify({ ...recall, recallNo: 'JS2026-FAN2' }), { actorId: null });
    const job = await kit.db.getRepository(FanoutJob).findOneOrFail({ where: {}, order: { id: 'DESC' } });
    await importer.withdraw(job.recallId, '信息有误', 1);
    expect(await kit.fanout.runOnce()).toMatchObject({ notified: 0, jobsDone: 1 });
    expect(await kit.db.getRepository(Message).countBy({ dedupeKey: `recall:${job.recallId}` })).toBe(0);
  });
});
