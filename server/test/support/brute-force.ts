import Redis from 'ioredis';
import { ZErrorBody } from '@recall/shared';
import { startApp, TestApp } from './app';
import { usccOf } from './cases';
import { bearer, staff } from './users';
import { describeWith, REDIS_URL } from './services';

/**
 * Guessing passwords and invitation codes: an account gets 5 wrong tries, then a lock that grows;
 * an address gets a larger budget. Counted in Redis (as CI and every multi-process deployment run)
 * and, for one process without REDIS_URL, in memory: the same answers from both. The Redis half
 * needs Redis at TEST_REDIS_URL: required in CI, "not run" elsewhere when unreachable (services.ts).
 */

/** Client addresses, as the one trusted reverse proxy (TRUST_PROXY=1) reports them. */
const from = (ip: string) => ({ 'X-Forwarded-For': ip });

/** The 429 a user sees: Chinese text naming the wait, Retry-After with the same wait in seconds. */
function expectLocked(res: { status: number; body: unknown; headers: Record<string, string> }, code: string) {
  expect(res.status).toBe(429);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/次数过多.*请 \d+ (秒|分钟|小时)后再试$/);
  const seconds = Number(res.headers['retry-after']);
  expect(seconds).toBeGreaterThan(0);
  return { message: error.message, seconds };
}

/** The suite for one store; each test file boots one app (Midway keeps route metadata per module). */
export function describeBruteForce(onRedis: boolean) {
  (onRedis ? describeWith(['redis']) : describe)(`brute force, counted in ${onRedis ? 'Redis' : 'memory'}`, () => {
    let t: TestApp;
    let redis: Redis | undefined;
    const prefix = `recall-test:bf:${process.pid}:${Date.now()}:${onRedis ? 'r' : 'm'}:`;
    let suzhou: string;

    beforeAll(async () => {
      t = await startApp({ TRUST_PROXY: '1', REDIS_PREFIX: prefix, ...(onRedis ? { REDIS_URL } : {}) });
      if (onRedis) redis = new Redis(REDIS_URL);
      suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'sz-officer', password: 'sz-right-pass' });
      await staff(t, { role: 'bureau', org: '320500', username: 'sz-target', password: 'target-right-pass' });
      await staff(t, { role: 'bureau', org: '320500', username: 'sz-colleague', password: 'colleague-pass' });
    });
    afterAll(async () => {
      if (redis) {
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
      }
      await t.close();
    });

    const login = (username: string, password: string, ip = '203.0.113.1') =>
      t.http().post('/api/auth/password').set(from(ip)).send({ username, password });

    test('30 wrong passwords, then the right one: still locked (429), told in Chinese how long to wait', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await login('sz-target', `wrong-${i}`)).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
      const right = await login('sz-target', 'target-right-pass');
      const { message, seconds } = expectLocked(right, 'LOGIN_LOCKED');
      expect(message).toMatch(/^密码错误次数过多，账号已暂时锁定，请 1 分钟后再试$/);
      expect(seconds).toBeGreaterThan(50);
      expect(seconds).toBeLessThanOrEqual(60);
      if (redis) expect(await redis.keys(`${prefix}rl:login:account:fails*`)).toHaveLength(1);
    });

    test('the lock is the account’s: it holds from another address, and other accounts sign in', async () => {
      expectLocked(await login('sz-target', 'target-right-pass', '198.51.100.7'), 'LOGIN_LOCKED');
      expect((await login('sz-colleague', 'colleague-pass')).status).toBe(200);
      // Differently written, the same account.
      expectLocked(await login(' SZ-Target ', 'target-right-pass', '198.51.100.8'), 'LOGIN_LOCKED');
    });

    test('a successful sign-in clears the count: 4 wrong, right, 4 wrong, right', async () => {
      for (const _round of [1, 2]) {
        for (let i = 0; i < 4; i++) expect((await login('sz-officer', 'nope-nope', '198.51.100.20')).status).toBe(401);
        expect((await login('sz-officer', 'sz-right-pass', '198.51.100.20')).status).toBe(200);
      }
    });

    test('one address spraying many usernames is stopped after 50 failures; other addresses are not', async () => {
      const spray = '192.0.2.66';
      for (let i = 0; i < 50; i++) expect((await login(`guess-${i}`, 'password1', spray)).status).toBe(401);
      const { message } = expectLocked(await login('guess-50', 'password1', spray), 'LOGIN_LOCKED');
      expect(message).toMatch(/^此网络登录失败次数过多，请 5 分钟后再试$/);
      // Even a right password from there waits; the same account elsewhere signs in.
      expectLocked(await login('sz-colleague', 'colleague-pass', spray), 'LOGIN_LOCKED');
      expect((await login('sz-colleague', 'colleague-pass', '192.0.2.67')).status).toBe(200);
    });

    test('invitation codes: 5 wrong guesses lock the WeChat user, at every address; then the right code waits', async () => {
      const inv = await t
        .http()
        .post('/api/invitations')
        .set(bearer(suzhou))
        .send({ producerUscc: usccOf('320205', 'MA2BF0001'), producerName: '无锡某电器有限公司' });
      expect(inv.status).toBe(201);
      const guesser = (await t.http().post('/api/auth/dev').send({ deviceId: 'bf-guesser' })).body.token as string;
      const bind = (code: string, ip: string) =>
        t.http().post('/api/producer/bind').set(bearer(guesser)).set(from(ip)).send({ code });
      for (let i = 0; i < 5; i++) {
        const res = await bind(`ZZZZZZZ${i + 2}`, `198.51.100.${30 + i}`);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('INVITATION_INVALID');
      }
      const locked = expectLocked(await bind('ZZZZZZZ9', '198.51.100.40'), 'INVITATION_LOCKED');
      expect(locked.message).toMatch(/^邀请码错误次数过多，请 5 分钟后再试$/);
      expectLocked(await bind(inv.body.code, '198.51.100.41'), 'INVITATION_LOCKED');
      // Nothing was bound.
      const me = await t.http().get('/api/me').set(bearer(guesser));
      expect(me.body.role).toBe('consumer');
      // Another user binds with the right code.
      const agent = (await t.http().post('/api/auth/dev').send({ deviceId: 'bf-agent' })).body.token as string;
      const bound = await t.http().post('/api/producer/bind').set(bearer(agent)).set(from('198.51.100.41')).send({
        code: inv.body.code,
      });
      expect(bound.status).toBe(200);
    });

    test('invitation codes on the web: an address gets 20 wrong guesses, then 429; other addresses register', async () => {
      const inv = await t
        .http()
        .post('/api/invitations')
        .set(bearer(suzhou))
        .send({ producerUscc: usccOf('320505', 'MA2BF0002'), producerName: '苏州某玩具有限公司' });
      expect(inv.status).toBe(201);
      const register = (code: string, ip: string, username = 'cs-web') =>
        t
          .http()
          .post('/api/producer/register')
          .set(from(ip))
          .send({ code, username, password: 'cs-web-pass-1', displayName: '网页客服' });
      const guesser = '192.0.2.99';
      for (let i = 0; i < 20; i++) {
        const res = await register(`ZZZZZ${100 + i}`, guesser);
        expect([res.status, res.body.error.code]).toEqual([400, 'INVITATION_INVALID']);
      }
      const { message } = expectLocked(await register('QQQQQQQQ', guesser), 'INVITATION_LOCKED');
      expect(message).toMatch(/^此网络邀请码错误次数过多，请 10 分钟后再试$/);
      expectLocked(await register(inv.body.code, guesser), 'INVITATION_LOCKED');
      expect((await register(inv.body.code, '192.0.2.100')).status).toBe(201);
    });

    if (onRedis)
      test('each further lock of an account lasts twice as long (the lock history is in Redis)', async () => {
        await staff(t, { role: 'bureau', org: '320500', username: 'sz-grow', password: 'grow-right-pass' });
        const fail6 = async () => {
          for (let i = 0; i < 5; i++) expect((await login('sz-grow', 'wrong', '198.51.100.60')).status).toBe(401);
          return expectLocked(await login('sz-grow', 'wrong', '198.51.100.60'), 'LOGIN_LOCKED').seconds;
        };
        expect(await fail6()).toBe(60);
        // The first lock runs out (its key expires).
        await redis!.del(`${prefix}rl:login:account:fails:sz-grow`);
        expect(await fail6()).toBe(120);
        await redis!.del(`${prefix}rl:login:account:fails:sz-grow`);
        expect(await fail6()).toBe(240);
      });
  });
}
