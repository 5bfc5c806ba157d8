import type { Application } from '@midwayjs/koa';
import { ZRecallCheckResponse, ZRecallListResponse } from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';

// Both caches off (SEARCH_CACHE_SIZE=0, RECALL_ROW_CACHE_SIZE=0): every page is ranked and read
// from the database afresh, and shows the same recalls as with the caches on.
let t: TestApp;
const demo = fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8');

beforeAll(async () => {
  t = await startApp({ SEARCH_CACHE_SIZE: '0', RECALL_ROW_CACHE_SIZE: '0' });
  const app = t.app as Application;
  await (await app.getApplicationContext().getAsync(RecallImportService)).importText(demo, { actorId: null });
});
afterAll(() => t.close());

const list = async (query: string) => {
  const res = await t.http().get(`/api/recalls?${query}`);
  expect(res.status).toBe(200);
  return ZRecallListResponse.parse(res.body);
};

test('a search lists its recalls, best first, page by page', async () => {
  const r = await list(`q=${encodeURIComponent('电暖器')}`);
  expect(r.items.map((i) => i.recallNo)).toEqual(['JS2026-0110', 'JS2026-0012']);
  expect(r.total).toBe(2);
  const all = await list('pageSize=3');
  const second = await list('pageSize=3&page=2');
  expect(all.items).toHaveLength(3);
  expect(second.items).toHaveLength(3);
  expect(second.total).toBe(all.total);
  expect(second.items.map((i) => i.id)).not.toContain(all.items[0].id);
});

test('a unit check names the recall it found', async () => {
  const res = await t.http().post('/api/recalls/check').send({ gtin: '6941023002012', batch: 'NY2509' });
  expect(res.status).toBe(200);
  const r = ZRecallCheckResponse.parse(res.body);
  expect(r.recalls.map((x) => x.recallNo)).toEqual(['JS2026-0012']);
});
