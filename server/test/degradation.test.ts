import { ZErrorBody, ZReadyResponse } from '@recall/shared';
import path from 'path';
import { DataSource } from 'typeorm';
import { MYSQL_BASE, startApp, TEST_DB, TestApp } from './support/app';
import { mysqlAddress, TcpProxy, tcpProxy } from './support/tcp-proxy';
import { bearer } from './support/users';

/**
 * The database out of reach is a 503 the client may retry (Retry-After, the contract body in
 * Chinese), not a 500; /api/ready says the database is down while /api/health (liveness) answers.
 * On MariaDB the database really goes away (a TCP proxy cut); on SQLite another process holds the
 * write lock beyond busy_timeout.
 */
let t: TestApp;
let proxy: TcpProxy | undefined;
let token: string;

beforeAll(async () => {
  if (TEST_DB === 'mysql') proxy = await tcpProxy(mysqlAddress(MYSQL_BASE));
  t = await startApp({}, { via: proxy?.port });
  token = (await t.http().post('/api/auth/dev').send({ deviceId: 'degrade-device-1' })).body.token;
});
afterAll(async () => {
  await proxy?.restore().catch(() => undefined);
  await t.close();
  await proxy?.close();
});

const follow = (gtin: string) => t.http().post('/api/follows').set(bearer(token)).send({ gtin, source: 'scan' });

function expectUnavailable(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(res.status).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.code).toBe('SERVICE_UNAVAILABLE');
  expect(error.message).toBe(`服务暂时不可用，请稍后再试（请求编号 ${res.headers['x-request-id']}）`);
}

test('while the database is up, /api/ready says so', async () => {
  const res = await t.http().get('/api/ready');
  expect(res.status).toBe(200);
  expect(ZReadyResponse.parse(res.body)).toEqual({ status: 'ready', db: TEST_DB });
});

if (TEST_DB === 'mysql') {
  test('MariaDB gone: 503 with Retry-After, /api/ready 503 naming it, /api/health 200; back within 2 s', async () => {
    expect((await follow('6901234567892')).status).toBe(201);
    await proxy!.cut();
    try {
      expectUnavailable(await follow('6901234567809'));
      expectUnavailable(await t.http().get('/api/me').set(bearer(token)));
      expectUnavailable(await t.http().get('/api/bureaus'));
      const ready = await t.http().get('/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBeDefined();
      expect(ZErrorBody.parse(ready.body).error).toEqual({
        code: 'DB_UNAVAILABLE',
        message: '数据库（MySQL）暂时不可用，请稍后再试',
      });
      expect((await t.http().get('/api/health')).status).toBe(200);
    } finally {
      await proxy!.restore();
    }
    const back = Date.now();
    let res = await follow('6901234567809');
    while (res.status !== 201 && Date.now() - back < 2000) res = await follow('6901234567809');
    expect(res.status).toBe(201);
    expect((await t.http().get('/api/ready')).status).toBe(200);
  });
} else {
  test('SQLite locked by another writer beyond busy_timeout: 503 with Retry-After, then the write goes in', async () => {
    // Another process's connection to the same file, holding the write lock.
    const other = await new DataSource({
      type: 'better-sqlite3',
      database: path.join(t.dataDir, 'recall.sqlite'),
    }).initialize();
    await other.query('BEGIN EXCLUSIVE');
    try {
      expectUnavailable(await follow('6901234567809'));
      expect((await t.http().get('/api/health')).status).toBe(200);
    } finally {
      await other.query('ROLLBACK');
      await other.destroy();
    }
    expect((await follow('6901234567809')).status).toBe(201);
  });
}
