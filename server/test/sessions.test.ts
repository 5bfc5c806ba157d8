import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Application } from '@midwayjs/koa';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/accounts/auth.service';
import { loadEnv } from '../src/core/env';
import { User } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';

/**
 * Sessions follow the account as it is now, and no public secret signs anything: a token stops
 * working the moment its account is disabled, deleted, re-roled or signed out.
 */
let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startApp();
  db = (await (t.app as Application).getApplicationContext().getAsync(AuthService)).db;
});
afterAll(() => t.close());

const consumer = async (device: string) => {
  const res = await t.http().post('/api/auth/dev').send({ deviceId: device });
  return { token: res.body.token as string, id: res.body.user.id as number };
};
const me = (token: string) => t.http().get('/api/me').set(bearer(token));

test('a disabled account is refused from its next request', async () => {
  const token = await staff(t, {
    role: 'producer',
    org: '91320505MA1WE2E3XT',
    username: 'cs-disabled',
    password: 'producer-pass-1',
    displayName: '客服',
    producerName: '苏州暖阳电器有限公司',
  });
  expect((await me(token)).status).toBe(200);
  await db.getRepository(User).update({ username: 'cs-disabled' }, { disabled: true });
  const res = await me(token);
  expect(res.status).toBe(401);
  expect(res.body.error.message).toBe('登录已失效，请重新登录');
});

test('a deleted account is refused, also where it could create things', async () => {
  const c = await consumer('deleted-device');
  await db.getRepository(User).delete({ id: c.id });
  expect((await me(c.token)).status).toBe(401);
  expect((await t.http().post('/api/clues').set(bearer(c.token)).send({})).status).toBe(401);
});

test('a token issued before a role change keeps no role at all', async () => {
  const c = await consumer('rerole-device');
  await db.getRepository(User).update({ id: c.id }, { role: 'producer', orgCode: '91320505MA1WE2E3XT' });
  expect((await me(c.token)).status).toBe(401);
  expect(
    (await t.http().post('/api/follows').set(bearer(c.token)).send({ gtin: '6901234567892', source: 'scan' })).status,
  ).toBe(401);
});

test('sign-out revokes every token of the account; a new sign-in works', async () => {
  const first = await consumer('logout-device');
  const second = await consumer('logout-device');
  expect((await t.http().post('/api/auth/logout').set(bearer(first.token))).status).toBe(204);
  expect((await me(first.token)).status).toBe(401);
  expect((await me(second.token)).status).toBe(401);
  const again = await consumer('logout-device');
  expect((await me(again.token)).status).toBe(200);
});

test('no public secret: secrets are made per machine, kept owner-only, and reused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-secrets-'));
  const first = loadEnv({ DATA_DIR: dir });
  const second = loadEnv({ DATA_DIR: dir });
  expect(first.JWT_SECRET).toBe(second.JWT_SECRET);
  expect(first.JWT_SECRET).not.toBe('dev-only-jwt-secret-change-me');
  expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(48);
  expect(Buffer.from(first.DATA_KEY, 'base64')).toHaveLength(32);
  expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  expect(loadEnv({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'recall-secrets-')) }).JWT_SECRET).not.toBe(
    first.JWT_SECRET,
  );
});
