import type { Application } from '@midwayjs/koa';
import sharp from 'sharp';
import {
  ZCaseView,
  ZRecallCheckResponse,
  ZRecallDetail,
  ZRecallListResponse,
  ZWarningView,
  WARNING_NOTICE,
} from '@recall/shared';
import { AuditLog, ConsumerWarning, Message } from '../src/db/entity';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { phonePhoto } from './support/images';
import { notifyKit } from './support/notify';
import { bearer, staff, suzhouBureau } from './support/users';

/**
 * 消费提示 (办法 第十九条): a bureau warns consumers of a product whose producer cannot be traced or
 * refuses to recall. Consumers find it where they find recalls, labelled 消费提示, and followers of
 * the product are told; the bureau corrects or withdraws it; a later recall replaces it.
 */
let t: TestApp;
let kit: Awaited<ReturnType<typeof notifyKit>>;
let suzhou: string;
let wuxi: string;
let province: string;
const PRODUCER = usccOf('320505', 'MA1GH2W3K');
const GTIN = '6901234567892';

const openCase = async (patch: object = {}) => {
  const res = await t
    .http()
    .post('/api/cases')
    .set(bearer(suzhou))
    .send({
      producerUscc: PRODUCER,
      producerName: '苏州无影电器有限公司',
      productName: '无影牌暖手宝',
      brand: '无影',
      model: 'WY-10',
      categoryCode: '01',
      summary: '充电时鼓包起火，生产者登记地址已无人，电话停机。',
      ...patch,
    });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};

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
/** A consumer signed in on the experience login (its user id from the answer). */
const consumer = async (deviceId: string) => {
  const res = await t
    .http()
    .post('/api/auth/dev')
    .send({ deviceId: `device-${deviceId}` });
  expect(res.status).toBe(200);
  return { token: res.body.token as string, id: res.body.user.id as number };
};
const publish = (token: string, body: object) => t.http().post('/api/warnings').set(bearer(token)).send(body);
const detail = async (id: number) => ZRecallDetail.parse((await t.http().get(`/api/recalls/${id}`)).body);
const search = async (query: Record<string, string>) =>
  ZRecallListResponse.parse((await t.http().get('/api/recalls').query(query)).body);

let caseId: number;
let warning: ReturnType<typeof ZWarningView.parse>;

beforeAll(async () => {
  t = await startApp();
  kit = await notifyKit(t);
  await setToday(t, '2026-03-05');
  suzhou = await suzhouBureau(t);
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  caseId = (await openCase()).id;
}, 600_000);
afterAll(() => t.close());

test('bad input is refused by field; another city’s bureau cannot publish on the case; the ground must fit the state', async () => {
  const missing = await publish(suzhou, { ...WARNING, caseId, hazard: '' });
  expect(missing.status).toBe(400);
  expect(missing.body.error.issues).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: 'hazard', message: '请填写存在的缺陷' })]),
  );
  const gtin = await publish(suzhou, { ...WARNING, caseId, gtins: ['6901234567890'] });
  expect(gtin.status).toBe(400);
  expect(gtin.body.error.issues[0].path).toBe('gtins.0');
  const neither = await publish(suzhou, { ...WARNING });
  expect(neither.status).toBe(400);
  expect(neither.body.error.issues[0]).toMatchObject({ path: 'caseId', message: '请指明案件或线索（二者选一）' });
  const ground = await publish(suzhou, { ...WARNING, caseId, ground: 'bankrupt' });
  expect(ground.status).toBe(400);
  expect(ground.body.error.issues[0].path).toBe('ground');

  const other = await publish(wuxi, { ...WARNING, caseId });
  expect(other.status).toBe(404);
  expect(other.body.error.code).toBe('CASE_NOT_FOUND');

  // 拒不召回 needs the case escalated or ordered; the case is only opened.
  const refuses = await publish(suzhou, { ...WARNING, caseId, ground: 'refuses' });
  expect(refuses.status).toBe(409);
  expect(refuses.body.error.message).toContain(
    '案件当前为“已立案，待通知生产者”，不能以“责令召回拒不召回”发布消费提示',
  );
  const nobody = await consumer('nobody');
  expect((await publish(nobody.token, { ...WARNING, caseId })).status).toBe(403);
  expect(await kit.db.getRepository(ConsumerWarning).count()).toBe(0);
});

test('published from a case whose producer cannot be traced: found by name and by barcode, labelled 消费提示', async () => {
  const follower = await consumer('follows-gtin');
  const byModel = await consumer('follows-model');
  const stranger = await consumer('follows-other');
  const follow = (token: string, body: object) => t.http().post('/api/follows').set(bearer(token)).send(body);
  expect((await follow(follower.token, { gtin: GTIN, source: 'scan' })).status).toBe(201);
  expect((await follow(byModel.token, { brand: '无影', model: 'WY-10' })).status).toBe(201);
  expect((await follow(stranger.token, { gtin: '6901234567885' })).status).toBe(201);

  const res = await publish(suzhou, { ...WARNING, caseId });
  expect(res.status).toBe(201);
  warning = ZWarningView.parse(res.body);
  expect(warning).toMatchObject({
    caseId,
    bureauCode: '320500',
    bureauName: '苏州市市场监督管理局',
    ground: 'untraceable',
    groundLabel: '无法追溯到生产者',
    status: 'published',
    producerName: '苏州无影电器有限公司',
  });

  const byName = await search({ q: '暖手宝' });
  const item = byName.items.find((i) => i.id === warning.recallId)!;
  expect(item).toMatchObject({
    kind: 'warning',
    source: 'warning',
    title: '关于无影牌暖手宝的消费提示',
    bureauName: '苏州市市场监督管理局',
    contactPhone: '12315',
  });
  expect((await search({ gtin: GTIN })).items.map((i) => [i.id, i.kind])).toEqual([[warning.recallId, 'warning']]);

  const d = await detail(warning.recallId);
  expect(d.warning).toEqual({
    ground: 'untraceable',
    groundLabel: '无法追溯到生产者',
    notice: WARNING_NOTICE,
    supersededBy: null,
  });
  expect(d.acceptsRequests).toBe(false);
  expect(d.remedy).toBe(WARNING.advice);

  const check = ZRecallCheckResponse.parse(
    (await t.http().post('/api/recalls/check').send({ gtin: GTIN, batch: '2025A', productionDate: '2025-08-01' })).body,
  );
  expect(check.status).toBe('affected');
  expect(check.reason).toContain(
    '你的产品在市场监管部门发布的消费提示范围内（不是生产者召回）：《关于无影牌暖手宝的消费提示》',
  );

  const feed = (await t.http().get('/api/feed/recalls.atom')).text;
  expect(feed).toContain('<title>【消费提示】关于无影牌暖手宝的消费提示</title>');
  expect(feed).toContain(WARNING_NOTICE);

  // Followers of the product are told, once each, as a 消费提示; the follower of another product is not.
  await kit.fanout.runOnce();
  const told = await kit.db.getRepository(Message).findBy({ kind: 'recall_matched' });
  expect(told.map((m) => m.userId).sort()).toEqual([follower.id, byModel.id].sort());
  expect(told[0].title).toBe('消费提示：暖手宝');
  expect(told[0].body).toContain('苏州市市场监督管理局发布消费提示（不是生产者召回）');

  const audit = await kit.db.getRepository(AuditLog).findBy({ action: 'warning.published' });
  expect(audit).toHaveLength(1);
  expect(audit[0].entityId).toBe(String(warning.id));
});

test('the issuing bureau corrects it with a reason (a public revision), then withdraws it; Wuxi can do neither', async () => {
  const fix = { ...WARNING, hazard: '内置锂电池无过充保护，充电时可能鼓包。', note: '缺陷描述更准确' };
  delete (fix as Partial<typeof fix>).ground;
  expect((await t.http().put(`/api/warnings/${warning.id}`).set(bearer(wuxi)).send(fix)).status).toBe(404);
  const bad = await t
    .http()
    .put(`/api/warnings/${warning.id}`)
    .set(bearer(suzhou))
    .send({ ...fix, note: '' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues[0].path).toBe('note');
  const ok = await t.http().put(`/api/warnings/${warning.id}`).set(bearer(suzhou)).send(fix);
  expect(ok.status).toBe(200);
  expect(ZWarningView.parse(ok.body).hazard).toBe(fix.hazard);
  let d = await detail(warning.recallId);
  expect(d.defect).toBe(fix.hazard);
  expect(d.revisions[0].note).toBe('更正：缺陷描述更准确（缺陷情况）');

  expect(
    (await t.http().post(`/api/warnings/${warning.id}/withdraw`).set(bearer(wuxi)).send({ reason: '误发' })).status,
  ).toBe(404);
  const noReason = await t.http().post(`/api/warnings/${warning.id}/withdraw`).set(bearer(suzhou)).send({});
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.issues[0].path).toBe('reason');
  const w = await t
    .http()
    .post(`/api/warnings/${warning.id}/withdraw`)
    .set(bearer(suzhou))
    .send({ reason: '已联系到生产者，改为立案督促召回' });
  expect(w.status).toBe(200);
  expect(ZWarningView.parse(w.body)).toMatchObject({
    status: 'withdrawn',
    withdrawReason: '已联系到生产者，改为立案督促召回',
  });
  expect((await search({ q: '暖手宝' })).items.find((i) => i.id === warning.recallId)).toBeUndefined();
  d = await detail(warning.recallId);
  expect(d.withdrawn).toBe(true);
  expect(d.revisions[0].note).toBe('撤回：已联系到生产者，改为立案督促召回');
  const again = await t
    .http()
    .post(`/api/warnings/${warning.id}/withdraw`)
    .set(bearer(suzhou))
    .send({ reason: '再撤' });
  expect(again.status).toBe(409);
  const list = (await t.http().get(`/api/warnings?caseId=${caseId}`).set(bearer(suzhou))).body.items;
  expect(list.map((x: { status: string }) => x.status)).toEqual(['withdrawn']);
  expect((await t.http().get(`/api/warnings?caseId=${caseId}`).set(bearer(wuxi))).body.items).toEqual([]);
});

test('a clue whose producer is not identified can carry a warning; a later recall of the product replaces it', async () => {
  const reporter = await consumer('reporter');
  const clue = await t
    .http()
    .post('/api/clues')
    .set(bearer(reporter.token))
    .send(
      clueReport({
        productName: '折叠电热毯',
        brand: '暖冬',
        model: 'ND-1',
        gtin: '6901234567885',
        producerName: undefined,
        producerUscc: undefined,
      }),
    );
  expect(clue.status).toBe(201);
  const clueId = clue.body.id as number;
  const body = {
    ...WARNING,
    clueId,
    productName: '折叠电热毯',
    brand: '暖冬',
    models: ['ND-1'],
    gtins: ['6901234567885'],
  };
  // Not yet accepted: refused.
  expect((await publish(suzhou, body)).status).toBe(409);
  expect((await t.http().post(`/api/bureau/clues/${clueId}/accept`).set(bearer(suzhou)).send({})).status).toBe(200);
  expect((await publish(suzhou, { ...body, ground: 'refuses' })).status).toBe(409);
  const res = await publish(province, body);
  expect(res.status).toBe(201);
  const w = ZWarningView.parse(res.body);
  expect(w).toMatchObject({ clueId, producerName: '生产者无法追溯', bureauCode: '320500' });
  expect((await search({ q: '电热毯' })).items.map((i) => i.kind)).toEqual(['warning']);

  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  const r = await importer.importText(
    JSON.stringify({
      recallNo: 'JS2026-W001',
      title: '暖冬电器召回折叠电热毯',
      producerName: '扬州暖冬电器有限公司',
      productName: '折叠电热毯',
      brand: '暖冬',
      models: ['ND-1'],
      gtins: ['6901234567885'],
      quantity: 300,
      categoryCode: '01',
      defect: '温控失灵。',
      consequence: '可能起火。',
      remedy: '免费更换。',
      startDate: '2026-03-05',
    }),
    { actorId: null },
  );
  expect(r.imported).toBe(1);
  const recall = (await search({ q: '电热毯' })).items;
  expect(recall.map((i) => i.kind)).toEqual(['recall']);
  const d = await detail(w.recallId);
  expect(d.withdrawn).toBe(true);
  expect(d.warning!.supersededBy).toEqual({ id: recall[0].id, title: '暖冬电器召回折叠电热毯' });
  expect(d.revisions[0].note).toBe('已由召回《暖冬电器召回折叠电热毯》取代，请查看该召回');
  const view = ZWarningView.parse((await t.http().get(`/api/warnings/${w.id}`).set(bearer(suzhou))).body);
  expect(view).toMatchObject({ status: 'superseded', supersededBy: recall[0].id });
});

test('statistics do not count a 消费提示 as a recall', async () => {
  const caseB = await openCase({ productName: '无影牌充电宝', model: 'WY-20' });
  expect((await publish(suzhou, { ...WARNING, caseId: caseB.id, gtins: [], models: ['WY-20'] })).status).toBe(201);
  const stats = await t.http().get('/api/statistics?period=2026').set(bearer(province));
  expect(stats.status).toBe(200);
  expect(JSON.stringify(stats.body)).not.toContain('充电宝');
});

test('photos: the bureau’s own uploads, shown on the public page without EXIF; a colleague’s correction keeps them', async () => {
  const upload = async (token: string) => {
    const res = await t
      .http()
      .post('/api/uploads')
      .set(bearer(token))
      .attach('file', await phonePhoto(), 'p.jpg');
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const caseC = await openCase({ productName: '无影牌暖脚宝', model: 'WY-30' });
  const body = { ...WARNING, caseId: caseC.id, productName: '暖脚宝', gtins: [], models: ['WY-30'] };
  // Another bureau's upload is not the caller's to publish.
  const foreign = await publish(suzhou, { ...body, photoIds: [await upload(wuxi)] });
  expect(foreign.status).toBe(400);
  expect(foreign.body.error.issues[0]).toEqual({ path: 'photoIds', message: '只能使用您自己上传的照片' });

  const photo = await upload(suzhou);
  const res = await publish(suzhou, { ...body, photoIds: [photo] });
  expect(res.status).toBe(201);
  const w = ZWarningView.parse(res.body);
  expect(w.photoIds).toEqual([photo]);
  expect(w.photos).toEqual([{ id: photo, url: expect.any(String), thumbUrl: expect.any(String) }]);

  const d = await detail(w.recallId);
  expect(d.photos).toHaveLength(1);
  const img = await t.http().get(d.photos[0].url).buffer(true);
  expect(img.status).toBe(200);
  expect((await sharp(img.body as Buffer).metadata()).exif).toBeUndefined();

  // A colleague of the same bureau corrects the text and adds a photo of its own; the first one stays.
  const colleague = await staff(t, { role: 'bureau', org: '320500', username: 'sz-2', password: 'suzhou-pass-2' });
  const second = await upload(colleague);
  const fix = { ...body, photoIds: [photo, second], note: '补充产品照片' };
  delete (fix as Partial<typeof fix>).ground;
  delete (fix as Partial<typeof fix>).caseId;
  const corrected = await t.http().put(`/api/warnings/${w.id}`).set(bearer(colleague)).send(fix);
  expect(corrected.status).toBe(200);
  expect(ZWarningView.parse(corrected.body).photoIds).toEqual([photo, second]);
  expect((await detail(w.recallId)).photos).toHaveLength(2);
  // …but cannot slip in someone else's upload that was never on the warning.
  const slipped = await t
    .http()
    .put(`/api/warnings/${w.id}`)
    .set(bearer(colleague))
    .send({ ...fix, photoIds: [photo, await upload(wuxi)] });
  expect(slipped.status).toBe(400);
  expect(slipped.body.error.issues[0].path).toBe('photoIds');
});
