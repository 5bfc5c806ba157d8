import { ZErrorBody, ZHealthResponse, ZBureauListResponse } from '@recall/shared';
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
