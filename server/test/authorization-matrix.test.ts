import jwt from 'jsonwebtoken';
import { ALL_ROUTES, fillPath, ROLES, type Role, type RouteDef } from '@recall/shared';
import { AuthService } from '../src/accounts/auth.service';
import { User } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { staff } from './support/users';

/**
 * The authorization matrix, generated from the route table: every route × every identity — none,
 * forged, expired, disabled, deleted, re-roled, and one live account of each role — with the answer
 * each cell must give. Refusals are 401/403 with the contract body; an allowed call is never 401/403
 * and never 5xx (its input may still be refused with 400 or find nothing: 404).
 */
let t: TestApp;
const tokens: Record<string, string> = {};
type Expect = 'allowed' | 401 | 403;

const LIVE: Record<Role, () => Promise<string>> = {
  consumer: async () => (await t.http().post('/api/auth/dev').send({ deviceId: 'matrix-consumer' })).body.token,
  bureau: () => staff(t, { role: 'bureau', org: '320500', username: 'mx-bureau', password: 'matrix-pass-1' }),
  province: () => staff(t, { role: 'province', org: '320000', username: 'mx-province', password: 'matrix-pass-1' }),
  producer: () =>
    staff(t, {
      role: 'producer',
      org: '91320505MA1WE2E3XT',
      username: 'mx-producer',
      password: 'matrix-pass-1',
      producerName: '苏州暖阳电器有限公司',
    }),
  admin: () => staff(t, { role: 'admin', org: '320000', username: 'mx-admin', password: 'matrix-pass-1' }),
  technical: () => staff(t, { role: 'technical', org: 'T320000', username: 'mx-technical', password: 'matrix-pass-1' }),
  county: () => staff(t, { role: 'county', org: '320506', username: 'mx-county', password: 'matrix-pass-1' }),
  // An e-commerce platform's servers, by the API key its registration returned (after admin: ROLES order).
  platform: async () => {
    const res = await t
      .http()
      .post('/api/platforms')
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({ name: '矩阵平台', contacts: [{ name: '张三', phone: '025-12345678' }], subscription: { all: true } });
    if (res.status !== 201) throw new Error(`platform registration failed: ${JSON.stringify(res.body)}`);
    return res.body.credentials.apiKey as string;
  },
};

beforeAll(async () => {
  t = await startApp();
  for (const role of ROLES) tokens[role] = await LIVE[role]();
  const db = (await t.app.getApplicationContext().getAsync(AuthService)).db;
  const users = db.getRepository(User);
  const dev = async (device: string) => (await t.http().post('/api/auth/dev').send({ deviceId: device })).body;
  const disabled = await dev('matrix-disabled');
  await users.update({ id: disabled.user.id }, { disabled: true });
  tokens.disabled = disabled.token;
  const deleted = await dev('matrix-deleted');
  await users.delete({ id: deleted.user.id });
  tokens.deleted = deleted.token;
  const reroled = await dev('matrix-reroled');
  await users.update({ id: reroled.user.id }, { role: 'admin' });
  tokens.reroled = reroled.token;
  tokens.forged = jwt.sign({ role: 'admin', org: '320000', tv: 0 }, 'dev-only-jwt-secret-change-me', {
    subject: '1',
    issuer: 'recall',
  });
  tokens.unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"1","role":"admin","iss":"recall"}').toString('base64url')}.`;
  tokens.expired = jwt.sign({ role: 'admin', org: '320000', tv: 0 }, 'whatever-secret-123456', {
    subject: '1',
    issuer: 'recall',
    expiresIn: -10,
  });
}, 120_000);
afterAll(() => t.close());

const IDENTITIES = ['anonymous', 'forged', 'unsigned', 'expired', 'disabled', 'deleted', 'reroled', ...ROLES] as const;

function expected(route: RouteDef, who: (typeof IDENTITIES)[number]): Expect {
  if (route.access === 'public') return 'allowed';
  if (!(ROLES as readonly string[]).includes(who)) return 401;
  if (route.access === 'signed-in' || route.access.includes(who as Role)) return 'allowed';
  return 403;
}

const SAMPLE: Record<string, unknown> = {
  id: 999999,
  docId: 999999,
  file: '999999.docx',
  photoId: '00000000-0000-4000-8000-000000000000',
  recallId: 999999,
  deliveryId: 'dlv_00000000000000000000000000000000',
};

async function answer(route: RouteDef, who: (typeof IDENTITIES)[number]) {
  const url = fillPath(route.path, SAMPLE);
  const req = t.http()[route.method.toLowerCase() as 'get' | 'post' | 'delete'](url);
  if (who !== 'anonymous') req.set('Authorization', `Bearer ${tokens[who]}`);
  return route.method === 'GET' || route.method === 'DELETE' ? req : req.send({});
}

const cells = ALL_ROUTES.flatMap((route) => IDENTITIES.map((who) => ({ route, who })));

test(`authorization matrix: ${ALL_ROUTES.length} routes × ${IDENTITIES.length} identities`, async () => {
  const wrong: string[] = [];
  let serverErrors = 0;
  for (const { route, who } of cells) {
    // Sign-out would revoke the live account used by the cells after it.
    if (route.path === '/api/auth/logout' && expected(route, who) === 'allowed') continue;
    const res = await answer(route, who);
    const want = expected(route, who);
    if (res.status >= 500) serverErrors++;
    const ok =
      want === 'allowed'
        ? ![401, 403].includes(res.status) && res.status < 500
        : res.status === want && !!res.body?.error?.message;
    if (!ok) wrong.push(`${route.method} ${route.path} as ${who}: ${res.status}, expected ${want}`);
  }
  console.log(`authorization matrix: ${cells.length} cells, ${wrong.length} wrong, ${serverErrors} 5xx`);
  expect(wrong).toEqual([]);
  expect(serverErrors).toBe(0);
}, 300_000);
