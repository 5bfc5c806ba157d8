import type { Application } from '@midwayjs/koa';
import { ZRecallChanges, ZRecallDetail } from '@recall/shared';
import fs from 'fs';
import path from 'path';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';

/**
 * Open data a mirror or an e-commerce platform can keep in step cheaply: the changes feed after a
 * cursor, and ETags so a poll that finds nothing new costs a 304 without a body.
 */
let t: TestApp;
const demo = fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8');
const demoCount = demo.trim().split('\n').length;

const changes = async (query: string) => {
  const res = await t.http().get(`/api/recalls/changes?${query}`);
  expect(res.status).toBe(200);
  return ZRecallChanges.parse(res.body);
};

/** Reads the whole feed from `since` in pages of `limit`, as a mirror would. */
async function readAll(since: number, limit: number) {
  const seen: ReturnType<typeof ZRecallChanges.parse>['items'] = [];
  let cursor = since;
  for (;;) {
    const page = await changes(`since=${cursor}&limit=${limit}`);
    seen.push(...page.items);
    cursor = page.next;
    if (!page.more) return { seen, cursor };
  }
}

beforeAll(async () => {
  t = await startApp();
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(demo, { actorId: null });
});
afterAll(() => t.close());

test('a mirror reads every recall once, in pages, and then learns of a withdrawal', async () => {
  const first = await readAll(0, 7);
  expect(first.seen).toHaveLength(demoCount);
  expect(new Set(first.seen.map((r) => r.recallNo)).size).toBe(demoCount);
  const seqs = first.seen.map((r) => r.seq);
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  // The fields a platform needs to find the product in its listings and tell buyers what to do.
  const stroller = first.seen.find((r) => r.recallNo === 'JS2026-0045')!;
  expect(stroller).toMatchObject({ withdrawn: false, version: 1, status: 'ongoing' });
  expect(stroller.gtins.length).toBeGreaterThan(0);
  expect(stroller.batches.length).toBeGreaterThan(0);
  expect(stroller.remedy).not.toBe('');

  expect(await changes(`since=${first.cursor}`)).toEqual({ items: [], next: first.cursor, more: false });

  const province = await staff(t, { role: 'province', org: '320000', username: 'prov-c', password: 'province-pass' });
  const res = await t
    .http()
    .post(`/api/recalls/${stroller.id}/withdraw`)
    .set(bearer(province))
    .send({ reason: '信息录入错误' });
  expect(res.status).toBe(200);
  const after = await changes(`since=${first.cursor}`);
  expect(after.items).toHaveLength(1);
  expect(after.items[0]).toMatchObject({ id: stroller.id, withdrawn: true, version: 2 });
  expect(after.next).toBeGreaterThan(first.cursor);
});

test('a cursor that is not a number is a 400 naming since; a limit over 500 names limit', async () => {
  const bad = await t.http().get('/api/recalls/changes?since=abc');
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues[0].path).toBe('since');
  expect(bad.body.error.issues[0].message).toMatch(/since.*应为数字/);
  const big = await t.http().get('/api/recalls/changes?limit=501');
  expect(big.status).toBe(400);
  expect(big.body.error.issues[0]).toEqual({ path: 'limit', message: 'limit（每次条数）最大为 500' });
});

test('open data carries an ETag; asking again with it is a 304 until the record changes', async () => {
  const list = await t.http().get('/api/recalls?q=%E7%94%B5%E6%9A%96%E5%99%A8');
  expect(list.status).toBe(200);
  const tag = list.headers.etag;
  expect(tag).toMatch(/^"[\w-]{27}"$/);
  const again = await t.http().get('/api/recalls?q=%E7%94%B5%E6%9A%96%E5%99%A8').set('If-None-Match', tag);
  expect(again.status).toBe(304);
  expect(again.text ?? '').toBe('');

  const id = list.body.items[0].id;
  const detail = await t.http().get(`/api/recalls/${id}`);
  ZRecallDetail.parse(detail.body);
  const unchanged = await t.http().get(`/api/recalls/${id}`).set('If-None-Match', detail.headers.etag);
  expect(unchanged.status).toBe(304);
  const province = await staff(t, { role: 'province', org: '320000', username: 'prov-e', password: 'province-pass' });
  await t.http().post(`/api/recalls/${id}/withdraw`).set(bearer(province)).send({ reason: '更正' }).expect(200);
  const changed = await t.http().get(`/api/recalls/${id}`).set('If-None-Match', detail.headers.etag);
  expect(changed.status).toBe(200);
  expect(changed.body.withdrawn).toBe(true);
  expect(changed.headers.etag).not.toBe(detail.headers.etag);

  const feed = await t.http().get('/api/recalls/changes?since=0&limit=3');
  expect(
    (await t.http().get('/api/recalls/changes?since=0&limit=3').set('If-None-Match', feed.headers.etag)).status,
  ).toBe(304);
});
