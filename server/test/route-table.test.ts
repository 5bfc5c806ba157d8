import { MidwayWebRouterService } from '@midwayjs/core';
import { ALL_ROUTES, API } from '@recall/shared';
import { startApp, TestApp } from './support/app';

/**
 * One route table: the server registers exactly the routes of @recall/shared's table, checks their
 * access and input from it, and describes them all at /api/openapi.json.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

test('the server registers every route of the table, and nothing else', async () => {
  const router = await t.app.getApplicationContext().getAsync(MidwayWebRouterService);
  const registered = (await router.getFlattenRouterTable())
    .filter((r) => r.fullUrl?.startsWith('/api/'))
    .map((r) => key(r.requestMethod, r.fullUrl!))
    .sort();
  expect(registered).toEqual(ALL_ROUTES.map((r) => key(r.method, r.path)).sort());
});

test('/api/openapi.json describes every route with its access, input and answer', async () => {
  const res = await t.http().get('/api/openapi.json');
  expect(res.status).toBe(200);
  const doc = res.body as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
  expect(doc.openapi).toBe('3.1.0');
  const described = Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => key(m, p.replace(/\{(\w+)\}/g, ':$1'))),
  );
  expect(described.sort()).toEqual(ALL_ROUTES.map((r) => key(r.method, r.path)).sort());
  const search = doc.paths['/api/recalls'].get as { parameters: Array<{ name: string }>; security?: unknown };
  expect(search.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'gtin', 'page']));
  expect(search.security).toBeUndefined();
  const act = doc.paths['/api/cases/{id}/actions'].post as {
    security: unknown;
    requestBody: unknown;
    responses: object;
  };
  expect(act.security).toEqual([{ bearer: [] }]);
  expect(act.requestBody).toBeDefined();
  expect(Object.keys(act.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
});

test('/api/docs is a page the public can read, listing the open-data routes', async () => {
  const res = await t.http().get('/api/docs');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  for (const r of [API.recalls.list, API.recalls.detail, API.recalls.check, API.recalls.feed]) {
    expect(res.text).toContain(r.summary);
    expect(res.text).toContain(`${r.method} ${r.path}`);
  }
  expect(res.text).not.toContain('/api/admin/audit');
});

test('access and input come from the table: 401, 403 and 400 naming the field', async () => {
  expect((await t.http().get('/api/messages')).status).toBe(401);
  const dev = await t.http().post('/api/auth/dev').send({ deviceId: 'route-table-device' });
  const auth = { Authorization: `Bearer ${dev.body.token as string}` };
  expect((await t.http().get('/api/cases').set(auth)).status).toBe(403);
  const bad = await t.http().post('/api/recalls/check').send({ gtin: 'abc' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues[0].path).toBe('gtin');
  const step = await t.http().post('/api/producer/requests/1/teleport').set(auth).send({});
  expect(step.status).toBe(404);
});
