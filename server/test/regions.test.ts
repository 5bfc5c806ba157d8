import { ZErrorBody, ZRegionListResponse } from '@recall/shared';
import { startApp, TestApp } from './support/app';

/** The region picker's data: one level of the national table per call, for any province. */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
}, 180_000);
afterAll(() => t.close());

const level = async (parent?: string) => {
  const res = await t
    .http()
    .get('/api/regions')
    .query(parent ? { parent } : {});
  expect(res.status).toBe(200);
  return ZRegionListResponse.parse(res.body);
};

test('without a parent: every province, none of them a leaf but 台湾省', async () => {
  const body = await level();
  expect(body.parent).toBeNull();
  expect(body.items).toHaveLength(34);
  expect(body.items[0]).toEqual({ code: '110000', name: '北京市', leaf: false });
  expect(body.items.find((p) => p.code === '440000')).toEqual({ code: '440000', name: '广东省', leaf: false });
  expect(body.items.filter((p) => p.leaf).map((p) => p.name)).toEqual(['台湾省']);
});

test('广东省 → 广州市 → 天河区, each level named in full', async () => {
  const gd = await level('440000');
  expect(gd.parent).toEqual({ code: '440000', name: '广东省' });
  expect(gd.items.find((c) => c.name === '广州市')).toEqual({ code: '440100', name: '广州市', leaf: false });
  expect(gd.items.find((c) => c.name === '东莞市')?.leaf).toBe(true); // no counties under it
  const gz = await level('440100');
  expect(gz.parent).toEqual({ code: '440100', name: '广东省广州市' });
  expect(gz.items.map((c) => c.name)).toContain('天河区');
  expect(gz.items.map((c) => c.name)).not.toContain('市辖区');
  expect(gz.items.every((c) => c.leaf)).toBe(true);
  const th = await level('440106');
  expect(th).toEqual({ parent: { code: '440106', name: '广东省广州市天河区' }, items: [] });
});

test('districts of a municipality and counties under 省直辖 sit right under the province', async () => {
  const bj = await level('110000');
  expect(bj.items[0]).toEqual({ code: '110101', name: '东城区', leaf: true });
  const hb = await level('420000');
  expect(hb.items.map((c) => c.name)).toEqual(expect.arrayContaining(['武汉市', '仙桃市', '神农架林区']));
  expect(hb.items.map((c) => c.name).join()).not.toContain('直辖');
});

test('the answer may be cached: the table changes only with a release', async () => {
  const res = await t.http().get('/api/regions').query({ parent: '320000' });
  expect(res.headers['cache-control']).toBe('public, max-age=86400');
});

test.each([
  ['32050', '地区代码应为 6 位行政区划代码（GB/T 2260）'],
  ['999999', '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）'],
])('parent=%s is a 400 naming the field', async (parent, message) => {
  const res = await t.http().get('/api/regions').query({ parent });
  expect(res.status).toBe(400);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.issues?.[0]).toMatchObject({ path: 'parent', message });
});
