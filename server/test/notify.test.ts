import type { Application } from '@midwayjs/koa';
import { SUBSCRIBE_CONFIG, ZFollowList, ZFollowView, ZGrantCounts, ZMessageList, ZMessageView } from '@recall/shared';
import { Message, Outbox, Recall, RecallCase } from '../src/db/entity';
import { backoffSeconds, NO_GRANT } from '../src/notify/outbox.dispatcher';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { FakeWechat, SUBSCRIBE_SEND } from './support/fake-wechat';
import { later, notifyKit } from './support/notify';
import { bearer, staff, suzhouBureau, nuanyangProducer } from './support/users';

/** Message center, subscribe grants, every WeChat errcode path of the outbox, follows, deadline reminders. */
let t: TestApp;
let kit: Awaited<ReturnType<typeof notifyKit>>;
let province: string;
const wechat = new FakeWechat();
const CLUE_TEMPLATE = SUBSCRIBE_CONFIG.templates.clue_progress.templateId;

beforeAll(async () => {
  const base = await wechat.start();
  t = await startApp({
    WECHAT_API_BASE: base,
    WECHAT_APPID: 'wx-app',
    WECHAT_SECRET: 'wx-secret',
    NOTIFY_MAX_ATTEMPTS: '3',
  });
  kit = await notifyKit(t);
  province = await staff(t, { role: 'province', org: '320000', username: 'js-admin', password: 'js-pass-123' });
}, 120_000);
afterAll(async () => {
  await t.close();
  await wechat.stop();
});

const sendsTo = (openid: string) => wechat.sends(openid).length;

describe('message center', () => {
  it('lists, counts, reads one and all; the same event twice is one message', async () => {
    const a = await kit.consumer('msg-a');
    const b = await kit.consumer('msg-b');
    await kit.emit([a.id, b.id], 'mc:1', { title: '第一条' });
    await kit.emit([a.id, b.id], 'mc:1', { title: '第一条' });
    await kit.emit([a.id], 'mc:2', { title: '第二条', link: null });

    let list = ZMessageList.parse((await t.http().get('/api/messages').set(bearer(a.token))).body);
    expect(list.items.map((m) => m.title)).toEqual(['第二条', '第一条']);
    expect(list).toMatchObject({ total: 2, unread: 2 });
    expect(list.items[1]).toMatchObject({ kind: 'clue_received', kindLabel: '报告已提交', readAt: null });
    expect(list.items[1].link).toBe('/pages/clue/index?id=mc:1');
    expect((await t.http().get('/api/messages/unread-count').set(bearer(b.token))).body).toEqual({ unread: 1 });

    // A user never sees nor touches another's messages.
    const bList = ZMessageList.parse((await t.http().get('/api/messages').set(bearer(b.token))).body);
    expect(bList.total).toBe(1);
    const other = await t.http().post(`/api/messages/${list.items[0].id}/read`).set(bearer(b.token));
    expect(other.status).toBe(404);
    expect(other.body.error.message).toBe('没有找到这条消息');

    const read = await t.http().post(`/api/messages/${list.items[1].id}/read`).set(bearer(a.token));
    expect(read.status).toBe(200);
    expect(ZMessageView.parse(read.body).readAt).not.toBeNull();
    list = ZMessageList.parse((await t.http().get('/api/messages?unread=1').set(bearer(a.token))).body);
    expect(list.items.map((m) => m.title)).toEqual(['第二条']);
    expect(list.unread).toBe(1);
    const readOnes = ZMessageList.parse((await t.http().get('/api/messages?unread=0').set(bearer(a.token))).body);
    expect(readOnes.items.map((m) => m.title)).toEqual(['第一条']);

    expect((await t.http().post('/api/messages/read-all').set(bearer(a.token))).body).toEqual({ unread: 0 });
    expect((await t.http().get('/api/messages/unread-count').set(bearer(a.token))).body).toEqual({ unread: 0 });
    expect((await t.http().get('/api/messages/unread-count').set(bearer(b.token))).body).toEqual({ unread: 1 });
    expect((await t.http().get('/api/messages')).status).toBe(401);
    const paged = await t.http().get('/api/messages?pageSize=1&page=2').set(bearer(a.token));
    expect(paged.body.items.map((m: { title: string }) => m.title)).toEqual(['第一条']);
  });

  it('staff have a message center too', async () => {
    const res = await t.http().get('/api/messages').set(bearer(province));
    expect(res.status).toBe(200);
    expect(ZMessageList.parse(res.body).total).toBe(0);
  });
});

describe('subscribe grants', () => {
  it('counts one per accept for a known template; reject and unknown ids change nothing', async () => {
    const c = await kit.consumer('grant-a');
    const recallTemplate = SUBSCRIBE_CONFIG.templates.recall_alert.templateId;
    let res = await t
      .http()
      .post('/api/subscriptions/grants')
      .set(bearer(c.token))
      .send({ results: { [CLUE_TEMPLATE]: 'accept', [recallTemplate]: 'reject', 'unknown-template': 'accept' } });
    expect(res.status).toBe(200);
    expect(ZGrantCounts.parse(res.body).grants).toMatchObject({ clue_progress: 1, recall_alert: 0 });
    res = await t
      .http()
      .post('/api/subscriptions/grants')
      .set(bearer(c.token))
      .send({ results: { [CLUE_TEMPLATE]: 'accept', [recallTemplate]: 'accept' } });
    expect(res.body.grants).toMatchObject({ clue_progress: 2, recall_alert: 1 });
    expect((await t.http().get('/api/subscriptions/grants').set(bearer(c.token))).body.grants).toEqual({
      clue_progress: 2,
      recall_alert: 1,
      request_progress: 0,
      case_notice: 0,
      deadline_reminder: 0,
    });
    const bad = await t
      .http()
      .post('/api/subscriptions/grants')
      .set(bearer(c.token))
      .send({ results: { [CLUE_TEMPLATE]: 'yes' } });
    expect(bad.status).toBe(400);
  });
});

describe('delivery through the outbox', () => {
  // Each case starts with nothing due (the message center's events above made rows too).
  beforeEach(() => kit.drain());

  it('errcode 0: sent once with the template data cut to limits; the grant is used', async () => {
    const c = await kit.consumer('send-ok');
    await kit.grant(c.token, 'clue_progress');
    await kit.emit([c.id], 'ok:1', {
      vars: {
        productName: '一个名字非常非常长的暖阳牌智能恒温电暖器（家用款）',
        status: '已受理abc',
        at: '2026-03-05T06:30:00Z',
      },
    });
    const s = await kit.dispatcher.runOnce();
    expect(s).toMatchObject({ claimed: 1, sent: 1 });
    expect(await kit.row('ok:1:' + c.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await kit.row('ok:1:' + c.id)).sentAt).not.toBeNull();
    const call = wechat.sends(c.openid)[0];
    expect(call.query.access_token).toMatch(/^token-/);
    expect(call.body).toMatchObject({
      touser: c.openid,
      template_id: CLUE_TEMPLATE,
      page: 'pages/clue/index?id=ok:1',
      miniprogram_state: 'formal',
      data: {
        thing1: { value: '一个名字非常非常长的暖阳牌智能恒温电暖…' },
        phrase2: { value: '已受理' },
        time4: { value: '2026年3月5日 14:30' },
      },
    });
    expect(Array.from((call.body as { data: { thing1: { value: string } } }).data.thing1.value)).toHaveLength(20);
    expect(await kit.grants(c.id, 'clue_progress')).toBe(0);
    expect((await kit.dispatcher.runOnce()).claimed).toBe(0);
  });

  it('no grant: skipped as 未订阅 and never sent; the in-app message is there', async () => {
    const c = await kit.consumer('no-grant');
    await kit.emit([c.id], 'ng:1');
    expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 1, skipped: 1 });
    expect(await kit.row(`ng:1:${c.id}`)).toMatchObject({ status: 'skipped', lastError: NO_GRANT, attempts: 0 });
    expect(sendsTo(c.openid)).toBe(0);
    expect(await kit.messages(c.id)).toHaveLength(1);
  });

  it('one grant, two events: one send only', async () => {
    const c = await kit.consumer('one-grant');
    await kit.grant(c.token, 'clue_progress');
    await kit.emit([c.id], 'og:1');
    await kit.emit([c.id], 'og:2');
    expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 2, sent: 1, skipped: 1 });
    expect(sendsTo(c.openid)).toBe(1);
    expect((await kit.row(`og:2:${c.id}`)).status).toBe('skipped');
  });

  it('the same event twice: one message, one outbox row, one send', async () => {
    const c = await kit.consumer('dedupe');
    await kit.grant(c.token, 'clue_progress', 3);
    await kit.emit([c.id], 'dd:1');
    await kit.emit([c.id, c.id], 'dd:1');
    await kit.drain();
    await kit.emit([c.id], 'dd:1');
    await kit.drain();
    expect(await kit.messages(c.id)).toHaveLength(1);
    expect(sendsTo(c.openid)).toBe(1);
    expect(await kit.grants(c.id, 'clue_progress')).toBe(2);
  });

  it('the browser test login has no WeChat openid: in-app only', async () => {
    const dev = (await t.http().post('/api/auth/dev').send({ deviceId: 'dev-device-1' })).body;
    await kit.emit([dev.user.id], 'dev:1');
    expect(await kit.messages(dev.user.id)).toHaveLength(1);
    await expect(kit.row(`dev:1:${dev.user.id}`)).rejects.toThrow();
  });

  it('43101 (refused): skipped, the grant count dropped to 0, never retried', async () => {
    const c = await kit.consumer('refused');
    await kit.grant(c.token, 'clue_progress', 3);
    await kit.emit([c.id], 'rf:1');
    wechat.reply(SUBSCRIBE_SEND, { body: { errcode: 43101, errmsg: 'user refuse to accept the msg' } });
    expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 1, skipped: 1 });
    const r = await kit.row(`rf:1:${c.id}`);
    expect(r.status).toBe('skipped');
    expect(r.lastError).toContain('43101');
    expect(await kit.grants(c.id, 'clue_progress')).toBe(0);
    expect((await kit.dispatcher.runOnce({ now: later(7200) })).claimed).toBe(0);
    expect(sendsTo(c.openid)).toBe(1);
  });

  it.each([
    [47003, 'argument invalid! data.thing1.value invalid', '模板参数不准确'],
    [40037, 'invalid template_id', '模板 ID 不正确'],
  ])('%i is dead-lettered with its error visible to admins; the grant is kept', async (errcode, errmsg, label) => {
    const c = await kit.consumer(`dead-${errcode}`);
    await kit.grant(c.token, 'clue_progress');
    await kit.emit([c.id], `dl:${errcode}`);
    wechat.reply(SUBSCRIBE_SEND, { body: { errcode, errmsg } });
    expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 1, dead: 1 });
    expect((await kit.dispatcher.runOnce({ now: later(7200) })).claimed).toBe(0);
    expect(sendsTo(c.openid)).toBe(1);
    expect(await kit.grants(c.id, 'clue_progress')).toBe(1);

    const res = await t.http().get('/api/admin/outbox?status=dead').set(bearer(province));
    expect(res.status).toBe(200);
    const item = res.body.items.find((i: { dedupeKey: string }) => i.dedupeKey === `dl:${errcode}:${c.id}`);
    expect(item).toMatchObject({ status: 'dead', attempts: 1, templateKey: 'clue_progress' });
    expect(item.lastError).toBe(`${label}（${errcode} ${errmsg}）`);
    expect(res.body.counts.dead).toBeGreaterThanOrEqual(1);
    expect((await t.http().get('/api/admin/outbox').set(bearer(c.token))).status).toBe(403);
  });

  it.each([40001, 42001])('%i: the token is refreshed once and the message sent', async (errcode) => {
    const c = await kit.consumer(`token-${errcode}`);
    await kit.grant(c.token, 'clue_progress');
    await kit.emit([c.id], `tk:${errcode}`);
    wechat.reply(SUBSCRIBE_SEND, { body: { errcode, errmsg: 'access_token expired' } });
    const tokensBefore = wechat.calls.filter((x) => x.path === '/cgi-bin/stable_token').length;
    expect(await kit.dispatcher.runOnce()).toMatchObject({ sent: 1 });
    const sends = wechat.sends(c.openid);
    expect(sends).toHaveLength(2);
    expect(sends[1].query.access_token).not.toBe(sends[0].query.access_token);
    const refresh = wechat.calls.filter((x) => x.path === '/cgi-bin/stable_token').slice(tokensBefore);
    expect(refresh.map((x) => (x.body as { force_refresh: boolean }).force_refresh)).toContain(true);
    expect(await kit.row(`tk:${errcode}:${c.id}`)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await kit.grants(c.id, 'clue_progress')).toBe(0);
  });

  it.each([
    ['errcode -1 (system busy)', { body: { errcode: -1, errmsg: 'system error' } }],
    ['HTTP 500', { status: 500, body: { message: 'internal error' } }],
  ])(
    '%s is retried with backoff, then sent',
    async (_label, reply) => {
      const c = await kit.consumer(`retry-${_label.length}`);
      await kit.grant(c.token, 'clue_progress');
      await kit.emit([c.id], `rt:${_label}`);
      wechat.reply(SUBSCRIBE_SEND, reply);
      const before = Date.now();
      expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      let r = await kit.row(`rt:${_label}:${c.id}`);
      expect(r).toMatchObject({ status: 'retry', attempts: 1, claimedBy: null });
      expect(r.lastError).toBeTruthy();
      const wait = new Date(r.nextAttemptAt).getTime() - before;
      expect(wait).toBeGreaterThanOrEqual(backoffSeconds(1) * 1000 - 1000);
      expect(wait).toBeLessThanOrEqual(backoffSeconds(1) * 1000 + 7000);
      // The grant was given back: the send did not happen.
      expect(await kit.grants(c.id, 'clue_progress')).toBe(1);
      // Not due yet; due after the backoff.
      expect((await kit.dispatcher.runOnce()).claimed).toBe(0);
      expect(await kit.dispatcher.runOnce({ now: later(10) })).toMatchObject({ claimed: 1, sent: 1 });
      r = await kit.row(`rt:${_label}:${c.id}`);
      expect(r).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(sendsTo(c.openid)).toBe(2);
      expect(await kit.grants(c.id, 'clue_progress')).toBe(0);
    },
    30_000,
  );

  // WeChat has no idempotency key: a send it may have done is never repeated (at most once).
  it.each([
    ['WeChat accepted the send but answered after the timeout', { delayMs: 5600, body: { errcode: 0, errmsg: 'ok' } }],
    ['the connection dropped after the request was written', { hangUp: true }],
    ["WeChat's gateway timed out waiting for the service (HTTP 504)", { status: 504, body: { message: 'timeout' } }],
  ])(
    '%s: uncertain, never sent again; the message is in the message center',
    async (label, reply) => {
      const c = await kit.consumer(`unknown-${label.length}`);
      await kit.grant(c.token, 'clue_progress');
      await kit.emit([c.id], `uk:${label}`);
      wechat.reply(SUBSCRIBE_SEND, reply);
      expect(await kit.dispatcher.runOnce()).toMatchObject({ claimed: 1, uncertain: 1, retried: 0, sent: 0 });
      const r = await kit.row(`uk:${label}:${c.id}`);
      expect(r).toMatchObject({ status: 'uncertain', attempts: 1 });
      expect(r.lastError).toContain('无法确认是否已送达');
      // Perhaps delivered: the grant stays used.
      expect(await kit.grants(c.id, 'clue_progress')).toBe(0);
      // Long after any backoff, nothing is sent again.
      expect((await kit.dispatcher.runOnce({ now: later(3600) })).claimed).toBe(0);
      expect(await kit.dispatcher.runOnce({ now: later(86400) })).toMatchObject({ claimed: 0, uncertain: 0 });
      expect(sendsTo(c.openid)).toBe(1);
      expect((await kit.messages(c.id)).map((m) => m.dedupeKey)).toEqual([`uk:${label}`]);
    },
    30_000,
  );

  it('failing every time: backoff doubles, dead after NOTIFY_MAX_ATTEMPTS (3)', async () => {
    const c = await kit.consumer('always-busy');
    await kit.grant(c.token, 'clue_progress');
    await kit.emit([c.id], 'ab:1');
    const busy = { body: { errcode: -1, errmsg: 'system error' } };
    wechat.reply(SUBSCRIBE_SEND, busy, busy, busy);
    expect(await kit.dispatcher.runOnce()).toMatchObject({ retried: 1 });
    expect(await kit.dispatcher.runOnce({ now: later(3) })).toMatchObject({ retried: 1 });
    const second = await kit.row(`ab:1:${c.id}`);
    expect(new Date(second.nextAttemptAt).getTime() - later(3).getTime()).toBeGreaterThan(
      backoffSeconds(2) * 1000 - 1500,
    );
    expect(await kit.dispatcher.runOnce({ now: later(60) })).toMatchObject({ dead: 1 });
    const r = await kit.row(`ab:1:${c.id}`);
    expect(r).toMatchObject({ status: 'dead', attempts: 3 });
    expect(r.lastError).toContain('已尝试 3 次仍未成功');
    expect(sendsTo(c.openid)).toBe(3);
    expect(await kit.grants(c.id, 'clue_progress')).toBe(1);
  });

  it('an expired claim goes back to pending and is sent; an expired send becomes uncertain, never resent', async () => {
    const a = await kit.consumer('lease-claimed');
    const b = await kit.consumer('lease-sending');
    await kit.grant(a.token, 'clue_progress');
    await kit.grant(b.token, 'clue_progress');
    await kit.emit([a.id], 'ls:a');
    await kit.emit([b.id], 'ls:b');
    const past = new Date(Date.now() - 1000);
    const repo = kit.db.getRepository(Outbox);
    await repo.update(
      { dedupeKey: `ls:a:${a.id}` },
      { status: 'claimed', claimedBy: 'dead-worker', claimedUntil: past },
    );
    await repo.update(
      { dedupeKey: `ls:b:${b.id}` },
      { status: 'sending', claimedBy: 'dead-worker', claimedUntil: past },
    );
    const s = await kit.dispatcher.runOnce();
    expect(s).toMatchObject({ released: 1, uncertain: 1, claimed: 1, sent: 1 });
    expect((await kit.row(`ls:a:${a.id}`)).status).toBe('sent');
    const u = await kit.row(`ls:b:${b.id}`);
    expect(u.status).toBe('uncertain');
    expect(u.lastError).toContain('无法确认');
    expect(sendsTo(a.openid)).toBe(1);
    await kit.drain({ now: later(7200) });
    expect(sendsTo(b.openid)).toBe(0);
    const res = await t.http().get('/api/admin/outbox?status=uncertain').set(bearer(province));
    expect(res.body.items.map((i: { dedupeKey: string }) => i.dedupeKey)).toContain(`ls:b:${b.id}`);
  });
});

describe('followed products', () => {
  const GTIN = '6901234567892';
  const line = {
    recallNo: 'JS2026-F001',
    title: '暖阳牌电暖器召回',
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    models: ['NY-2000'],
    gtins: [GTIN],
    batches: ['20250901'],
    quantity: 100,
    categoryCode: '01',
    defect: '温控器触点粘连',
    consequence: '外壳过热',
    remedy: '免费更换',
    startDate: '2026-03-10',
  };

  it('follows by GTIN or brand + model, idempotently; lists with matching recalls; unfollows', async () => {
    const c = await kit.consumer('follower');
    const other = await kit.consumer('follower-2');
    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    await importer.importText(JSON.stringify(line), { actorId: null });

    let res = await t
      .http()
      .post('/api/follows')
      .set(bearer(c.token))
      .send({ gtin: GTIN, productName: '电暖器', source: 'scan' });
    expect(res.status).toBe(201);
    const byGtin = ZFollowView.parse(res.body);
    expect(byGtin).toMatchObject({ gtin: `0${GTIN}`, source: 'scan', productName: '电暖器' });
    expect(byGtin.matches.map((m) => m.title)).toEqual(['暖阳牌电暖器召回']);
    res = await t
      .http()
      .post('/api/follows')
      .set(bearer(c.token))
      .send({ gtin: `0${GTIN}` });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(byGtin.id);

    res = await t
      .http()
      .post('/api/follows')
      .set(bearer(c.token))
      .send({ brand: ' 暖阳 ', model: 'ny 2000', batch: '20250915' });
    expect(res.status).toBe(201);
    // A batch the recall does not list: not affected.
    expect(res.body.matches).toEqual([]);
    res = await t
      .http()
      .post('/api/follows')
      .set(bearer(c.token))
      .send({ brand: '暖阳', model: 'NY-2000', source: 'recall' });
    expect(res.status).toBe(201);
    expect(res.body.matches).toHaveLength(1);
    const sameTarget = await t
      .http()
      .post('/api/follows')
      .set(bearer(c.token))
      .send({ brand: '暖阳', model: 'ＮＹ２０００' });
    expect(sameTarget.status).toBe(200);
    expect(sameTarget.body.id).toBe(res.body.id);

    const bad = await t.http().post('/api/follows').set(bearer(c.token)).send({ brand: '暖阳' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('请提供商品条码，或同时提供品牌和型号');
    expect((await t.http().post('/api/follows').set(bearer(province)).send({ gtin: GTIN })).status).toBe(403);

    const list = ZFollowList.parse((await t.http().get('/api/follows').set(bearer(c.token))).body);
    expect(list.items).toHaveLength(3);
    expect((await t.http().get('/api/follows').set(bearer(other.token))).body.items).toEqual([]);
    expect((await t.http().delete(`/api/follows/${byGtin.id}`).set(bearer(other.token))).status).toBe(404);
    expect((await t.http().delete(`/api/follows/${byGtin.id}`).set(bearer(c.token))).status).toBe(204);
    expect((await t.http().get('/api/follows').set(bearer(c.token))).body.items).toHaveLength(2);
  });

  it('following from a recall follows every barcode it lists: a new recall of the second barcode is matched and told', async () => {
    const [first, second] = ['6960123000209', '6960123000216'];
    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    const recalls = kit.db.getRepository(Recall);
    await importer.importText(
      JSON.stringify({
        ...line,
        recallNo: 'JS2026-F002',
        title: '极电移动电源召回',
        brand: '极电',
        models: ['JD-P20'],
        gtins: [first, second],
        batches: [],
      }),
      { actorId: null },
    );
    const followed = await recalls.findOneByOrFail({ recallNo: 'JS2026-F002' });
    const fromRecall = await kit.consumer('follows-the-recall');
    const byBarcode = await kit.consumer('follows-one-barcode');
    const res = await t
      .http()
      .post('/api/follows')
      .set(bearer(fromRecall.token))
      .send({ gtin: first, recallId: followed.id, source: 'recall' });
    expect(res.status).toBe(201);
    expect(
      (await t.http().post('/api/follows').set(bearer(byBarcode.token)).send({ gtin: first, source: 'scan' })).status,
    ).toBe(201);
    const gone = await t
      .http()
      .post('/api/follows')
      .set(bearer(byBarcode.token))
      .send({ gtin: second, recallId: 999999 });
    expect(gone.status).toBe(400);
    expect(gone.body.error.message).toBe('没有找到要关注的召回信息');

    // A later recall lists only the second barcode.
    await importer.importText(
      JSON.stringify({
        ...line,
        recallNo: 'JS2026-F003',
        title: '极电移动电源扩大召回',
        brand: '极电',
        models: ['JD-P20'],
        gtins: [second],
        batches: [],
      }),
      { actorId: null },
    );
    const later = await recalls.findOneByOrFail({ recallNo: 'JS2026-F003' });
    while ((await kit.fanout.runOnce()).batches > 0);
    const told = await kit.db.getRepository(Message).find({ where: { dedupeKey: `recall:${later.id}` } });
    expect(told.map((m) => m.userId)).toEqual([fromRecall.id]);
    const titles = async (token: string) =>
      ZFollowList.parse((await t.http().get('/api/follows').set(bearer(token))).body).items.flatMap((f) =>
        f.matches.map((m) => m.title),
      );
    expect((await titles(fromRecall.token)).sort()).toEqual(['极电移动电源召回', '极电移动电源扩大召回'].sort());
    expect(await titles(byBarcode.token)).toEqual(['极电移动电源召回']);
  });
  it('follows by brand + product name (no barcode, no model): a new recall of it is matched as /api/recalls/match matches, and told', async () => {
    const follower = await kit.consumer('follows-a-humidifier');
    const otherProduct = await kit.consumer('follows-a-fan');
    const follow = (token: string, body: object) =>
      t
        .http()
        .post('/api/follows')
        .set(bearer(token))
        .send({ source: 'manual', ...body });
    const res = await follow(follower.token, { brand: '晴川', productName: '加湿器' });
    expect(res.status).toBe(201);
    expect(ZFollowView.parse(res.body)).toMatchObject({ brand: '晴川', productName: '加湿器', matches: [] });
    expect((await follow(follower.token, { brand: '晴川', productName: ' 加湿器 ' })).body.id).toBe(res.body.id);
    expect((await follow(otherProduct.token, { brand: '晴川', productName: '电风扇' })).status).toBe(201);

    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    await importer.importText(
      JSON.stringify({
        ...line,
        recallNo: 'JS2026-F004',
        title: '晴川超声波加湿器召回',
        productName: '晴川牌超声波加湿器',
        brand: '晴川',
        models: ['QC-5'],
        gtins: [],
        batches: [],
      }),
      { actorId: null },
    );
    const recall = await kit.db.getRepository(Recall).findOneByOrFail({ recallNo: 'JS2026-F004' });
    const match = await t.http().post('/api/recalls/match').send({ brand: '晴川', productName: '加湿器' });
    expect(match.body.items.map((r: { recallNo: string }) => r.recallNo)).toEqual(['JS2026-F004']);

    while ((await kit.fanout.runOnce()).batches > 0);
    const told = await kit.db.getRepository(Message).find({ where: { dedupeKey: `recall:${recall.id}` } });
    expect(told.map((m) => m.userId)).toEqual([follower.id]);
    expect(told[0].title).toBe('召回提醒：晴川牌超声波加湿器');
    const list = ZFollowList.parse((await t.http().get('/api/follows').set(bearer(follower.token))).body);
    expect(list.items[0].matches.map((m) => m.title)).toEqual(['晴川超声波加湿器召回']);
    expect((await follow(follower.token, { brand: '晴川' })).body.error.message).toContain(
      '请提供商品条码，或同时提供品牌和型号（或品牌和产品名称）',
    );
  });

  it('a report of brand + product name (no barcode, no model) is matched as the report form matches, its batch checked', async () => {
    const report = async (code: string, patch: object) => {
      const who = await kit.consumer(code);
      const res = await t
        .http()
        .post('/api/clues')
        .set(bearer(who.token))
        .send(clueReport({ gtin: undefined, model: undefined, ...patch }));
      expect(res.status).toBe(201);
      return who;
    };
    const byName = await report('reports-a-kettle', { brand: '澄湖', productName: '电热水壶' });
    const otherBatch = await report('reports-another-batch', {
      brand: '澄湖',
      productName: '电热水壶',
      batch: '20250101',
    });
    const otherProduct = await report('reports-a-toaster', { brand: '澄湖', productName: '面包机' });

    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    await importer.importText(
      JSON.stringify({
        ...line,
        recallNo: 'JS2026-F005',
        title: '澄湖电热水壶召回',
        productName: '澄湖牌不锈钢电热水壶',
        brand: '澄湖',
        models: [],
        gtins: [],
        batches: ['20260301'],
      }),
      { actorId: null },
    );
    const recall = await kit.db.getRepository(Recall).findOneByOrFail({ recallNo: 'JS2026-F005' });
    while ((await kit.fanout.runOnce()).batches > 0);
    const told = await kit.db.getRepository(Message).find({ where: { dedupeKey: `recall:${recall.id}` } });
    expect(told.map((m) => m.userId)).toEqual([byName.id]);
    expect(told[0].title).toBe('召回提醒：澄湖牌不锈钢电热水壶');
    expect([otherBatch.id, otherProduct.id].some((id) => told.some((m) => m.userId === id))).toBe(false);
  });
});

describe('deadline reminders', () => {
  const PRODUCER = usccOf('320505');

  it('tells the party that owes a deadline: due soon once, overdue once', async () => {
    const producer = await nuanyangProducer(t, PRODUCER);
    const suzhou = await suzhouBureau(t);
    const cases = kit.db.getRepository(RecallCase);
    const base = {
      bureauCode: '320500',
      producerUscc: PRODUCER,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      categoryCode: '01',
      summary: '温控器触点粘连',
      discoveredOn: '2026-03-02',
    };
    // Plan due Friday 2026-03-20 (owed by the producer); notify_producer due Monday 03-30 (owed by the bureau).
    const plan = await cases.save(
      cases.create({ ...base, state: 'recall_notified', dueKind: 'plan', dueOn: '2026-03-20' }),
    );
    const notify = await cases.save(
      cases.create({ ...base, state: 'opened', dueKind: 'notify_producer', dueOn: '2026-03-30' }),
    );
    const unread = async (token: string) =>
      ZMessageList.parse((await t.http().get('/api/messages').set(bearer(token))).body);

    // Monday 03-16: 03-20 is four working days away: not yet (the window is 2 working days).
    expect(await kit.reminder.runOnce('2026-03-16')).toMatchObject({ reminders: 0 });
    expect((await unread(producer)).total).toBe(0);
    // Wednesday 03-18: due soon.
    await kit.reminder.runOnce('2026-03-18');
    await kit.reminder.runOnce('2026-03-19');
    let p = await unread(producer);
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({
      kind: 'deadline_soon',
      title: '期限将至：报告召回计划',
      link: `/packages/producer/pages/case/index?id=${plan.id}`,
    });
    expect(p.items[0].body).toContain('2026-03-20');
    // Saturday 03-21: overdue, once.
    await kit.reminder.runOnce('2026-03-21');
    await kit.reminder.runOnce('2026-03-23');
    p = await unread(producer);
    expect(p.items.map((m) => m.kind)).toEqual(['deadline_overdue', 'deadline_soon']);
    expect(p.items[0].title).toBe('已逾期：报告召回计划');

    // The bureau owes notify_producer: its staff hear, the producer does not. The bureau also
    // heard when the producer's plan went overdue (it may escalate, 第十九条).
    await kit.reminder.runOnce('2026-03-26');
    const b = await unread(suzhou);
    expect(b.items.map((m) => [m.kind, m.link])).toEqual([
      ['deadline_soon', `/packages/bureau/pages/case/index?id=${notify.id}`],
      ['deadline_overdue', `/packages/bureau/pages/case/index?id=${plan.id}`],
    ]);
    expect((await unread(producer)).total).toBe(2);

    // Tuesday 03-31: the bureau's own deadline has passed. The province, which oversees the cities, hears once.
    await kit.reminder.runOnce('2026-03-31');
    await kit.reminder.runOnce('2026-04-01');
    const prov = (await unread(province)).items.filter((m) => m.link?.endsWith(`id=${notify.id}`));
    expect(prov.map((m) => [m.kind, m.title])).toEqual([['deadline_overdue', '督办：通知生产者开展调查分析已逾期']]);
    expect(prov[0].body).toBe(
      '苏州市市场监督管理局办理的苏州暖阳电器有限公司「暖阳牌电暖器」案件：通知生产者开展调查分析的期限已于 2026-03-30 届满，尚未办理。',
    );
    // The province was not told of the producer's overdue plan: that is the city's to act on.
    expect((await unread(province)).items.some((m) => m.link?.endsWith(`id=${plan.id}`))).toBe(false);
    expect((await unread(producer)).total).toBe(2);
  });
});
