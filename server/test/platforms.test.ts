import type { Application } from '@midwayjs/koa';
import ExcelJS from 'exceljs';
import {
  ZPlatformCreated,
  ZPlatformDelivery,
  ZPlatformDeliveryPage,
  ZPlatformDeskRecall,
  ZPlatformList,
  ZPlatformRecallStatus,
  ZPlatformRecallStatusList,
  ZPlatformRecord,
  ZPlatformView,
  ZMessageList,
} from '@recall/shared';
import { AuditLog, Platform, PlatformDelivery } from '../src/db/entity';
import { webhookSignature } from '../src/platforms/platform-keys';
import { PlatformPushRunner } from '../src/platforms/platform-push';
import { PlatformOverdueReminder } from '../src/platforms/platform-overdue.reminder';
import { WebhookDispatcher } from '../src/platforms/webhook.dispatcher';
import { startApp, TestApp } from './support/app';
import { setToday, usccOf } from './support/cases';
import { FakePlatform } from './support/fake-platform';
import { bearer, staff, suzhouBureau } from './support/users';

/**
 * E-commerce platforms (issue 18 items 1–3): registration with credentials shown once, a published
 * 消费提示 pushed by signed webhook to each matching platform (accepting, failing, timing out,
 * slow, pull only), acknowledgements and measures, the bureau's and the province's view, catching
 * up by pull, and one platform never seeing another's deliveries.
 */
let t: TestApp;
let base: string;
let admin: string;
let province: string;
let suzhou: string;
let wuxi: string;
const fake = new FakePlatform();
const GTIN = '6901234567892';
const contacts = [{ name: '王经理', phone: '13812345678', email: 'recall@example.com' }];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const service = <T>(cls: new (...a: any[]) => T) => (t.app as Application).getApplicationContext().getAsync(cls);
const register = (body: object, token = province) => t.http().post('/api/platforms').set(bearer(token)).send(body);
const as = (key: string) => ({ Authorization: `Bearer ${key}` });

interface Registered {
  id: number;
  apiKey: string;
  secret: string;
}
const platforms: Record<string, Registered> = {};

async function add(label: string, path: string | null, subscription: object): Promise<Registered> {
  const res = await register({
    name: `${label}商城`,
    contacts,
    subscription,
    ...(path ? { webhookUrl: `${base}${path}` } : {}),
  });
  expect(res.status).toBe(201);
  const created = ZPlatformCreated.parse(res.body);
  if (path) fake.secrets.set(path, created.credentials.webhookSecret);
  return (platforms[label] = {
    id: created.platform.id,
    apiKey: created.credentials.apiKey,
    secret: created.credentials.webhookSecret,
  });
}

const WARNING = {
  ground: 'untraceable',
  productName: '暖手宝',
  brand: '无影',
  categoryCode: '01',
  models: ['WY-10'],
  gtins: [GTIN],
  batches: ['2025A'],
  productionFrom: '2025-06-01',
  productionTo: '2025-10-31',
  hazard: '内置锂电池无保护板，充电时可能鼓包。',
  consequence: '可能起火，造成烫伤或火灾。',
  advice: '请立即停止使用并停止充电，不要自行拆解；可交至当地废旧电池回收点处置；如有疑问请拨打 12315。',
};

beforeAll(async () => {
  base = await fake.start();
  t = await startApp({ PLATFORM_WEBHOOK_TIMEOUT_MS: '400', PLATFORM_WEBHOOK_MAX_ATTEMPTS: '3' });
  await setToday(t, '2026-03-05');
  admin = await staff(t, { role: 'admin', org: '320000', username: 'pf-admin', password: 'admin-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'pf-js', password: 'js-pass-12' });
  suzhou = await suzhouBureau(t);
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
}, 300_000);
afterAll(async () => {
  await t.close();
  await fake.stop();
});

test('registration: bad input is named, credentials are shown once, secrets and phones are not stored in clear', async () => {
  const bad = await register({ name: '', contacts: [], webhookUrl: 'ftp://x', subscription: { gtinPrefixes: ['12'] } });
  expect(bad.status).toBe(400);
  const paths = bad.body.error.issues.map((i: { path: string }) => i.path);
  expect(paths).toEqual(expect.arrayContaining(['name', 'contacts', 'webhookUrl', 'subscription.gtinPrefixes.0']));
  expect(bad.body.error.issues.find((i: { path: string }) => i.path === 'contacts').message).toBe(
    '请至少填写一位联系人',
  );
  expect((await register({ name: 'x', contacts, subscription: {} }, suzhou)).status).toBe(403);

  const ok = await add('甲', '/ok', { gtinPrefixes: ['690123'] });
  const view = await t.http().get(`/api/platforms/${ok.id}`).set(bearer(admin));
  expect(view.status).toBe(200);
  expect(ZPlatformView.parse(view.body).contacts).toEqual(contacts);
  expect(JSON.stringify(view.body)).not.toContain(ok.apiKey);
  expect(JSON.stringify(view.body)).not.toContain(ok.secret);
  const stored = await (await service(PlatformPushRunner)).db.getRepository(Platform).findOneByOrFail({ id: ok.id });
  const raw = JSON.stringify(stored);
  for (const clear of [ok.apiKey, ok.secret, contacts[0].phone]) expect(raw).not.toContain(clear);
  const audit = await (
    await service(PlatformPushRunner)
  ).db
    .getRepository(AuditLog)
    .findOneByOrFail({ action: 'platform.registered', entityId: String(ok.id) });
  expect(JSON.stringify(audit.detail)).not.toContain(ok.apiKey);
});

let recallId: number;
let warningId: number;

test('publish → push to each matching platform (signed, failing, timing out, slow, pull only) without waiting', async () => {
  await add('乙', '/fail', { all: true });
  await add('丙', '/hang', { all: true });
  await add('丁', '/slow', { brands: ['无影'] });
  await add('戊', null, { producers: ['无锡某某有限公司'], categories: ['01'] });
  await add('己', '/ok2', { categories: ['09'] });
  const db = (await service(PlatformPushRunner)).db;

  const opened = await t
    .http()
    .post('/api/cases')
    .set(bearer(suzhou))
    .send({
      producerUscc: usccOf('320505', 'MA1GH2W3K'),
      producerName: '苏州无影电器有限公司',
      productName: '无影牌暖手宝',
      brand: '无影',
      model: 'WY-10',
      categoryCode: '01',
      summary: '充电时鼓包起火，生产者登记地址已无人，电话停机。',
    });
  expect(opened.status).toBe(201);
  const published = await t
    .http()
    .post('/api/warnings')
    .set(bearer(suzhou))
    .send({ ...WARNING, caseId: opened.body.id });
  expect(published.status).toBe(201);
  recallId = published.body.recallId;
  warningId = published.body.id;
  // Publishing wrote one push event, no delivery and no request yet.
  expect(await db.getRepository(PlatformDelivery).count()).toBe(0);
  expect(fake.received).toHaveLength(0);

  expect((await (await service(PlatformPushRunner)).runOnce()).deliveries).toBe(5);
  const dispatcher = await service(WebhookDispatcher);
  await dispatcher.drain();

  const [ok] = fake.at('/ok');
  expect(ok.verified).toBe(true);
  const sent = ZPlatformDelivery.parse(JSON.parse(ok.body));
  expect(sent).toMatchObject({ event: 'published', deliveryId: ok.deliveryId, acknowledgedAt: null });
  expect(sent.recall).toMatchObject({ id: recallId, productName: '暖手宝', gtins: [`0${GTIN}`] });
  // Signed with this platform's own secret: another's does not verify.
  expect(fake.at('/slow')[0].verified).toBe(true);
  expect(fake.at('/ok2')).toHaveLength(0);

  const state = async (label: string) =>
    db.getRepository(PlatformDelivery).findOneByOrFail({ platformId: platforms[label].id, recallId });
  expect(await state('甲')).toMatchObject({ webhookState: 'delivered', attempts: 1, lastStatus: 'HTTP 204' });
  expect(await state('丁')).toMatchObject({ webhookState: 'delivered', lastStatus: 'HTTP 200' });
  expect(await state('乙')).toMatchObject({ webhookState: 'retry', attempts: 1, lastStatus: 'HTTP 500' });
  expect((await state('丙')).lastStatus).toContain('超时');
  expect(await state('戊')).toMatchObject({ webhookState: 'pull', attempts: 0 });

  // Retries with backoff until the attempts are used up; then the platform pulls.
  let hours = 0;
  while ((await state('乙')).webhookState === 'retry')
    await dispatcher.drain(() => new Date(Date.now() + ++hours * 3600e3));
  expect(await state('乙')).toMatchObject({ webhookState: 'failed', attempts: 3 });
  expect(fake.at('/fail')).toHaveLength(3);
  expect(fake.at('/ok')).toHaveLength(1);

  // The verification example of /api/docs, run as a platform would run it, accepts the real push.
  const docs = (await t.http().get('/api/docs')).text;
  const code = /<pre><code>([\s\S]*?)<\/code><\/pre>/
    .exec(docs)![1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const verify = new Function('require', `${code}; return verify;`)(require);
  const headers = { 'x-recall-timestamp': ok.timestamp, 'x-recall-signature': ok.signature };
  expect(verify(platforms['甲'].secret, headers, ok.body)).toBe(true);
  expect(verify(platforms['乙'].secret, headers, ok.body)).toBe(false);
  expect(verify(platforms['甲'].secret, headers, ok.body.replace('暖手宝', '暖脚宝'))).toBe(false);
  // Correctly signed but sent more than 5 minutes ago: refused (replay).
  const staleTs = String(Number(ok.timestamp) - 301);
  const stale = {
    'x-recall-timestamp': staleTs,
    'x-recall-signature': webhookSignature(platforms['甲'].secret, staleTs, ok.body),
  };
  expect(verify(platforms['甲'].secret, stale, ok.body)).toBe(false);
  expect(
    verify(platforms['甲'].secret, { ...stale, 'x-recall-timestamp': String(Number(ok.timestamp) - 200) }, ok.body),
  ).toBe(false);

  const list = ZPlatformList.parse((await t.http().get('/api/platforms').set(bearer(province))).body);
  const failing = list.items.find((p) => p.id === platforms['乙'].id)!;
  expect(failing.lastDelivery).toMatchObject({ ok: false, status: 'HTTP 500' });
  expect(failing.tally.pushed).toBe(1);
}, 120_000);

test('acknowledge (idempotent) and report measures; bad input named; another platform sees nothing of it', async () => {
  const a = platforms['甲'];
  const page = ZPlatformDeliveryPage.parse((await t.http().get('/api/platform/deliveries').set(as(a.apiKey))).body);
  expect(page.items).toHaveLength(1);
  const { deliveryId } = page.items[0];
  // The desk's page of the recall names the delivery to acknowledge and carries the recall as sent.
  const desk = ZPlatformDeskRecall.parse(
    (await t.http().get(`/api/platform/recalls/${recallId}`).set(as(a.apiKey))).body,
  );
  expect(desk.latest).toMatchObject({ deliveryId, event: 'published', acknowledgedAt: null });
  expect(desk.latest.recall.id).toBe(recallId);
  const ack = await t.http().post(`/api/platform/deliveries/${deliveryId}/ack`).set(as(a.apiKey));
  expect(ack.status).toBe(200);
  const first = ZPlatformRecallStatus.parse(ack.body).acknowledgedAt;
  expect(first).not.toBeNull();
  await setToday(t, '2026-03-06');
  const again = await t.http().post(`/api/platform/deliveries/${deliveryId}/ack`).set(as(a.apiKey));
  expect(again.body.acknowledgedAt).toBe(first);

  // Another platform can neither ack nor read it.
  const b = platforms['乙'];
  const foreign = await t.http().post(`/api/platform/deliveries/${deliveryId}/ack`).set(as(b.apiKey));
  expect(foreign.status).toBe(404);
  expect(foreign.body.error.message).toBe('没有找到这次推送');
  const notPushed = await t.http().get(`/api/platform/recalls/${recallId}`).set(as(platforms['己'].apiKey));
  expect(notPushed.status).toBe(404);
  expect(notPushed.body.error.message).toBe('本平台没有收到这条召回');

  const report = (body: object, key = a.apiKey) =>
    t.http().post(`/api/platform/recalls/${recallId}/measures`).set(as(key)).send(body);
  const bad = await report({ kind: 'burn', count: -1 });
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['count', 'kind']);
  const future = await report({ kind: 'takedown', count: 3, doneAt: '2027-01-01T00:00:00+08:00' });
  expect(future.status).toBe(400);
  expect(future.body.error.issues[0]).toMatchObject({ path: 'doneAt', message: '完成时间不能晚于现在' });
  expect((await report({ kind: 'takedown', count: 3 }, platforms['己'].apiKey)).status).toBe(404);

  const done = await report({ kind: 'takedown', count: 12, doneAt: '2026-03-05T16:00:00+08:00' });
  expect(done.status).toBe(201);
  const s = ZPlatformRecallStatus.parse(done.body);
  expect(s.measures.map((m) => [m.kind, m.state])).toEqual([
    ['takedown', 'done'],
    ['buyers_notified', 'due_soon'],
    ['stock_blocked', 'due_soon'],
  ]);
  expect(s.measures[0].dueAt).toBe('2026-03-09T23:59:59+08:00');
  expect(s.hoursToAct).toBe(4);
  expect(
    (await report({ kind: 'buyers_notified', count: 340, channel: '站内信、短信' })).body.measures[1],
  ).toMatchObject({ state: 'done', reports: [{ count: 340, channel: '站内信、短信' }] });
});

test('the bureau sees the platforms of its own recall, another bureau does not; the province sees all and overdue', async () => {
  await setToday(t, '2026-03-10');
  const mine = await t.http().get(`/api/recalls/${recallId}/platforms`).set(bearer(suzhou));
  expect(mine.status).toBe(200);
  const items = ZPlatformRecallStatusList.parse(mine.body).items;
  expect(items.map((i) => i.platform.name).sort()).toEqual(['丁商城', '丙商城', '乙商城', '戊商城', '甲商城'].sort());
  const a = items.find((i) => i.platform.name === '甲商城')!;
  expect(a).toMatchObject({ overdue: true, delivery: { state: 'delivered', stateLabel: '已送达' } });
  expect(a.measures.map((m) => m.stateLabel)).toEqual(['已完成', '已完成', '已逾期']);
  expect(items.find((i) => i.platform.name === '乙商城')!.delivery).toMatchObject({ state: 'failed', attempts: 3 });
  const other = await t.http().get(`/api/recalls/${recallId}/platforms`).set(bearer(wuxi));
  expect(other.status).toBe(403);
  expect(other.body.error.message).toBe('只能查看本局发布的召回的平台处置情况');
  expect((await t.http().get(`/api/recalls/${recallId}/platforms`).set(bearer(province))).status).toBe(200);

  const record = await t.http().get('/api/platforms/record?from=2026-03-01&to=2026-03-31').set(bearer(province));
  const rows = ZPlatformRecord.parse(record.body).items;
  expect(rows.find((r) => r.platform.name === '甲商城')!.tally).toEqual({
    pushed: 1,
    acknowledged: 1,
    // 下架 and 通知 reported in time; 屏蔽库存 never.
    onTime: 2,
    overdue: 1,
    medianHoursToAct: 4,
  });
  const xlsx = await t
    .http()
    .get('/api/platforms/record.xlsx?from=2026-03-01&to=2026-03-31')
    .set(bearer(province))
    .buffer(true)
    .parse((res, cb) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => cb(null, Buffer.concat(parts)));
    });
  expect(xlsx.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.body);
  const sheet = book.getWorksheet('平台处置记录')!;
  const names = sheet.getColumn(1).values.filter(Boolean).map(String);
  expect(names).toEqual(expect.arrayContaining(['甲商城', '平台']));
  // Overdue reminders: the platform's staff and the recall's bureau, once per overdue measure.
  const staffToken = await staff(t, {
    role: 'platform',
    org: String(platforms['甲'].id),
    username: 'jia-staff',
    password: 'jia-pass-12',
  });
  const reminder = await service(PlatformOverdueReminder);
  await reminder.runOnce();
  await reminder.runOnce();
  const inbox = async (token: string) =>
    ZMessageList.parse((await t.http().get('/api/messages').set(bearer(token))).body).items.map((m) => m.title);
  expect(
    (await inbox(staffToken)).filter((x) => x === '已逾期：召回“关于无影牌暖手宝的消费提示”的屏蔽剩余库存'),
  ).toHaveLength(1);
  const forBureau = await inbox(suzhou);
  expect(forBureau.filter((x) => x === '甲商城逾期未屏蔽剩余库存')).toHaveLength(1);
  expect(forBureau.filter((x) => x.startsWith('甲商城逾期未下架'))).toHaveLength(0);
  expect(await inbox(wuxi)).toEqual([]);

  const reversed = await t.http().get('/api/platforms/record?from=2026-03-31&to=2026-03-01').set(bearer(province));
  expect(reversed.status).toBe(400);
  expect(reversed.body.error.issues[0].path).toBe('from');
});

test('a platform that was down catches up by pull with the cursor, including the withdrawal', async () => {
  const b = platforms['乙'];
  const withdraw = await t
    .http()
    .post(`/api/warnings/${warningId}/withdraw`)
    .set(bearer(suzhou))
    .send({ reason: '误发' });
  expect(withdraw.status).toBe(200);
  await (await service(PlatformPushRunner)).runOnce();
  const pull = async (after: number, limit = 1) =>
    ZPlatformDeliveryPage.parse(
      (await t.http().get(`/api/platform/deliveries?after=${after}&limit=${limit}`).set(as(b.apiKey))).body,
    );
  const one = await pull(0);
  expect(one.items.map((i) => i.event)).toEqual(['published']);
  expect(one.more).toBe(true);
  const two = await pull(one.next);
  expect(two.items.map((i) => i.event)).toEqual(['withdrawn']);
  expect(two.items[0].recall.withdrawn).toBe(true);
  expect(two.items[0].seq).toBeGreaterThan(one.next);
  const none = await pull(two.next, 100);
  expect(none).toEqual({ items: [], next: two.next, more: false });
  const bad = await t.http().get('/api/platform/deliveries?after=-1&limit=900').set(as(b.apiKey));
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['after', 'limit']);
});

test('renewed key or disabled platform is refused at once; platform staff accounts', async () => {
  const d = platforms['丁'];
  const me = await t.http().get('/api/platform/me').set(as(d.apiKey));
  expect(ZPlatformView.parse(me.body).name).toBe('丁商城');
  const renewed = await t.http().post(`/api/platforms/${d.id}/credentials`).set(bearer(admin));
  expect(renewed.status).toBe(201);
  expect((await t.http().get('/api/platform/me').set(as(d.apiKey))).status).toBe(401);
  const fresh = renewed.body.apiKey as string;
  expect((await t.http().get('/api/platform/me').set(as(fresh))).status).toBe(200);

  const token = await staff(t, {
    role: 'platform',
    org: String(d.id),
    username: 'ding-staff',
    password: 'ding-pass-1',
  });
  const desk = await t.http().get('/api/platform/recalls').set(bearer(token));
  expect(desk.status).toBe(200);
  expect(desk.body.items.map((i: { recall: { id: number } }) => i.recall.id)).toEqual([recallId]);
  expect((await t.http().get('/api/platforms').set(bearer(token))).status).toBe(403);
  await expect(
    staff(t, { role: 'platform', org: '424242', username: 'nobody-staff', password: 'nobody-pass-1' }),
  ).rejects.toThrow('没有编号为 424242 的电商平台');

  const off = await t.http().patch(`/api/platforms/${d.id}`).set(bearer(province)).send({ disabled: true });
  expect(ZPlatformView.parse(off.body).disabled).toBe(true);
  const refused = await t.http().get('/api/platform/me').set(as(fresh));
  expect(refused.status).toBe(401);
  expect(refused.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect((await t.http().get('/api/platform/recalls').set(bearer(token))).status).toBe(401);
});
