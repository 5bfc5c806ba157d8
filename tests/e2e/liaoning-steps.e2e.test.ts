import type { Page } from 'playwright-core';
import { usccCheckCharacter } from '@recall/shared';
import { appInBrowser, phonePage, screenshot } from '../support/browser';
import { admin, type Db } from '../support/server';

/**
 * Liaoning's own steps in the browser (PROVINCE=liaoning): a consumer's clue comes to the province,
 * which shares it with its units within 5 working days (辽 第八条) and commissions the 中山区 county
 * bureau to verify it (第九条); the county finds the commission in its workspace and files its
 * feedback; the province reads it on the clue.
 */
const LN = { PROVINCE: 'liaoning' };
const PROVINCE = { username: 'ln-province', password: 'ln-pass-123' };
const COUNTY = { username: 'ln-zhongshan', password: 'ln-pass-123' };
const account = (env: Record<string, string>, role: string, org: string, a: typeof PROVINCE) =>
  admin(
    { ...env, ...LN },
    'user:create',
    '--role',
    role,
    '--org',
    org,
    '--username',
    a.username,
    '--password',
    a.password,
  );

const app = appInBrowser('e2e_liaoning_steps', LN, async (db: Db) => {
  await account(db.env, 'province', '210000', PROVINCE);
  await account(db.env, 'county', '210202', COUNTY);
});
const url = (path: string) => `${app.server.url}/#/${path}`;
const api = (path: string, token: string, body?: unknown) =>
  fetch(`${app.server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  });
let clueId = 0;

async function signIn(page: Page, a: typeof PROVINCE) {
  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(a.username);
  await page.locator('.login-password input').fill(a.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
}

beforeAll(async () => {
  const dev = await fetch(`${app.server.url}/api/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: 'e2e-liaoning-steps' }),
  });
  const { token } = (await dev.json()) as { token: string };
  const first17 = '91210202MA1XY2W3K';
  const res = await api('/api/clues', token, {
    categoryCode: '01',
    productName: '电暖器',
    brand: '海岸',
    producerName: '大连海岸电器有限公司',
    producerUscc: first17 + usccCheckCharacter(first17),
    description: '使用半小时后外壳发烫冒烟。',
    injury: 'none',
    regionCode: '210202',
    contact: { name: '王小明', phone: '13912345678', address: '大连市中山区人民路 100 号' },
    photoIds: [],
    shareConsent: false,
    channel: 'h5',
  });
  expect(res.status).toBe(201);
  clueId = ((await res.json()) as { id: number }).id;
});

test('the province shares the clue and commissions the county, which answers; the province reads the answer', async () => {
  const page = app.page;
  await signIn(page, PROVINCE);
  await page.goto(url(`packages/bureau/pages/clue/index?id=${clueId}`));

  // 线索内部共享: the last day, the units of the profile and the city bureau concerned.
  const sharing = page.locator('.sharing-panel');
  await sharing.waitFor();
  await expect(sharing.innerText()).resolves.toMatch(/前共享（5个工作日）/);
  await sharing.locator('.sharing-option', { hasText: '产品质量安全监督管理处' }).click();
  await sharing.locator('.sharing-option', { hasText: '大连市市场监督管理局' }).click();
  await sharing.locator('.sharing-submit').click();
  await expect(sharing.locator('.commission-item__meta').first().innerText()).resolves.toContain(
    '共享给产品质量安全监督管理处、大连市市场监督管理局',
  );

  // The commission form is on the clue; the province commissions through it (the picker's choice is sent as a code).
  const panel = page.locator('.commission-panel');
  await panel.waitFor();
  await expect(panel.innerText()).resolves.toContain('尚未委托市局或县级市场监管局');
  const token = await page.evaluate(() => {
    for (const store of [window.localStorage, window.sessionStorage])
      for (let i = 0; i < store.length; i++) {
        const v = store.getItem(store.key(i)!) ?? '';
        const m = /eyJ[\w-]+\.[\w-]+\.[\w-]+/.exec(v);
        if (m) return m[0];
      }
    return '';
  });
  expect(token).not.toBe('');
  const made = await api('/api/commissions', token, {
    purpose: 'verify_clue',
    clueId,
    bureauCode: '210202',
    request: '请到售出门店购检同型号产品并回访消费者',
  });
  expect(made.status).toBe(201);
  const commissionId = ((await made.json()) as { id: number }).id;
  await screenshot(page, 'liaoning-01-clue');

  // The county: its workspace lists the commission; it files the feedback on the commission's page.
  const county = await phonePage(app.browser);
  await signIn(county, COUNTY);
  await county.goto(url('packages/bureau/pages/county/index'));
  const entry = county.locator('.ws-entry-commissions');
  await entry.waitFor();
  await expect(entry.innerText()).resolves.toContain('待反馈 1 项');
  await entry.click();
  await county.locator('.commission-cell').first().click();
  await county.locator('.commission-detail').waitFor();
  await expect(county.locator('.commission-detail').innerText()).resolves.toContain(
    '请到售出门店购检同型号产品并回访消费者',
  );
  await county.locator('.commission-form textarea').fill('门店库存 30 台，购检 2 台送检；消费者回访属实。');
  await county.locator('.commission-feedback-submit').click();
  await expect(county.locator('.commission-feedback').innerText()).resolves.toContain('门店库存 30 台');
  await screenshot(county, 'liaoning-02-county-feedback');
  await county.close();

  // The province reads it on the clue: in the panel and on the timeline.
  await page.goto(url(`packages/bureau/pages/commission/index?id=${commissionId}`));
  await expect(page.locator('.commission-feedback').innerText()).resolves.toContain('门店库存 30 台');
  await page.goto(url(`packages/bureau/pages/clue/index?id=${clueId}`));
  await page.reload();
  const answered = page.locator('.commission-item__answer');
  await answered.waitFor();
  await expect(answered.innerText()).resolves.toContain('反馈：门店库存 30 台');
  await screenshot(page, 'liaoning-03-province-reads');
});
