import type { Application } from '@midwayjs/koa';
import { ZClueCreateResponse, ZClueView, ZRecallMatchResponse } from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { clueReport } from './support/clues';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';

/** A defect report about a product already under recall is linked to it; the reporter and the bureau are told. */
let t: TestApp;
let consumer: string;
const demo = fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8');

const match = async (body: object) => t.http().post('/api/recalls/match').send(body);
const matched = async (body: object) => {
  const res = await match(body);
  expect(res.status).toBe(200);
  return ZRecallMatchResponse.parse(res.body).items.map((r) => r.recallNo);
};

// The finding: a child burned by a 极电 JD-P20 power bank, the report names no producer.
const burned = clueReport({
  productName: '充电宝',
  brand: '极电',
  model: 'JD-P20',
  gtin: undefined,
  producerName: undefined,
  producerUscc: undefined,
  description: '孩子在床上给充电宝充电时充电宝突然冒烟起火，手被烫伤。',
  injury: 'serious',
  fire: true,
});

beforeAll(async () => {
  t = await startApp();
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(demo, { actorId: null });
  consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'burned-child-parent' })).body.token;
});
afterAll(() => t.close());

describe('POST /api/recalls/match', () => {
  test.each([
    [{ gtin: '6960123000216' }, 'the second barcode of the recall'],
    [{ brand: '极电', model: 'jd-p20' }, 'brand and model, case folded'],
    [{ brand: '极电', model: 'JD-P20 Pro', productName: '充电宝' }, 'the other model'],
    [{ brand: '极电', productName: '充电宝' }, 'brand and the everyday name'],
  ])('%j finds the 极电 power bank recall (%s)', async (body: object, _why: string) => {
    expect(await matched(body)).toEqual(['JS2026-0058']);
  });

  test.each([
    [{ brand: '极电', productName: '电暖器' }, 'the brand, another product'],
    [{ brand: '极电', model: 'JD-X9' }, 'the brand, a model no recall lists'],
    [{ brand: '小熊', model: 'JD-P20' }, 'the model under another brand'],
    [{ brand: '小熊', productName: '电饭煲' }, 'nothing alike'],
    [{ gtin: '6901234567892' }, 'a barcode no recall lists'],
  ])('%j finds none (%s)', async (body: object, _why: string) => {
    expect(await matched(body)).toEqual([]);
  });

  test('nothing to match on is a 400 naming what is missing', async () => {
    const res = await match({ productName: '充电宝' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('请提供商品条码，或品牌加型号（或产品名称）');
  });
});

describe('a report about a product under recall', () => {
  test('the receipt, the reporter and the handling bureau see the recall, remedy and hotline; it is routed by its producer', async () => {
    const res = await t.http().post('/api/clues').set(bearer(consumer)).send(burned);
    expect(res.status).toBe(201);
    const created = ZClueCreateResponse.parse(res.body);
    const link = {
      recallNo: 'JS2026-0058',
      title: '无锡极电科技有限公司召回部分20000mAh移动电源',
      remedy: '免费更换新产品或退货退款。',
      contactPhone: '400-600-5858',
    };
    expect(created.recalls).toEqual([expect.objectContaining(link)]);
    // The recall names the producer (无锡, 320214): the clue goes to 无锡, not '未能识别生产者'.
    expect(created.routing.bureauCode).toBe('320200');
    expect(created.routing.reason).toContain('已发布召回信息中的统一社会信用代码');
    expect(created.routing.reason).not.toContain('未能识别生产者');

    const mine = await t.http().get(`/api/clues/${created.id}`).set(bearer(consumer));
    expect(mine.status).toBe(200);
    expect(ZClueView.parse(mine.body).recalls).toEqual([expect.objectContaining(link)]);

    const wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wx', password: 'wuxi-pass-1' });
    const seen = await t.http().get(`/api/clues/${created.id}`).set(bearer(wuxi));
    expect(seen.status).toBe(200);
    expect(ZClueView.parse(seen.body).recalls).toEqual([expect.objectContaining(link)]);
    const list = await t.http().get('/api/bureau/clues').set(bearer(wuxi));
    expect(list.body.items.find((c: { id: number }) => c.id === created.id).recalls).toEqual([
      expect.objectContaining(link),
    ]);
  });

  test('a report about an unrelated product carries none and is routed as before', async () => {
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(consumer))
      .send({ ...burned, productName: '电饭煲', brand: '小熊', model: 'DFB-B12', injury: 'none', fire: false });
    expect(res.status).toBe(201);
    const created = ZClueCreateResponse.parse(res.body);
    expect(created.recalls).toEqual([]);
    expect(created.routing.reason).toContain('未能识别生产者');
    const view = await t.http().get(`/api/clues/${created.id}`).set(bearer(consumer));
    expect(ZClueView.parse(view.body).recalls).toEqual([]);
  });
});
