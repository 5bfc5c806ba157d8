import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { countingWechat, totalReceived } from '../support/counting-wechat';
import { createProvinceAccount, Db, freshDb, RunningServer, startServer } from '../support/server';
import { describeWith } from '../../server/test/support/services';

/**
 * Two server processes on one MariaDB and one Redis, as a deployment behind a load balancer runs:
 * sign-in failures counted on one lock the account on the other; both run the notification loop
 * against one outbox and no message is sent twice; a recall imported through one is found by
 * search on the other within 2 s. Needs MariaDB (TEST_MYSQL_URL, default 127.0.0.1:3306) and Redis
 * (TEST_REDIS_URL, default 127.0.0.1:6379) whatever TEST_DB says — SQLite is one process's
 * database. Required in CI (TEST_DB=mysql): fails there when either is unreachable; elsewhere "not run".
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `recall-test:two:${process.pid}:${Date.now()}:`;
const FOLLOWERS = 40;
const GTIN = '6901234567892';

let db: Db;
let redis: Redis;
let a: RunningServer | undefined;
let b: RunningServer | undefined;
let wechat: Awaited<ReturnType<typeof countingWechat>>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(server: RunningServer, path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

async function importRecall(server: RunningServer, token: string, recall: Record<string, unknown>) {
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(recall)]), 'recall.jsonl');
  const res = await fetch(`${server.url}/api/recalls/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  expect((await res.json()).imported).toBe(1);
}

const recall = (recallNo: string, productName: string, gtins: string[] = []) => ({
  recallNo,
  title: `${productName}召回`,
  producerName: '苏州暖阳电器有限公司',
  productName,
  brand: '暖阳',
  models: ['NY-2000'],
  gtins,
  quantity: 100,
  categoryCode: '01',
  defect: '温控器触点粘连',
  consequence: '外壳过热',
  remedy: '免费更换',
  startDate: '2026-03-10',
});

describeWith(['mariadb', 'redis'])('two server processes on one MariaDB and one Redis', () => {
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 1 });
    await redis.connect().catch((e: Error) => {
      throw new Error(`Redis is unreachable at ${REDIS_URL} (TEST_REDIS_URL): ${e.message}`);
    });
    db = await freshDb('two_procs', 'mysql');
    wechat = await countingWechat('two-token', 30);
    const env = {
      ...db.env,
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      WECHAT_API_BASE: wechat.url,
      WECHAT_APPID: 'wx-two',
      WECHAT_SECRET: 'wx-two-secret',
      NOTIFY_DISPATCH: 'on',
      NOTIFY_INTERVAL_MS: '50',
      NOTIFY_BATCH: '4',
      NOTIFY_CONCURRENCY: '2',
      DEMO_DATA: 'off',
    };
    // One after the other: the first runs the migrations.
    a = await startServer(env);
    b = await startServer(env);
    for (const s of [a, b]) expect(s.log()).not.toMatch(/无法连接 Redis/);
    const created = await createProvinceAccount(env);
    expect(created.code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    wechat?.stop();
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await db?.drop();
  });

  test('wrong passwords counted on process A lock the account on process B', async () => {
    for (const server of [a!, b!, a!, b!, a!])
      expect((await post(server, '/api/auth/password', { username: 'js-admin', password: 'wrong-pass' })).status).toBe(
        401,
      );
    const right = await post(b!, '/api/auth/password', { username: 'js-admin', password: 'js-pass-123' });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('LOGIN_LOCKED');
    expect(right.body.error.message).toMatch(/^密码错误次数过多，账号已暂时锁定，请 1 分钟后再试$/);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(a!, '/api/auth/password', { username: 'js-admin', password: 'js-pass-123' })).status).toBe(429);
    // The count is in the one Redis, under this deployment's prefix; cleared, the account signs in again.
    const keys = await redis.keys(`${PREFIX}rl:login:account:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    expect((await post(a!, '/api/auth/password', { username: 'js-admin', password: 'js-pass-123' })).status).toBe(200);
  });

  test('a recall imported through A is found by search on B within 2 s, and one imported through B on A', async () => {
    const staff = (await post(a!, '/api/auth/password', { username: 'js-admin', password: 'js-pass-123' })).body.token;
    for (const [from, to, recallNo, name] of [
      [a!, b!, 'JS2026-TWO-A', '晨曦牌电热水壶'],
      [b!, a!, 'JS2026-TWO-B', '星河牌暖风机'],
    ] as const) {
      const search = async () => {
        const res = await fetch(`${to.url}/api/recalls?q=${encodeURIComponent(name)}`);
        return ((await res.json()).items as Array<{ recallNo: string }>).map((i) => i.recallNo);
      };
      expect(await search()).toEqual([]);
      await importRecall(from, staff, recall(recallNo, name));
      const started = Date.now();
      while (!(await search()).includes(recallNo)) {
        if (Date.now() - started > 2000) throw new Error(`${recallNo} not found on the other process after 2 s`);
        await sleep(100);
      }
    }
  });

  test('both processes dispatch one outbox: every follower gets the recall message exactly once', async () => {
    const followers: string[] = [];
    for (let i = 0; i < FOLLOWERS; i++) {
      const server = i % 2 ? b! : a!;
      const login = await post(server, '/api/auth/wechat', { code: `two-${i}` });
      expect(login.status).toBe(200);
      const token = login.body.token as string;
      expect((await post(server, '/api/follows', { gtin: GTIN, source: 'scan' }, token)).status).toBe(201);
      const granted = await post(
        server,
        '/api/subscriptions/grants',
        { results: { REPLACE_WITH_TEMPLATE_ID_recall_alert: 'accept' } },
        token,
      );
      expect(granted.body.grants.recall_alert).toBe(1);
      followers.push(`openid-two-${i}`);
    }
    const staff = (await post(b!, '/api/auth/password', { username: 'js-admin', password: 'js-pass-123' })).body.token;
    await importRecall(a!, staff, recall('JS2026-TWO-FAN', '暖阳牌电暖器', [GTIN]));

    const conn = await mysql.createConnection(db.env.DB_URL);
    try {
      const outbox = async () =>
        (await conn.query('SELECT status, claimedBy FROM outbox'))[0] as Array<{ status: string; claimedBy: string }>;
      for (let i = 0; ; i++) {
        const rows = await outbox();
        if (rows.length === FOLLOWERS && rows.every((r) => r.status === 'sent')) break;
        if (i > 200) throw new Error(`not all sent: ${JSON.stringify(rows)}\nA:\n${a!.log()}\nB:\n${b!.log()}`);
        await sleep(100);
      }
      // Both loops keep running a while: nothing more goes out.
      await sleep(1500);
      expect(totalReceived(wechat.received)).toBe(FOLLOWERS);
      expect(new Set(wechat.received.keys())).toEqual(new Set(followers));
      expect(Math.max(...wechat.received.values())).toBe(1);
      // Both processes took part: the rows were claimed by the dispatchers of both pids.
      const pids = new Set((await outbox()).map((r) => Number(r.claimedBy.split(':')[1])));
      expect(pids).toEqual(new Set([a!.proc.pid, b!.proc.pid]));
    } finally {
      await conn.end();
    }
    // The WeChat access token is shared through Redis.
    expect(await redis.keys(`${PREFIX}kv:wechat:token:*`)).toHaveLength(1);
  });
});
