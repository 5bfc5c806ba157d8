import { ZErrorBody, ZLoginResponse, ZMeResponse } from '@recall/shared';
import jwt from 'jsonwebtoken';
import { startApp, TestApp } from './support/app';
import { FakeWechat } from './support/fake-wechat';
import { bearer, staff } from './support/users';

let t: TestApp;
const wechat = new FakeWechat();

beforeAll(async () => {
  const base = await wechat.start();
  t = await startApp({ WECHAT_API_BASE: base, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret' });
});
afterAll(async () => {
  await t.close();
  await wechat.stop();
});

describe('password sign-in for staff', () => {
  test('a Suzhou bureau user signs in and sees their role and bureau', async () => {
    const token = await staff(t, {
      role: 'bureau',
      org: '320500',
      username: 'sz-officer',
      password: 'correct-horse-1',
    });
    const me = await t.http().get('/api/me').set(bearer(token));
    expect(me.status).toBe(200);
    expect(ZMeResponse.parse(me.body)).toMatchObject({
      role: 'bureau',
      roleLabel: '市场监管局',
      displayName: 'sz-officer',
      org: { code: '320500', name: '苏州市市场监督管理局' },
    });
  });

  test('a producer user is bound to a producer USCC', async () => {
    const token = await staff(t, {
      role: 'producer',
      org: '91440300708461136T',
      username: 'cs-agent',
      password: 'correct-horse-2',
      producerName: '深圳某电器有限公司',
    });
    const me = ZMeResponse.parse((await t.http().get('/api/me').set(bearer(token))).body);
    expect(me.org).toEqual({ code: '91440300708461136T', name: '深圳某电器有限公司' });
  });

  test('a wrong password is a 401 that does not say which part was wrong', async () => {
    const res = await t.http().post('/api/auth/password').send({ username: 'sz-officer', password: 'nope-nope' });
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' });
    const unknown = await t.http().post('/api/auth/password').send({ username: 'nobody', password: 'nope-nope' });
    expect(unknown.body.error).toEqual(res.body.error);
  });
});

describe('tokens and roles, checked in one place', () => {
  test('no token → 401; a forged token → 401; the wrong role → 403', async () => {
    expect((await t.http().get('/api/me')).status).toBe(401);
    const forged = jwt.sign({ role: 'admin', org: null }, 'not-the-secret', { subject: '1', issuer: 'recall' });
    const res = await t.http().get('/api/me').set(bearer(forged));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('TOKEN_INVALID');
    const consumer = ZLoginResponse.parse((await t.http().post('/api/auth/wechat').send({ code: 'role-check' })).body);
    const audit = await t.http().get('/api/admin/audit').set(bearer(consumer.token));
    expect(audit.status).toBe(403);
    expect(ZErrorBody.parse(audit.body).error.message).toBe('没有权限执行此操作');
  });

  test('an administrator reads the audit trail of account changes', async () => {
    const token = await staff(t, { role: 'admin', username: 'root-admin', password: 'correct-horse-3' });
    const res = await t.http().get('/api/admin/audit?entityType=user').set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toContain('user.created');
    expect(JSON.stringify(res.body)).not.toContain('correct-horse');
  });
});

describe('WeChat sign-in (code2session at WECHAT_API_BASE)', () => {
  test('a new openid becomes a consumer; the same person signing in again is the same user', async () => {
    const first = ZLoginResponse.parse((await t.http().post('/api/auth/wechat').send({ code: 'alice' })).body);
    const again = ZLoginResponse.parse((await t.http().post('/api/auth/wechat').send({ code: 'alice' })).body);
    expect(first.user).toEqual({ id: again.user.id, role: 'consumer' });
    const call = wechat.calls.find((c) => c.query.js_code === 'alice')!;
    expect(call).toMatchObject({
      path: '/sns/jscode2session',
      query: { appid: 'wx-test-app', secret: 'test-secret', grant_type: 'authorization_code' },
    });
  });

  test('session_key never leaves the server', async () => {
    const res = await t.http().post('/api/auth/wechat').send({ code: 'bob' });
    const me = await t.http().get('/api/me').set(bearer(res.body.token));
    expect(JSON.stringify(res.body) + JSON.stringify(me.body)).not.toContain('sk-bob');
  });

  test.each([
    [40029, 400, 'WECHAT_CODE_INVALID', '微信登录凭证无效，请重新进入小程序后再试'],
    [40163, 400, 'WECHAT_CODE_USED', '微信登录凭证已被使用，请重新登录'],
    [45011, 429, 'WECHAT_RATE_LIMITED', '登录过于频繁，请稍后再试'],
  ])('errcode %i → %i %s', async (errcode, status, code, message) => {
    wechat.reply('/sns/jscode2session', { body: { errcode, errmsg: 'x' } });
    const res = await t
      .http()
      .post('/api/auth/wechat')
      .send({ code: `bad-${errcode}` });
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual({ code, message });
  });

  test('WeChat down (HTTP 500) is a 502 that says so, not a crash', async () => {
    wechat.reply('/sns/jscode2session', { status: 500, body: {} });
    const res = await t.http().post('/api/auth/wechat').send({ code: 'down' });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('WECHAT_UNAVAILABLE');
  });

  test('a missing code is a 400 naming the field', async () => {
    const res = await t.http().post('/api/auth/wechat').send({});
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0]).toEqual({ path: 'code', message: '缺少微信登录凭证 code' });
  });
});

describe('development-only browser login', () => {
  test('outside production a browser gets a consumer, the same one for the same device', async () => {
    const a = ZLoginResponse.parse((await t.http().post('/api/auth/dev').send({ deviceId: 'browser-0001' })).body);
    const b = ZLoginResponse.parse((await t.http().post('/api/auth/dev').send({ deviceId: 'browser-0001' })).body);
    expect(a.user).toEqual(b.user);
    expect(a.user.role).toBe('consumer');
  });
});
