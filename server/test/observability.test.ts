import { ZErrorBody } from '@recall/shared';
import http from 'http';
import net, { type AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/accounts/auth.service';
import { clueReport } from './support/clues';
import { startApp, TestApp } from './support/app';
import { until } from './support/until';
import { bearer } from './support/users';

/**
 * The log a support person reads when a user quotes a request id: one JSON line per request (id,
 * method, route pattern, status, time), every 5xx with its error and stack, and never the personal
 * data of the request (phone numbers, openids, tokens, the Authorization header, bodies, queries).
 */
let t: TestApp;
let token: string;
let output = '';
const originals = { out: process.stdout.write, err: process.stderr.write };

/** Keeps a copy of what the process prints (the logger writes to stdout and stderr). */
function capture(stream: NodeJS.WriteStream, original: typeof process.stdout.write) {
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
  }) as typeof stream.write;
}

interface Line {
  requestId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  userId: number | null;
  error?: { name: string; stack: string };
}
const lines = (): Array<Line & { raw: string }> =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((raw) => ({ ...(JSON.parse(raw) as Line), raw }));
const lineOf = (id: string) => lines().filter((l) => l.requestId === id);

/** The request's access line once it is written (a request the client left ends on its own time). */
async function loggedLine(id: string): Promise<Line[]> {
  await until(() => lineOf(id).length > 0);
  return lineOf(id);
}

const PHONE = '13912345678';
const OPENID = 'oAbCdEfGhIjKlMnOpQrStUvWxYz1';

beforeAll(async () => {
  capture(process.stdout, originals.out);
  capture(process.stderr, originals.err);
  t = await startApp({ LOG_LEVEL: 'info' });
  token = (await t.http().post('/api/auth/dev').send({ deviceId: 'observability-1' })).body.token;
});
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await t.close();
});

test('every request leaves one line: its id, method, route pattern, status and time, no query or token', async () => {
  const res = await t
    .http()
    .get(`/api/recalls?q=${PHONE}&openid=${OPENID}`)
    .set(bearer(token))
    .set('X-Request-Id', 'obs-req-00000001');
  expect(res.status).toBe(200);
  const found = lineOf('obs-req-00000001');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ method: 'GET', route: '/api/recalls', status: 200, userId: expect.any(Number) });
  expect(found[0].ms).toBeGreaterThanOrEqual(0);
  for (const secret of [PHONE, OPENID, token, 'Bearer']) expect(found[0].raw).not.toContain(secret);

  const bad = await t.http().get('/api/cases/abc').set(bearer(token)).set('X-Request-Id', 'obs-req-00000002');
  expect(bad.status).toBeGreaterThanOrEqual(400);
  // The pattern, not the path the caller typed: ids and whatever else sits in a path stay out.
  expect(lineOf('obs-req-00000002')[0]).toMatchObject({ route: '/api/cases/:id', status: bad.status });
});

test('a 5xx is logged with the request id the user was shown and its stack, without the personal data sent', async () => {
  // A real failure: the table the report goes into is gone from under the running server.
  const ds: DataSource = (await t.app.getApplicationContext().getAsync(AuthService)).db;
  await ds.query('ALTER TABLE clue RENAME TO clue_gone');
  try {
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(token))
      .send(
        clueReport({
          description: `电暖器冒烟，请联系我 ${PHONE}，微信 ${OPENID}`,
          contact: { name: '李四', phone: PHONE, address: '苏州市姑苏区人民路 1 号' },
        }),
      );
    expect(res.status).toBe(500);
    const requestId = res.headers['x-request-id'];
    expect(ZErrorBody.parse(res.body).error.message).toBe(`服务器内部错误，请稍后重试（请求编号 ${requestId}）`);
    const [line] = lineOf(requestId);
    expect(line).toMatchObject({ method: 'POST', route: '/api/clues', status: 500 });
    expect(line.error?.stack).toMatch(/clue/);
    expect(line.error?.stack).toMatch(/\n\s+at /); // the stack, for whoever fixes it
    for (const secret of [PHONE, OPENID, token, '李四', '人民路', 'Bearer']) expect(line.raw).not.toContain(secret);
  } finally {
    await ds.query('ALTER TABLE clue_gone RENAME TO clue');
  }
});

test('the error body never carries the stack', async () => {
  const res = await t.http().get('/api/no-such-route').set('X-Request-Id', 'obs-req-00000003');
  expect(res.status).toBe(404);
  expect(JSON.stringify(res.body)).not.toMatch(/\bat \//);
  expect(lineOf('obs-req-00000003')[0]).toMatchObject({ route: '/api/no-such-route', status: 404 });
});

test('a client that hangs up before its body arrives is logged as its own doing (4xx), not as a server error', async () => {
  // A phone losing its network mid-request: the request line and headers arrive, then nothing.
  const server = http.createServer(t.app.callback()).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const { port } = server.address() as AddressInfo;
    for (const [id, head] of [
      ['obs-req-gone-00001', 'POST /api/recalls/check HTTP/1.1\r\nContent-Length: 100\r\n'],
      ['obs-req-gone-00002', 'POST /api/recalls/check HTTP/1.1\r\nContent-Length: 100\r\n'],
      // WeChat's wx.request sends a JSON content type on GETs too.
      ['obs-req-gone-00003', 'GET /api/recalls?q=%E7%94%B5%E6%9A%96%E5%99%A8 HTTP/1.1\r\nContent-Length: 0\r\n'],
    ]) {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      const body = id.endsWith('2') ? '{"gtin":' : '';
      socket.end(`${head}Host: localhost\r\nContent-Type: application/json\r\nX-Request-Id: ${id}\r\n\r\n${body}`);
      socket.destroy();
      const [line] = await loggedLine(id);
      expect({ id, status: line.status < 500, error: line.error }).toEqual({ id, status: true, error: undefined });
    }
  } finally {
    await new Promise((r) => server.close(r));
  }
});
