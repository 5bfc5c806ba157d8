import { ZErrorBody, ZReadyResponse } from '@recall/shared';
import { mysqlAddress, TcpProxy, tcpProxy } from '../../server/test/support/tcp-proxy';
import { Db, freshDb, MYSQL_BASE, RunningServer, startServer } from '../support/server';
import { describeWith } from '../../server/test/support/services';

/**
 * MariaDB goes away under the running server (a TCP proxy between them is cut: open connections
 * dropped, new ones refused) and comes back. Meanwhile database-backed requests are 503 with
 * Retry-After and the contract body, /api/ready is 503 naming the database, /api/health stays 200,
 * and every 503 is in the log under the request id the client was shown. After the database
 * returns, requests succeed again within 2 s. Needs MariaDB whatever TEST_DB says.
 */
let db: Db | undefined;
let proxy: TcpProxy | undefined;
let server: RunningServer | undefined;

const OUTAGE_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWith(['mariadb'])('the database cut off under a running server', () => {
  beforeAll(async () => {
    try {
      db = await freshDb('fault_db_outage', 'mysql');
    } catch (e) {
      throw new Error(`db-outage needs MariaDB/MySQL at ${MYSQL_BASE} (TEST_MYSQL_URL): ${(e as Error).message}`);
    }
    proxy = await tcpProxy(mysqlAddress(db.env.DB_URL));
    const url = new URL(db.env.DB_URL);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    // The notification loops poll every 100 ms, so an outage they logged at every turn would show.
    server = await startServer({ ...db.env, DB_URL: url.toString(), DEMO_DATA: 'off', NOTIFY_INTERVAL_MS: '100' });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await db?.drop();
  });

  interface Answer {
    status: number;
    retryAfter: string | null;
    requestId: string;
    body: unknown;
  }

  async function call(path: string, init: RequestInit = {}): Promise<Answer> {
    const res = await fetch(`${server!.url}${path}`, init);
    const text = await res.text();
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      requestId: res.headers.get('x-request-id') ?? '',
      body: text ? JSON.parse(text) : null,
    };
  }

  test('MariaDB cut off for seconds: 503 + Retry-After, ready 503, health 200, logged; back within 2 s', async () => {
    const login = await call('/api/auth/dev', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: 'outage-device-1' }),
    });
    expect(login.status).toBe(200);
    const token = (login.body as { token: string }).token;
    const auth = { Authorization: `Bearer ${token}` };
    const follow = (gtin: string) =>
      call('/api/follows', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ gtin, source: 'scan' }),
      });
    expect((await follow('6901234567892')).status).toBe(201);
    expect((await call('/api/ready')).status).toBe(200);

    await proxy!.cut();
    const refused: Answer[] = [];
    const cutAt = Date.now();
    try {
      while (Date.now() - cutAt < OUTAGE_MS) {
        for (const answer of [
          await follow('6901234567809'),
          await call('/api/me', { headers: auth }),
          await call('/api/bureaus'),
        ]) {
          expect(answer.status).toBe(503);
          expect(Number(answer.retryAfter)).toBeGreaterThan(0);
          expect(ZErrorBody.parse(answer.body).error).toEqual({
            code: 'SERVICE_UNAVAILABLE',
            message: `服务暂时不可用，请稍后再试（请求编号 ${answer.requestId}）`,
          });
          refused.push(answer);
        }
        const ready = await call('/api/ready');
        expect(ready.status).toBe(503);
        expect(ZErrorBody.parse(ready.body).error.message).toBe('数据库（MySQL）暂时不可用，请稍后再试');
        expect((await call('/api/health')).status).toBe(200);
        await sleep(250);
      }
    } finally {
      await proxy!.restore();
    }
    const back = Date.now();
    let again = await follow('6901234567809');
    while (again.status !== 201 && Date.now() - back < 2000) {
      await sleep(50);
      again = await follow('6901234567809');
    }
    expect(again.status).toBe(201);
    expect(Date.now() - back).toBeLessThan(2000);
    expect(ZReadyResponse.parse((await call('/api/ready')).body).status).toBe('ready');

    // Every 503 the client saw is one line of the server's log, under the id it was shown.
    await sleep(100);
    const lines = server!
      .log()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { requestId: string; status: number; error?: { code?: string } });
    expect(refused.length).toBeGreaterThan(3);
    for (const answer of refused) {
      const logged = lines.filter((l) => l.requestId === answer.requestId);
      expect(logged).toHaveLength(1);
      expect(logged[0].status).toBe(503);
      expect(logged[0].error).toBeDefined();
    }
    expect(server!.log()).not.toContain(token);
    // The background loops (outbox, fan-out, reminders) each say once that they are failing, not every turn.
    const failing = server!.log().match(/notification [a-z-]+ failing, retrying with backoff/g) ?? [];
    expect(failing.length).toBeGreaterThanOrEqual(1);
    expect(failing.length).toBeLessThanOrEqual(3);
    expect(server!.proc.exitCode).toBeNull(); // the outage did not take the process down
  });
});
