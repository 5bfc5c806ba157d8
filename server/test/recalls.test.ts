import type { Application } from '@midwayjs/koa';
import {
  ZRecallCheckResponse,
  ZRecallDetail,
  ZRecallImportLine,
  ZRecallListResponse,
  ZRecallImportResult,
} from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { atomFeed } from '../src/recalls/atom-feed';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';

let t: TestApp;
const demo = fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8');
const lines = demo
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const byNo = (no: string) => lines.find((l) => l.recallNo === no);
const lighter = byNo('HN2022-0817'); // range-limited 2021-09-01..2021-12-31, models V8/P8
const heater = byNo('JS2026-0012'); // batches + range
const stroller = byNo('JS2026-0045'); // batches only

async function importer() {
  return (t.app as Application).getApplicationContext().getAsync(RecallImportService);
}
const list = async (query: string) => {
  const res = await t.http().get(`/api/recalls?${query}`);
  expect(res.status).toBe(200);
  return ZRecallListResponse.parse(res.body);
};
const check = async (body: object) => {
  const res = await t.http().post('/api/recalls/check').send(body);
  expect(res.status).toBe(200);
  return ZRecallCheckResponse.parse(res.body);
};

beforeAll(async () => {
  t = await startApp();
  const r = await (await importer()).importText(demo, { actorId: null });
  expect(r).toEqual({ imported: lines.length, updated: 0, unchanged: 0, rejected: [] });
});
afterAll(() => t.close());

describe('search', () => {
  test.each([
    ['火机', 'HN2022-0817', 'a 2-character Chinese substring of the product'],
    ['暖阳', 'JS2026-0012', 'the brand'],
    ['ny-2000', 'JS2026-0012', 'a model, case and punctuation folded'],
    ['豪牌电气', 'HN2022-0817', 'part of the producer name'],
    ['JS2026-0088', 'JS2026-0088', 'the recall number'],
    ['移动电源', 'JS2026-0058', 'a 4-character query'],
  ])('%s finds %s (%s)', async (q, recallNo) => {
    const r = await list(`q=${encodeURIComponent(q)}`);
    expect(r.items.map((i) => i.recallNo)).toContain(recallNo);
    expect(r.total).toBeGreaterThan(0);
    expect(r.dataAsOf).not.toBeNull();
  });

  test('a product-name match ranks above a producer-name match, then newer first', async () => {
    const r = await list(`q=${encodeURIComponent('电暖器')}`);
    expect(r.items.map((i) => i.recallNo)).toEqual(['JS2026-0110', 'JS2026-0012']);
  });

  test.each([
    ['豪牌打火机', 'HN2022-0817', 'brand and product together'],
    ['打火机 豪牌', 'HN2022-0817', 'reversed, with a space'],
    ['取暖器', 'JS2026-0012', 'the everyday word for the product'],
    ['书包', 'HN2022-0921', 'the everyday word for a backpack'],
    ['极电充电宝', 'JS2026-0058', 'brand with the everyday word'],
    ['暖阳电暖器召回了吗？', 'JS2026-0012', 'a question'],
    ['請問暖陽電暖器', 'JS2026-0012', 'traditional characters'],
    ['6903128001017', 'HN2022-0817', 'a bar code typed into the box'],
    ["“豪牌” 100%丁烷 o'k 打火机", 'HN2022-0817', 'punctuation people type is ignored, not refused'],
    ['玩具', 'JS2026-0031', 'a category word'],
  ])('%s finds %s (%s)', async (q, recallNo) => {
    const r = await list(`q=${encodeURIComponent(q)}`);
    expect(r.items.slice(0, 5).map((i) => i.recallNo)).toContain(recallNo);
  });

  test('a recall number or a bar code goes straight to that recall', async () => {
    expect((await list(`q=${encodeURIComponent('HN2022-0817')}`)).items.map((i) => i.recallNo)).toEqual([
      'HN2022-0817',
    ]);
    expect((await list('q=6903128001017')).items.map((i) => i.recallNo)).toEqual(['HN2022-0817']);
  });

  test('characters that are not adjacent do not match (substring, not bag of bigrams)', async () => {
    expect((await list(`q=${encodeURIComponent('机打')}`)).total).toBe(0);
  });

  test('no query lists everything, newest first, paginated', async () => {
    const p1 = await list('pageSize=5');
    const p2 = await list('pageSize=5&page=2');
    expect(p1.total).toBe(lines.length);
    expect(p1.items).toHaveLength(5);
    const starts = [...p1.items, ...p2.items].map((i) => i.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(10);
  });

  test('category and date filters', async () => {
    const kids = await list('category=02');
    expect(kids.items.every((i) => i.categoryCode === '02')).toBe(true);
    expect(kids.total).toBe(lines.filter((l) => l.categoryCode === '02').length);
    const y2022 = await list('from=2022-01-01&to=2022-12-31');
    expect(y2022.items.map((i) => i.recallNo).sort()).toEqual(['HN2022-0817', 'HN2022-0906', 'HN2022-0921']);
  });

  test('by GTIN, in its 13-digit or 14-digit form', async () => {
    const g13 = lighter.gtins[0] as string;
    expect((await list(`gtin=${g13}`)).items.map((i) => i.recallNo)).toEqual(['HN2022-0817']);
    expect((await list(`gtin=0${g13}`)).items.map((i) => i.recallNo)).toEqual(['HN2022-0817']);
  });

  test('a UPC-A code finds the recall listed by its EAN-13 form', async () => {
    const foreign = byNo('US-CPSC-26-045');
    const upc = (foreign.gtins[0] as string).slice(1);
    expect((await list(`gtin=${upc}`)).items.map((i) => i.recallNo)).toEqual(['US-CPSC-26-045']);
  });

  test.each([
    ['q=%25', 'q', '搜索词需包含文字或数字'],
    [`q=${encodeURIComponent('“ ”')}`, 'q', '搜索词需包含文字或数字'],
    [`q=${encodeURIComponent('召回了吗？')}`, 'q', '搜索词需包含产品名称、品牌、型号或商品条码'],
    [`q=${encodeURIComponent('长'.repeat(51))}`, 'q', '搜索词不能超过 50 个字'],
    ['category=11', 'category', '产品类别应为 01–10 的类别代码'],
    ['gtin=6903128001018', 'gtin', '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确'],
    ['from=2026-02-30', 'from', '开始日期不是有效日期（格式 YYYY-MM-DD）'],
    ['page=0', 'page', '页码最小为 1'],
  ])('%s → 400 on %s', async (query, field, message) => {
    const res = await t.http().get(`/api/recalls?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0]).toEqual({ path: field, message });
  });
});

describe('detail', () => {
  test('serves only public fields, with history', async () => {
    const id = (await list('q=JS2026-0012')).items[0].id;
    const res = await t.http().get(`/api/recalls/${id}`);
    const d = ZRecallDetail.parse(res.body);
    expect(d).toMatchObject({ recallNo: 'JS2026-0012', withdrawn: false, revisions: [], remedyType: 'repair' });
    for (const hidden of ['changeSeq', 'version', 'withdrawnAt', 'createdAt'])
      expect(res.body).not.toHaveProperty(hidden);
  });
  test('unknown id → 404, malformed id → 400', async () => {
    expect((await t.http().get('/api/recalls/999999')).body.error.code).toBe('RECALL_NOT_FOUND');
    expect((await t.http().get('/api/recalls/abc')).status).toBe(400);
  });
});

describe('unit check', () => {
  const g = (l: { gtins: string[] }) => l.gtins[0];
  test.each([
    ['production range, date on the first day', () => ({ gtin: g(lighter), productionDate: '2021-09-01' }), 'affected'],
    ['production range, date on the last day', () => ({ gtin: g(lighter), productionDate: '2021-12-31' }), 'affected'],
    ['production range, the day after', () => ({ gtin: g(lighter), productionDate: '2022-01-01' }), 'not_affected'],
    ['production range, no date', () => ({ gtin: g(lighter) }), 'unknown'],
    [
      'batches and range, both inside',
      () => ({ gtin: g(heater), batch: 'ny2510', productionDate: '2025-10-08' }),
      'affected',
    ],
    [
      'batches and range, batch outside',
      () => ({ gtin: g(heater), batch: 'NY2408', productionDate: '2025-10-08' }),
      'not_affected',
    ],
    ['batches only, batch inside', () => ({ gtin: g(stroller), batch: '2506' }), 'affected'],
    ['batches only, no batch', () => ({ gtin: g(stroller), productionDate: '2025-06-01' }), 'unknown'],
    ['every unit, by brand and model', () => ({ brand: '福满', model: 'FM-Y180' }), 'affected'],
    ['model of another brand', () => ({ brand: '别家', model: 'FM-Y180' }), 'not_affected'],
    ['brand only', () => ({ brand: '暖阳' }), 'unknown'],
  ])('%s → %s', async (_name, body, status) => {
    const r = await check(body());
    expect(r.status).toBe(status);
    expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
    if (status !== 'not_affected') expect(r.recalls.length).toBeGreaterThan(0);
  });

  test('unknown says which label fields would decide it', async () => {
    expect((await check({ gtin: g(heater) })).needs.sort()).toEqual(['batch', 'productionDate']);
    expect((await check({ brand: '暖阳' })).needs).toEqual(['model']);
  });

  test('no recall found is never worded as safe', async () => {
    const r = await check({ gtin: '6901234567892' });
    expect(r).toMatchObject({ status: 'not_affected', recalls: [] });
    expect(r.reason).toContain('未查到召回不代表产品没有安全隐患');
    expect(r.reason).toMatch(/数据更新至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(r.reason).not.toMatch(/产品是安全的|可以放心|没有风险/);
  });

  test.each([
    [{}, 'gtin', '请至少提供商品条码、品牌或型号之一'],
    [{ gtin: '6903128001018' }, 'gtin', '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确'],
    [{ brand: '豪牌', productionDate: '2021-02-29' }, 'productionDate', '生产日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ brand: 123 }, 'brand', '品牌应为文本'],
  ])('%o → 400 naming %s', async (body, path, message) => {
    const res = await t.http().post('/api/recalls/check').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual({ path, message });
  });
});

describe('import', () => {
  test('the same lines again change nothing; a corrected line updates and keeps history', async () => {
    const svc = await importer();
    expect(await svc.importText(demo, { actorId: null })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: lines.length,
    });
    const corrected = { ...lighter, quantity: 260000, batches: [] };
    expect(await svc.importText(JSON.stringify(corrected), { actorId: null })).toMatchObject({ updated: 1 });
    const id = (await list('q=HN2022-0817')).items[0].id;
    const d = ZRecallDetail.parse((await t.http().get(`/api/recalls/${id}`)).body);
    expect(d.quantity).toBe(260000);
    expect(d.revisions).toEqual([expect.objectContaining({ version: 1, note: '更正：数量' })]);
    expect((await list('q=HN2022')).total).toBe(3);
  });

  test('typed JSON columns keep the compact text rows have always held', async () => {
    const { db } = await importer();
    const [row] = await db.query('SELECT id, models, gtins, batches FROM recall WHERE recallNo = ?', [heater.recallNo]);
    const line = ZRecallImportLine.parse(heater); // GTINs as the import normalises them (14 digits)
    expect([row.models, row.gtins, row.batches]).toEqual([
      JSON.stringify(line.models),
      JSON.stringify(line.gtins),
      JSON.stringify(line.batches),
    ]);
    const [lighterRow] = await db.query('SELECT id FROM recall WHERE recallNo = ?', [lighter.recallNo]);
    const [rev] = await db.query('SELECT snapshot FROM recall_revision WHERE recallId = ?', [lighterRow.id]);
    expect(rev.snapshot).toMatch(/^\{"id":\d+,"recallNo":"HN2022-0817",/);
  });

  test('bureau staff upload a .jsonl file; every rejected line is named', async () => {
    const token = await staff(t, { role: 'bureau', org: '320500', username: 'importer', password: 'importer-pass' });
    const fresh = { ...stroller, recallNo: 'JS2026-9001', title: '测试导入召回' };
    const file = [JSON.stringify(fresh), '{"recallNo":"bad"}', 'not json', ''].join('\n');
    const res = await t
      .http()
      .post('/api/recalls/import')
      .set(bearer(token))
      .attach('file', Buffer.from(file), 'recalls.jsonl');
    expect(res.status).toBe(200);
    const r = ZRecallImportResult.parse(res.body);
    expect(r).toMatchObject({ imported: 1, updated: 0, unchanged: 0 });
    expect(r.rejected.map((x) => x.line)).toEqual([2, 3]);
    expect(r.rejected[0].reason).toContain('title：缺少标题');
    expect(r.rejected[1].reason).toBe('不是有效的 JSON');
    expect((await list('q=JS2026-9001')).items.map((i) => i.title)).toEqual(['测试导入召回']);
  });

  test('each line is all or nothing: bad lines are named with their reason and leave no row', async () => {
    const token = await staff(t, { role: 'bureau', org: '320500', username: 'importer2', password: 'importer-pass' });
    const { db } = await importer();
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          ['recall', 'recall_scope', 'recall_revision', 'audit_log', 'fanout_job'].map(async (table) => {
            const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${table}`);
            return [table, Number(row.n)];
          }),
        ),
      );
    const good = (no: string) => ({ ...stroller, recallNo: no, title: `导入 ${no}` });
    const file = [
      JSON.stringify(good('JS2026-9101')),
      JSON.stringify({ ...good('JS2026-9102'), quantity: 2 ** 31 }),
      JSON.stringify({ ...good('JS2026-9103'), productName: '\u200b\u200c\u200d' }),
      JSON.stringify({ ...good('JS2026-9104'), productionFrom: '2099-01-01', productionTo: '2099-02-01' }),
      JSON.stringify({ ...good('JS2026-9105'), models: ['x'.repeat(101)] }),
      JSON.stringify(good('JS2026-9106')),
    ].join('\n');
    const before = await count();
    const res = await t
      .http()
      .post('/api/recalls/import')
      .set(bearer(token))
      .attach('file', Buffer.from(file), 'recalls.jsonl');
    expect(res.status).toBe(200);
    const r = ZRecallImportResult.parse(res.body);
    expect(r).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
    expect(r.rejected).toEqual([
      { line: 2, reason: 'quantity：召回数量最多 2000000000' },
      { line: 3, reason: 'productName：请填写产品名称' },
      { line: 4, reason: 'productionFrom：生产起始日期不能晚于今天；productionTo：生产截止日期不能晚于今天' },
      { line: 5, reason: 'models.0：型号规格不能超过 100 个字' },
    ]);
    const after = await count();
    expect(after.recall - before.recall).toBe(2);
    const written = await db.query(`SELECT recallNo FROM recall WHERE recallNo LIKE 'JS2026-91%' ORDER BY recallNo`);
    expect(written.map((w: { recallNo: string }) => w.recallNo)).toEqual(['JS2026-9101', 'JS2026-9106']);
    expect(after.recall_revision).toBe(before.recall_revision);
    expect(after.audit_log - before.audit_log).toBe(2);
  });

  test('a consumer cannot import; a file of another type is refused', async () => {
    const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'consumer-import' })).body.token;
    const denied = await t
      .http()
      .post('/api/recalls/import')
      .set(bearer(consumer))
      .attach('file', Buffer.from('{}'), 'x.jsonl');
    expect(denied.status).toBe(403);
    const token = await staff(t, { role: 'province', org: '320000', username: 'prov', password: 'province-pass' });
    const wrong = await t
      .http()
      .post('/api/recalls/import')
      .set(bearer(token))
      .attach('file', Buffer.from('MZ'), 'x.exe');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('UNSUPPORTED_FILE');
  });
});

describe('withdrawal', () => {
  test('a withdrawn recall leaves search and lookup but keeps its record and history', async () => {
    const token = await staff(t, { role: 'province', org: '320000', username: 'prov-w', password: 'province-pass' });
    const id = (await list('q=JS2026-0045')).items[0].id;
    const bureau = await staff(t, { role: 'bureau', org: '320400', username: 'cz-w', password: 'bureau-pass1' });
    expect((await t.http().post(`/api/recalls/${id}/withdraw`).set(bearer(bureau)).send({ reason: 'x' })).status).toBe(
      403,
    );
    const res = await t.http().post(`/api/recalls/${id}/withdraw`).set(bearer(token)).send({ reason: '信息录入错误' });
    expect(res.status).toBe(200);
    expect((await list('q=JS2026-0045')).total).toBe(0);
    const after = await check({ gtin: stroller.gtins[0], batch: '2506' });
    expect(after.recalls.map((r) => r.recallNo)).not.toContain('JS2026-0045');
    const d = ZRecallDetail.parse((await t.http().get(`/api/recalls/${id}`)).body);
    expect(d.withdrawn).toBe(true);
    expect(d.revisions[0].note).toBe('撤回：信息录入错误');
    const again = await t.http().post(`/api/recalls/${id}/withdraw`).set(bearer(token)).send({ reason: '再次' });
    expect(again.status).toBe(409);
    const missing = await t.http().post(`/api/recalls/${id}/withdraw`).set(bearer(token)).send({});
    expect(missing.body.error.issues[0]).toEqual({ path: 'reason', message: '缺少撤回原因' });
  });
});

test('another process writing a recall is seen within about a second (index kept fresh)', async () => {
  // Raw SQL on the same database, as another server process's import would leave it.
  const ds = (await importer()).db;
  await ds.query("UPDATE `counter` SET `value` = `value` + 1 WHERE `name` = 'recall'");
  const [{ value }] = await ds.query("SELECT `value` FROM `counter` WHERE `name` = 'recall'");
  await ds.query('UPDATE `recall` SET `productName` = ?, `changeSeq` = ? WHERE `recallNo` = ?', [
    '星河测试样品',
    value,
    'JS2026-0115',
  ]);
  const deadline = Date.now() + 5000;
  let total = 0;
  while (Date.now() < deadline && total === 0) {
    await new Promise((r) => setTimeout(r, 200));
    total = (await list(`q=${encodeURIComponent('星河测试样品')}`)).total;
  }
  expect(total).toBe(1);
});

test('feed links come from the configured public address, never from the Host header', async () => {
  const res = await t.http().get('/api/feed/recalls.atom').set('Host', 'evil.example');
  expect(res.status).toBe(200);
  expect(res.text).not.toContain('evil.example');
  const links = [...res.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) expect(link).toMatch(/^http:\/\/localhost:\d+\/api\//);
});

test('feed text drops characters XML forbids and escapes markup', async () => {
  const [recall] = (await list('q=HN2022-0817')).items;
  const xml = atomFeed(
    [
      {
        ...recall,
        title: '打火机\u0001召回\u0008',
        defect: '<b>漏气</b>\u000b\u001f\ufffe',
        producerName: 'A&B\ud800',
      },
    ],
    'https://recall.example.cn',
  );
  // eslint-disable-next-line no-control-regex
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\ud800]/);
  expect(xml).toContain('<title>打火机召回</title>');
  expect(xml).toContain('缺陷：&#60;b&#62;漏气&#60;/b&#62;');
  expect(xml).toContain('<name>A&#38;B</name>');
  expect(xml).toContain(`href="https://recall.example.cn/api/recalls/${recall.id}"`);
});

test('the Atom feed lists new and updated recalls', async () => {
  const res = await t.http().get('/api/feed/recalls.atom');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain('application/atom+xml');
  expect(res.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(res.text.match(/<entry>/g)?.length).toBeGreaterThanOrEqual(lines.length);
});
