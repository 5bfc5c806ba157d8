import type { Application } from '@midwayjs/koa';
import {
  ZBureauClueListResponse,
  ZIncidentListResponse,
  ZIncidentView,
  ZMessageList,
  type TMessageView,
} from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { AuditLog, Clue, IncidentReport, User } from '../src/db/entity';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { ClueService } from '../src/clues/clue.service';
import { startApp, TestApp } from './support/app';
import { usccOf } from './support/cases';
import { bearer, staff } from './support/users';

/**
 * A producer's report of deaths and injuries (办法 第四条): filed from its workspace, it reaches the
 * city bureau where the producer is registered at once, and the province too when someone died or
 * was seriously hurt; the producer follows it; no other producer can read it.
 */
let t: TestApp;
let nuanyang: string;
let nuanyangColleague: string;
let jidian: string;
let other: string;
let suzhou: string;
let wuxi: string;
let nanjing: string;
let province: string;
let consumer: string;
const NUANYANG = usccOf('320505');
const JIDIAN = '91320214MA1JDK5L83'; // 无锡极电科技有限公司, the producer of the demo recall JS2026-0058

const report = (patch: object = {}) => ({
  categoryCode: '01',
  productName: '电暖器',
  brand: '暖阳',
  model: 'NY-2000',
  batch: '20260901',
  productionDate: '2026-09-01',
  occurredOn: '2026-11-20',
  regionCode: '320102',
  place: '玄武区珠江路 88 号某小区',
  description: '用户夜间使用电暖器时电源线处起火，引燃窗帘，一名老人因吸入烟雾死亡，一名儿童烧伤。',
  harm: { deaths: 1, seriousInjuries: 1, minorInjuries: 0, fire: true, propertyDamage: '卧室家具烧毁' },
  measures: '已暂停该批次发货，派员赴现场了解情况，正在排查同批次产品。',
  contact: { name: '王经理', phone: '13912345678' },
  ...patch,
});
const file = (token: string, body: object, key?: string) => {
  const req = t.http().post('/api/incidents').set(bearer(token));
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};
const messages = async (token: string): Promise<TMessageView[]> =>
  ZMessageList.parse((await t.http().get('/api/messages?pageSize=100').set(bearer(token))).body).items;
const inbox = async (token: string) =>
  ZBureauClueListResponse.parse((await t.http().get('/api/bureau/clues?pageSize=100').set(bearer(token))).body);

beforeAll(async () => {
  t = await startApp();
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8'), {
    actorId: null,
  });
  const producer = (username: string, org: string, producerName: string) =>
    staff(t, { role: 'producer', org, username, password: `${username}-pass-1`, producerName });
  nuanyang = await producer('nuanyang', NUANYANG, '苏州暖阳电器有限公司');
  nuanyangColleague = await producer('nuanyang2', NUANYANG, '苏州暖阳电器有限公司');
  jidian = await producer('jidian', JIDIAN, '无锡极电科技有限公司');
  other = await producer('other', usccOf('320106', 'MA1XY2W3Q'), '南京别家电器有限公司');
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'suzhou', password: 'suzhou-pass-1' });
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  nanjing = await staff(t, { role: 'bureau', org: '320100', username: 'nanjing', password: 'nanjing-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'province-pass-1' });
  consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'incident-consumer' })).body.token;
}, 120_000);
afterAll(() => t.close());

describe('a producer reports a death', () => {
  let id: number;

  test('it reaches the city bureau where the producer is registered and the province at once, named as a producer’s incident report', async () => {
    const res = await file(nuanyang, report(), 'incident-death-1');
    expect(res.status).toBe(201);
    const created = ZIncidentView.parse(res.body);
    id = created.id;
    expect(created).toMatchObject({
      stage: 'received',
      stageLabel: '监管局已接收',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: NUANYANG,
      injury: 'death',
      harmSummary: '死亡 1 人、重伤 1 人、引发火灾、财产损失：卧室家具烧毁',
      regionName: '江苏省南京市玄武区',
      contact: { name: '王经理', phone: '13912345678', address: '' },
      case: null,
    });
    // 暖阳 NY-2000 heaters are already under recall (demo JS2026-0012): the report shows it.
    expect(created.recalls.map((r) => r.recallNo)).toEqual(['JS2026-0012']);
    expect(created.routing.bureauName).toBe('苏州市市场监督管理局');
    expect(created.routing.copiedToNames).toContain('江苏省市场监督管理局');
    expect(created.routing.reason).toContain('因造成死亡、引发火灾，同时报告江苏省市场监督管理局');

    for (const token of [suzhou, province]) {
      const item = (await inbox(token)).items.find((c) => c.id === id)!;
      expect(item).toMatchObject({ source: 'producerIncident', injury: 'death', unread: true });
      expect(item.description).toContain('【生产者事故报告】苏州暖阳电器有限公司报告');
      expect(item.description).toContain('伤亡及损失：死亡 1 人、重伤 1 人、引发火灾');
      expect(item.description).toContain('已采取的措施：已暂停该批次发货');
      const told = (await messages(token)).find((m) => m.kind === 'clue_assigned')!;
      expect(told.title).toBe(`生产者事故报告：苏州暖阳电器有限公司“电暖器”死亡（${created.receiptNo}）`);
      expect(told.link).toBe(`/packages/bureau/pages/clue/index?id=${id}`);
    }
    // Only the province gets it besides Suzhou: the city where it happened is not the producer's.
    expect((await inbox(nanjing)).items.map((c) => c.id)).not.toContain(id);
    expect((await inbox(wuxi)).items.map((c) => c.id)).not.toContain(id);
    expect((await messages(wuxi)).map((m) => m.kind)).not.toContain('clue_assigned');

    // The bureaus read the report itself: Suzhou handles it (contact in full), the province is informed (masked).
    const seen = ZIncidentView.parse((await t.http().get(`/api/incidents/${id}`).set(bearer(suzhou))).body);
    expect(seen.harm).toEqual({
      deaths: 1,
      seriousInjuries: 1,
      minorInjuries: 0,
      fire: true,
      propertyDamage: '卧室家具烧毁',
    });
    expect(seen.contact?.phone).toBe('13912345678');
    const informed = ZIncidentView.parse((await t.http().get(`/api/incidents/${id}`).set(bearer(province))).body);
    expect(informed.contact).toEqual({ name: '王**', phone: '139****5678', address: '' });
  });

  test('the filing is in the audit trail, by the producer’s account', async () => {
    const db = (await (t.app as Application).getApplicationContext().getAsync(ClueService)).db;
    const row = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'clue', entityId: String(id) });
    expect(row.action).toBe('clue.created');
    expect(row.detail).toMatchObject({ source: 'producerIncident', bureau: '320500', copiedTo: ['320000'] });
    const actor = await db.getRepository(User).findOneByOrFail({ id: row.actorId! });
    expect(actor).toMatchObject({ role: 'producer', orgCode: NUANYANG, username: 'nuanyang' });
  });

  test('every account of the producer follows it: received, being handled, linked to the case', async () => {
    const mine = async (token: string) =>
      ZIncidentListResponse.parse((await t.http().get('/api/incidents').set(bearer(token))).body);
    const list = await mine(nuanyangColleague);
    expect(list.items.map((i) => [i.id, i.stageLabel])).toEqual([[id, '监管局已接收']]);
    expect(list.items[0].timeline.map((e) => e.type)).toEqual(['received', 'routed', 'copied']);
    expect(list.items[0].timeline[0].note).toBe('生产者提交事故报告');

    expect((await t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(suzhou)).send({})).status).toBe(200);
    expect((await mine(nuanyang)).items[0]).toMatchObject({ stage: 'handling', stageLabel: '监管局核实中' });

    const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
      clueId: id,
      producerUscc: NUANYANG,
      producerName: '苏州暖阳电器有限公司',
      productName: '电暖器',
      categoryCode: '01',
      summary: '电源线起火致死',
    });
    expect(opened.status).toBe(201);
    const now = ZIncidentView.parse((await t.http().get(`/api/incidents/${id}`).set(bearer(nuanyang))).body);
    expect(now).toMatchObject({ stage: 'case', stageLabel: '已立案调查', case: { id: opened.body.id } });
    expect(now.timeline.map((e) => e.type)).toContain('case_opened');
    // Each account of the producer is told of each step in its message center.
    for (const token of [nuanyang, nuanyangColleague]) {
      const told = (await messages(token)).filter((m) => m.title.startsWith('事故报告“电暖器”'));
      expect(told.map((m) => m.title).sort()).toEqual(['事故报告“电暖器”已受理', '事故报告“电暖器”已立案']);
      expect(told[0].link).toBe(`/packages/producer/pages/incident/index?id=${id}`);
    }
    expect((await messages(other)).filter((m) => m.title.includes('电暖器'))).toEqual([]);
  });

  test('another producer, a bureau it did not reach and a consumer cannot read it', async () => {
    for (const token of [other, jidian, nanjing, wuxi]) {
      const res = await t.http().get(`/api/incidents/${id}`).set(bearer(token));
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'INCIDENT_NOT_FOUND', message: '没有找到这份事故报告' });
    }
    expect((await t.http().get(`/api/incidents/${id}`).set(bearer(consumer))).status).toBe(403);
    expect((await t.http().post('/api/incidents').set(bearer(consumer)).send(report())).status).toBe(403);
    expect((await t.http().post('/api/incidents').set(bearer(suzhou)).send(report())).status).toBe(403);
    const theirs = ZIncidentListResponse.parse((await t.http().get('/api/incidents').set(bearer(other))).body);
    expect(theirs.items).toEqual([]);
    // Nor is it a consumer's clue to read through the clue routes.
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(other))).status).toBe(404);
  });
});

test('a minor injury stays with the city bureau; a product under recall shows the recall', async () => {
  const res = await file(
    jidian,
    report({
      productName: '充电宝',
      brand: '极电',
      model: 'JD-P20',
      gtin: '6960123000216',
      regionCode: '320205',
      place: '',
      description: '充电时外壳鼓包发热，用户手部轻微烫伤。',
      harm: { deaths: 0, seriousInjuries: 0, minorInjuries: 1, fire: false },
      contact: { name: '李工', phone: '0510-88886666', address: '无锡市锡山区' },
    }),
  );
  expect(res.status).toBe(201);
  const created = ZIncidentView.parse(res.body);
  expect(created.routing).toMatchObject({ bureauName: '无锡市市场监督管理局', copiedTo: [] });
  expect(created.harmSummary).toBe('轻伤 1 人');
  expect(created.recalls.map((r) => r.recallNo)).toEqual(['JS2026-0058']);
  expect(created.place).toBeNull();
  expect((await inbox(wuxi)).items.map((c) => c.id)).toContain(created.id);
  expect((await inbox(province)).items.map((c) => c.id)).not.toContain(created.id);
  expect((await messages(province)).filter((m) => m.title.includes('充电宝'))).toEqual([]);
});

describe('bad input is a 400 naming the field', () => {
  test.each([
    [{ productName: '' }, 'productName', '请填写产品名称'],
    [{ occurredOn: '2999-01-01' }, 'occurredOn', '事发日期不能晚于今天'],
    [{ occurredOn: undefined }, 'occurredOn', '缺少事发日期'],
    [{ regionCode: '12' }, 'regionCode', '地区代码应为 6 位行政区划代码（GB/T 2260）'],
    [{ gtin: '6901234567890' }, 'gtin', '商品条码无效'],
    [{ harm: { deaths: -1, seriousInjuries: 0, minorInjuries: 0, fire: false } }, 'harm.deaths', '死亡人数不能为负数'],
    [{ harm: { deaths: 1.5, seriousInjuries: 0, minorInjuries: 0, fire: false } }, 'harm.deaths', '死亡人数应为整数'],
    [
      { harm: { deaths: 0, seriousInjuries: 0, minorInjuries: 0, fire: false } },
      'harm',
      '请填写伤亡人数、是否引发火灾或财产损失情况',
    ],
    [{ measures: ' ' }, 'measures', '请填写已采取的措施'],
    [{ contact: { name: '王经理', phone: '12345' } }, 'contact.phone', '联系电话格式不正确'],
    [{ photoIds: ['00000000-0000-4000-8000-000000000000'] }, 'photoIds.0', '无效的照片'],
  ])('%j → %s', async (patch, field, message) => {
    const before = await t.http().get('/api/incidents').set(bearer(other));
    const res = await file(other, report(patch));
    expect(res.status).toBe(400);
    const details: Array<{ path: string; message: string }> = res.body.error.issues;
    expect(details.find((d) => d.path === field)?.message ?? res.body.error.message).toContain(message);
    const after = await t.http().get('/api/incidents').set(bearer(other));
    expect(after.body.total).toBe(before.body.total);
  });
});

test('twenty identical submissions with one key make one report; the key with another report is a 422', async () => {
  const body = report({
    productName: '暖风机',
    harm: { deaths: 0, seriousInjuries: 2, minorInjuries: 0, fire: false },
  });
  const answers = await Promise.all(Array.from({ length: 20 }, () => file(other, body, 'twenty-same')));
  expect(answers.map((r) => r.status).every((s) => s === 201)).toBe(true);
  expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
  const db = (await (t.app as Application).getApplicationContext().getAsync(ClueService)).db;
  const id = answers[0].body.id;
  expect(await db.getRepository(Clue).countBy({ productName: '暖风机' })).toBe(1);
  expect(await db.getRepository(IncidentReport).countBy({ clueId: id })).toBe(1);
  expect((await messages(nanjing)).filter((m) => m.title.includes('暖风机'))).toHaveLength(1);
  expect((await messages(province)).filter((m) => m.title.includes('暖风机'))).toHaveLength(1);

  const changed = await file(other, { ...body, measures: '另一份报告' }, 'twenty-same');
  expect(changed.status).toBe(422);
  expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
});
