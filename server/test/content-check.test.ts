import { ZClueView } from '@recall/shared';
import { createHash } from 'crypto';
import { startApp, TestApp } from './support/app';
import { FakeWechat } from './support/fake-wechat';
import { phonePhoto } from './support/images';
import { bearer, staff } from './support/users';

/** WeChat content security on reports, against the fake WeChat server. */
let t: TestApp;
let reporter: string;
let suzhou: string;
const wechat = new FakeWechat();
const PUSH_TOKEN = 'push-token-123';

const report = (description: string, photoIds: string[] = []) => ({
  categoryCode: '01',
  productName: '电暖器',
  brand: '暖阳',
  description,
  injury: 'none',
  regionCode: '320505',
  contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区某路 1 号' },
  photoIds,
});
const pushQuery = (timestamp = '1700000000', nonce = 'n0nce') => {
  const signature = createHash('sha1').update([PUSH_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  return `signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`;
};

beforeAll(async () => {
  const base = await wechat.start();
  t = await startApp({
    WECHAT_API_BASE: base,
    WECHAT_APPID: 'wx-app',
    WECHAT_SECRET: 'wx-secret',
    WECHAT_CONTENT_CHECK: 'on',
    PUBLIC_BASE_URL: 'https://recall.example.cn',
    WECHAT_PUSH_TOKEN: PUSH_TOKEN,
  });
  reporter = (await t.http().post('/api/auth/wechat').send({ code: 'reporter' })).body.token;
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'sz-cc', password: 'suzhou-pass' });
});
afterAll(async () => {
  await t.close();
  await wechat.stop();
});

test('text WeChat judges risky is refused with a message; nothing is stored', async () => {
  const res = await t.http().post('/api/clues').set(bearer(reporter)).send(report('这里有违规内容'));
  expect(res.status).toBe(400);
  expect(res.body.error).toEqual({ code: 'CONTENT_RISKY', message: '报告内容可能包含违规信息，请修改描述后再提交' });
  expect((await t.http().get('/api/clues').set(bearer(reporter))).body.total).toBe(0);
  const call = wechat.calls.find((c) => c.path === '/wxa/msg_sec_check')!;
  expect(call.query.access_token).toMatch(/^token-/);
  expect(call.body).toMatchObject({ version: 2, openid: 'openid-reporter' });
});

test('photos stay hidden from the bureau until the image check passes (message push)', async () => {
  const photo = (
    await t
      .http()
      .post('/api/uploads')
      .set(bearer(reporter))
      .attach('file', await phonePhoto(), 'p.jpg')
  ).body.id;
  const created = await t
    .http()
    .post('/api/clues')
    .set(bearer(reporter))
    .send(report('插头发烫冒烟', [photo]));
  expect(created.status).toBe(201);
  const media = wechat.calls.find((c) => c.path === '/wxa/media_check_async')!;
  expect((media.body as { media_url: string }).media_url).toMatch(
    /^https:\/\/recall\.example\.cn\/api\/uploads\/.+sig=/,
  );
  const mine = ZClueView.parse((await t.http().get(`/api/clues/${created.body.id}`).set(bearer(reporter))).body);
  expect(mine.photos).toEqual([expect.objectContaining({ id: photo, pending: true })]);
  expect(
    ZClueView.parse((await t.http().get(`/api/clues/${created.body.id}`).set(bearer(suzhou))).body).photos,
  ).toEqual([]);

  const forged = await t
    .http()
    .post('/api/wechat/push?signature=bad&timestamp=1&nonce=2')
    .send({ Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass' } });
  expect(forged.status).toBe(403);
  const push = await t
    .http()
    .post(`/api/wechat/push?${pushQuery()}`)
    .send({ Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass' } });
  expect(push.text).toBe('success');
  const seen = ZClueView.parse((await t.http().get(`/api/clues/${created.body.id}`).set(bearer(suzhou))).body);
  expect(seen.photos.map((p) => p.id)).toEqual([photo]);
});

test('an expired token (40001) is refreshed once; WeChat down never loses a report', async () => {
  wechat.reply('/wxa/msg_sec_check', { body: { errcode: 40001, errmsg: 'invalid credential' } });
  const ok = await t.http().post('/api/clues').set(bearer(reporter)).send(report('电源线冒烟'));
  expect(ok.status).toBe(201);
  expect(wechat.calls.filter((c) => c.path === '/cgi-bin/stable_token').at(-1)?.body).toMatchObject({
    force_refresh: true,
  });
  wechat.reply('/wxa/msg_sec_check', { status: 500 }, { status: 500 });
  const down = await t.http().post('/api/clues').set(bearer(reporter)).send(report('外壳开裂'));
  expect(down.status).toBe(201);
});

test('the push URL verification echoes only with a valid signature', async () => {
  expect((await t.http().get(`/api/wechat/push?${pushQuery()}&echostr=hello`)).text).toBe('hello');
  expect((await t.http().get('/api/wechat/push?signature=x&timestamp=1&nonce=2&echostr=hello')).status).toBe(403);
});
