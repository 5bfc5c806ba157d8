import type { Application } from '@midwayjs/koa';
import { ZErrorBody } from '@recall/shared';
import type { DataSource } from 'typeorm';
import { ClueService } from '../src/clues/clue.service';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff } from './support/users';

/**
 * Simultaneous requests against one thing: one single-use code, one username, one clue, one case.
 * Exactly one request wins; every other one is a 409 in the contract's error body, and the
 * database holds what one request writes, never one copy per caller.
 */
let t: TestApp;
let db: DataSource;
let suzhou: string;
const PRODUCER = usccOf('320505');
const RACERS = 12;

const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;

/** Fires `n` requests at once (all sent before any answer is read). */
const race = <T>(n: number, send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => send(i)));

/** Exactly one success; every other answer a 409 in the contract body with this code and a Chinese message. */
function oneWins(results: Array<{ status: number; body: unknown }>, ok: number, code: string) {
  expect(results.filter((r) => r.status === ok)).toHaveLength(1);
  const losers = results.filter((r) => r.status !== ok);
  expect(losers.map((r) => r.status)).toEqual(Array(results.length - 1).fill(409));
  for (const r of losers) {
    const body = ZErrorBody.parse(r.body);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  return losers.map((r) => ZErrorBody.parse(r.body));
}

const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].n);

const invite = async () => {
  const res = await t
    .http()
    .post('/api/invitations')
    .set(bearer(suzhou))
    .send({ producerUscc: PRODUCER, producerName: '苏州暖阳电器有限公司' });
  expect(res.status).toBe(201);
  return res.body.code as string;
};

/**
 * Each racer comes from an address of its own (behind the one trusted proxy), as different people
 * do: the invitation guard's per-address budget (brute force) is not what these races are about.
 */
let hosts = 0;
const address = () => `10.1.${Math.floor(hosts / 250)}.${(hosts++ % 250) + 1}`;

const register = (code: string, username: string) =>
  t
    .http()
    .post('/api/producer/register')
    .set('X-Forwarded-For', address())
    .send({ code, username, password: 'racer-pass-1', displayName: '客服' });

beforeAll(async () => {
  t = await startApp({ TRUST_PROXY: '1' });
  db = (await (t.app as Application).getApplicationContext().getAsync(ClueService)).db;
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'suzhou', password: 'suzhou-pass-1' });
}, 120_000);
afterAll(() => t.close());

describe('a single-use invitation code', () => {
  test('registered by many at once: one account, the rest told the code is used', async () => {
    const code = await invite();
    const results = await race(RACERS, (i) => register(code, `racer${i}`));
    const losers = oneWins(results, 201, 'INVITATION_USED');
    expect(losers[0].error.message).toContain('邀请码');
    expect(losers[0].error.issues).toEqual([{ path: 'code', message: '邀请码已被使用' }]);
    const winner = results.find((r) => r.status === 201)!.body as { user: { id: number } };
    expect(await count("SELECT COUNT(*) AS n FROM app_user WHERE username LIKE 'racer%'", [])).toBe(1);
    expect(
      await count('SELECT COUNT(*) AS n FROM producer_invitation WHERE code = ? AND usedBy = ?', [
        code,
        winner.user.id,
      ]),
    ).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'user.created'", [])).toBe(2); // suzhou + the winner
  });

  test('bound by many WeChat users at once: one producer, the rest still consumers', async () => {
    const code = await invite();
    const tokens = await Promise.all(Array.from({ length: RACERS }, (_, i) => consumer(`binder-${i}`)));
    const results = await race(RACERS, (i) =>
      t.http().post('/api/producer/bind').set(bearer(tokens[i])).set('X-Forwarded-For', address()).send({ code }),
    );
    oneWins(results, 200, 'INVITATION_USED');
    expect(await count("SELECT COUNT(*) AS n FROM app_user WHERE role = 'producer' AND openid IS NOT NULL", [])).toBe(
      1,
    );
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'user.bound_producer'", [])).toBe(1);
  });
});

test('one username registered at once with different codes: one account, the rest a 409 naming the username', async () => {
  const codes = await Promise.all(Array.from({ length: RACERS }, () => invite()));
  const results = await race(RACERS, (i) => register(codes[i], 'same-name'));
  const losers = oneWins(results, 201, 'USERNAME_TAKEN');
  expect(losers[0].error.message).toContain('用户名');
  expect(losers[0].error.issues).toEqual([{ path: 'username', message: '用户名已被使用' }]);
  expect(await count('SELECT COUNT(*) AS n FROM app_user WHERE username = ?', ['same-name'])).toBe(1);
  // The losers' codes were not spent on an account that does not exist.
  const placeholders = codes.map(() => '?').join(',');
  expect(
    await count(
      `SELECT COUNT(*) AS n FROM producer_invitation WHERE code IN (${placeholders}) AND usedBy IS NOT NULL`,
      codes,
    ),
  ).toBe(1);
});

describe("a bureau's step on one clue", () => {
  const newClue = async (device: string) => {
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(await consumer(device)))
      .send(clueReport());
    expect(res.status).toBe(201);
    return res.body.id as number;
  };
  const steps = (action: string, id: number) =>
    count('SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entityType = ? AND entityId = ?', [
      action,
      'clue',
      String(id),
    ]);
  const messages = (id: number, kind: string) =>
    count('SELECT COUNT(*) AS n FROM message WHERE kind = ? AND dedupeKey LIKE ?', [kind, `clue:${id}:%`]);

  test('accepted 20 times at once: one accept, one audit event, one message to the reporter', async () => {
    const id = await newClue('accept-reporter');
    const results = await race(20, () => t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(suzhou)).send({}));
    oneWins(results, 200, 'INVALID_STATE');
    expect(await steps('clue.accepted', id)).toBe(1);
    expect(await messages(id, 'clue_decided')).toBe(1);
    const view = await t.http().get(`/api/clues/${id}`).set(bearer(suzhou));
    expect(view.body.timeline.filter((e: { type: string }) => e.type === 'accepted')).toHaveLength(1);
  });

  test('transferred many times at once: one transfer, one handler', async () => {
    const id = await newClue('transfer-reporter');
    const results = await race(RACERS, () =>
      t
        .http()
        .post(`/api/bureau/clues/${id}/transfer`)
        .set(bearer(suzhou))
        .send({ toBureauCode: '320100', reason: '生产者在南京' }),
    );
    // A loser that reads the clue after the transfer finds it no longer this bureau's (403, as for any
    // later step); one that read it before is told it changed meanwhile (409).
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) {
      expect([403, 409]).toContain(r.status);
      expect(ZErrorBody.parse(r.body).error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await steps('clue.transferred', id)).toBe(1);
    expect(await messages(id, 'clue_transferred')).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM clue_bureau WHERE clueId = ? AND role = 'handler'", [id])).toBe(1);
  });
});

test('one case step taken many times at once: one transition, one numbered notice', async () => {
  const open = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(open.status).toBe(201);
  const api = caseApi(t);
  const results = await race(RACERS, () =>
    api.act(suzhou, open.body.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) }),
  );
  expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual(Array(RACERS - 1).fill(409));
  expect(
    await count(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.start_defect_investigation' AND entityId = ?",
      [String(open.body.id)],
    ),
  ).toBe(1);
  expect(await count('SELECT COUNT(*) AS n FROM case_document WHERE caseId = ?', [open.body.id])).toBe(1);
});

test('customer service taking one step of a remedy request many times at once: one step, one event, one message', async () => {
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(
    JSON.stringify({
      recallNo: 'JS2026-C001',
      title: '暖阳牌电暖器召回',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: PRODUCER,
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      models: ['NY-2000'],
      batches: ['20250901'],
      quantity: 100,
      categoryCode: '01',
      defect: '温控器触点粘连',
      consequence: '外壳过热',
      remedy: '免费更换',
      startDate: '2026-03-10',
    }),
    { actorId: null },
  );
  const recallId = Number((await db.query("SELECT id FROM recall WHERE recallNo = 'JS2026-C001'"))[0].id);
  const producer = await staff(t, { role: 'producer', org: PRODUCER, username: 'cs-race', password: 'cs-race-pass' });
  const owner = await consumer('request-owner');
  const created = await t
    .http()
    .post(`/api/recalls/${recallId}/requests`)
    .set(bearer(owner))
    .send({
      batch: '20250901',
      quantity: 1,
      preferredRemedy: 'replace',
      contact: { name: '李四', phone: '13912345678', address: '苏州市姑苏区人民路 1 号' },
    });
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  const userId = Number((await db.query('SELECT userId FROM recall_request WHERE id = ?', [id]))[0].userId);
  const messagesBefore = await count('SELECT COUNT(*) AS n FROM message WHERE userId = ?', [userId]);
  const results = await race(RACERS, () =>
    t.http().post(`/api/producer/requests/${id}/accept`).set(bearer(producer)).send({}),
  );
  expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  for (const r of results.filter((x) => x.status !== 200)) {
    expect(r.status).toBe(409);
    expect(ZErrorBody.parse(r.body).error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  const events = await db.query(
    "SELECT fromState, toState FROM audit_log WHERE entityType = 'recall_request' AND entityId = ? ORDER BY id",
    [String(id)],
  );
  expect(events.map((e: { toState: string }) => e.toState)).toEqual(['submitted', 'accepted']);
  expect(await count('SELECT COUNT(*) AS n FROM message WHERE userId = ?', [userId])).toBe(messagesBefore + 1);
});
