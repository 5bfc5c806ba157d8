import type { Application } from '@midwayjs/koa';
import { ZRecallSuggestResponse } from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';

/** GET /api/recalls/suggest: what the search box offers while someone types, and close matches. */
let t: TestApp;
const RATE = 40;
const demo = fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8');

const suggest = (q?: string) =>
  t
    .http()
    .get('/api/recalls/suggest')
    .query(q === undefined ? {} : { q });
const suggested = async (q: string) => {
  const res = await suggest(q);
  expect(res.status).toBe(200);
  return ZRecallSuggestResponse.parse(res.body).items;
};

beforeAll(async () => {
  t = await startApp({ SUGGEST_RATE_PER_MINUTE: String(RATE) });
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(demo, { actorId: null });
}, 120_000);
afterAll(() => t.close());

describe('GET /api/recalls/suggest', () => {
  it('offers brands, product names and models starting with or containing what is typed, each with its kind', async () => {
    const items = await suggested('暖');
    expect(items[0]).toEqual({ text: '暖阳', kind: 'brand' });
    expect(items).toContainEqual({ text: '电暖器', kind: 'product' });
    expect(items.length).toBeLessThanOrEqual(8);
    expect(await suggested('ny-2000')).toEqual([
      { text: 'NY-2000', kind: 'model' },
      { text: 'NY-2000A', kind: 'model' },
      { text: 'NY-2000B', kind: 'model' },
    ]);
    expect((await suggested('儿童')).map((s) => s.kind)).toEqual(Array(5).fill('product'));
  });

  it('for a text that finds nothing whole: the brand named inside it, and products of the kind it names', async () => {
    expect(await suggested('暖阳电热毯')).toEqual([{ text: '暖阳', kind: 'brand' }]);
    // 烤火炉 is an everyday word for an electric heater (config/search/thesaurus.json).
    expect(await suggested('烤火炉')).toEqual([{ text: '电暖器', kind: 'product' }]);
    expect(await suggested('量子纠缠')).toEqual([]);
  });

  it.each([
    [undefined, '缺少搜索词'],
    ['', '请填写搜索词'],
    ['   ', '请填写搜索词'],
    ['暖'.repeat(51), '搜索词不能超过 50 个字'],
  ])('q=%j is a 400 naming the field, in Chinese', async (q, message) => {
    const res = await suggest(q);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
    expect(res.body.error.issues).toEqual([{ path: 'q', message }]);
  });

  it('is limited per address: past the budget a 429 in Chinese with Retry-After', async () => {
    let res = await suggest('暖');
    for (let i = 0; i < RATE && res.status === 200; i++) res = await suggest('暖');
    expect(res.status).toBe(429);
    expect(res.body.error.message).toMatch(/^查询过于频繁，请 .+后再试$/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
