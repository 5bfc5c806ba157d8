import { ZErrorBody, ZHealthResponse, ZBureauListResponse } from '@recall/shared';
import { HTTP_SERVER_KEY } from '@midwayjs/core';
import type { Application } from '@midwayjs/koa';
import type { Server } from 'http';
import net, { type AddressInfo } from 'net';
import { startApp, TEST_DB, TestApp } from './support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

test('GET /api/health names the database in use', async () => {
  const res = await t.http().get('/api/health');
  expect(res.status).toBe(200);
  expect(ZHealthResponse.parse(res.body)).toEqual({ status: 'ok', db: TEST_DB });
  expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
});

test('a request id sent by the caller is echoed back', async () => {
  const res = await t.http().get('/api/health').set('X-Request-Id', 'trace-12345678');
  expect(res.headers['x-request-id']).toBe('trace-12345678');
});

test('an unknown /api path is a 404 with the error body', async () => {
  const res = await t.http().get('/api/no-such-thing');
  expect(res.status).toBe(404);
  expect(ZErrorBody.parse(res.body).error).toEqual({ code: 'NOT_FOUND', message: '接口不存在' });
});

test('malformed JSON is a 400 in Chinese, not a 500', async () => {
  const res = await t.http().post('/api/auth/password').set('Content-Type', 'application/json').send('{"username":');
  expect(res.status).toBe(400);
  expect(ZErrorBody.parse(res.body).error.message).toMatch(/[\u4e00-\u9fa5]/);
});

test('a body of the wrong shape names the field in Chinese', async () => {
  const res = await t.http().post('/api/auth/password').send({ username: '', password: 123 });
  expect(res.status).toBe(400);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.issues).toEqual([
    { path: 'username', message: '请填写用户名' },
    { path: 'password', message: '请填写密码' },
  ]);
  expect(error.message).toBe('请求内容有 2 处错误：请填写用户名（字段 username）等');
});

test('an array where an object belongs is a 400 with a Chinese message', async () => {
  const res = await t.http().post('/api/auth/password').send([1, 2]);
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(/^无效输入/);
});

test('the reference data of the configured province is loaded: 江苏省 and its 13 cities', async () => {
  const res = await t.http().get('/api/bureaus');
  const body = ZBureauListResponse.parse(res.body);
  expect(body.province).toBe('jiangsu');
  expect(body.provinceName).toBe('江苏省');
  expect(body.items).toHaveLength(14);
  expect(body.items[0]).toEqual({ code: '320000', name: '江苏省市场监督管理局', level: 'province' });
  expect(body.items.find((b) => b.code === '320500')?.name).toBe('苏州市市场监督管理局');
});

test('the h5 app (or the page that says how to build it) is served at /', async () => {
  const res = await t.http().get('/');
  expect(res.status).toBe(200);
  expect(res.text).toContain('缺陷消费品召回');
});

describe('requests Node refuses before the app sees them', () => {
  let port: number;
  let server: Server;
  beforeAll(async () => {
    // The app's own HTTP server (tests otherwise go through supertest): its clientError handler is under test.
    server = (t.app as Application).getApplicationContext().get<Server>(HTTP_SERVER_KEY);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends raw bytes and reads the whole answer (the server closes the connection). */
  const raw = (request: string) =>
    new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => (data += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head, body] = data.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), headers: head, body });
      });
    });

  test.each([
    [
      'a 20 KB Authorization header',
      `GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      { code: 'HEADERS_TOO_LARGE', message: '请求头过大（例如 Authorization 或 Cookie 过长）' },
    ],
    ['a malformed request line', 'NOT HTTP AT ALL\r\n\r\n', 400, { code: 'BAD_REQUEST', message: '请求格式不正确' }],
  ])('%s gets the contract body', async (_name, request, status, error) => {
    const res = await raw(request);
    expect(res.status).toBe(status);
    expect(ZErrorBody.parse(JSON.parse(res.body)).error).toEqual(error);
    expect(res.headers).toMatch(/^Content-Type: application\/json; charset=utf-8$/im);
    expect(res.headers).toMatch(/^X-Content-Type-Options: nosniff$/im);
  });

  test('an ordinary request on the same server still works', async () => {
    const res = await raw('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(200);
  });
});
