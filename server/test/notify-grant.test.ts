import { startApp, TestApp } from './support/app';
import { usccOf } from './support/cases';
import { FakeWechat } from './support/fake-wechat';
import { later, notifyKit } from './support/notify';
import { bearer } from './support/users';

/**
 * The subscribe grant is asked for in the same tap that submits a clue, so it reaches the server
 * just after the clue's notification: the message waits for it (NOTIFY_GRANT_WAIT_MS) instead of
 * being skipped, and goes out once the grant arrives.
 */
let t: TestApp;
let kit: Awaited<ReturnType<typeof notifyKit>>;
const wechat = new FakeWechat();

beforeAll(async () => {
  const base = await wechat.start();
  t = await startApp({
    WECHAT_API_BASE: base,
    WECHAT_APPID: 'wx-app',
    WECHAT_SECRET: 'wx-secret',
    NOTIFY_GRANT_WAIT_MS: '120000',
  });
  kit = await notifyKit(t);
}, 120_000);
afterAll(async () => {
  await t.close();
  await wechat.stop();
});

test('a grant given right after submitting a clue still carries its notification; none at all → in-app only', async () => {
  const reporter = await kit.consumer('grant-late');
  const report = (productName: string, key: string) =>
    t
      .http()
      .post('/api/clues')
      .set({ ...bearer(reporter.token), 'Idempotency-Key': key })
      .send({
        categoryCode: '01',
        productName,
        brand: '暖阳',
        producerName: '苏州暖阳电器有限公司',
        producerUscc: usccOf('320505'),
        description: '外壳发烫冒烟。',
        injury: 'none',
        regionCode: '320505',
        contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区竹园路 209 号' },
        photoIds: [],
      });
  expect((await report('电暖器', 'grant-late-0001')).status).toBe(201);
  await kit.drain();
  expect(wechat.sends('openid-grant-late')).toHaveLength(0);
  await kit.grant(reporter.token, 'clue_progress');
  await kit.drain({ now: later(20) });
  expect(wechat.sends('openid-grant-late')).toHaveLength(1);

  // Without any grant the message stays in the message center only, once the wait is over.
  expect((await report('取暖器', 'grant-late-0002')).status).toBe(201);
  await kit.drain({ now: later(20) });
  await kit.drain({ now: later(200) });
  expect(wechat.sends('openid-grant-late')).toHaveLength(1);
  const list = (await t.http().get('/api/messages').set(bearer(reporter.token))).body;
  expect(list.items.map((m: { title: string }) => m.title)).toEqual(
    expect.arrayContaining([expect.stringContaining('取暖器'), expect.stringContaining('电暖器')]),
  );
});
