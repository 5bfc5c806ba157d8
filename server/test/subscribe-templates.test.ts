import { SUBSCRIBE_CONFIG, ZGrantCounts, ZSubscribeTemplateIds } from '@recall/shared';
import { startApp, TestApp } from './support/app';

/**
 * Template ids are the deployment's: WECHAT_TEMPLATE_IDS overrides the shipped placeholders, the
 * app learns them from GET /api/subscriptions/templates, and grants count under those ids.
 */
let t: TestApp;
const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;

describe('with WECHAT_TEMPLATE_IDS set for one template', () => {
  beforeAll(async () => {
    t = await startApp({ WECHAT_TEMPLATE_IDS: JSON.stringify({ recall_alert: 'tmpl-from-console' }) });
  });
  afterAll(() => t.close());

  test('only the ids chosen in the console are offered to the app (placeholders left out)', async () => {
    const res = await t.http().get('/api/subscriptions/templates');
    expect(res.status).toBe(200);
    expect(ZSubscribeTemplateIds.parse(res.body)).toEqual({ templates: { recall_alert: 'tmpl-from-console' } });
  });

  test('an accept for that id counts as a recall_alert grant; the shipped placeholder id no longer does', async () => {
    const token = await consumer('templates-device');
    const placeholder = SUBSCRIBE_CONFIG.templates.recall_alert.templateId;
    const res = await t
      .http()
      .post('/api/subscriptions/grants')
      .set('Authorization', `Bearer ${token}`)
      .send({ results: { 'tmpl-from-console': 'accept', [placeholder]: 'accept' } });
    expect(res.status).toBe(200);
    expect(ZGrantCounts.parse(res.body).grants.recall_alert).toBe(1);
  });
});

test('a WECHAT_TEMPLATE_IDS that is not a JSON object stops the server with a Chinese message', async () => {
  await expect(startApp({ WECHAT_TEMPLATE_IDS: 'recall_alert=abc' })).rejects.toThrow(
    /WECHAT_TEMPLATE_IDS 应为 JSON 对象/,
  );
});
