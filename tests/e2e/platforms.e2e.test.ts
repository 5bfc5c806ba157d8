import type { Page } from 'playwright-core';
import { todayInShanghai } from '@recall/shared';
import { appInBrowser, phonePage, screenshot, until } from '../support/browser';
import { PRODUCER_USCC, PRODUCT_GTIN } from '../support/case-plan';
import {
  admin,
  createPlatformAccount,
  createProvinceAccount,
  createSuzhouOfficer,
  passwordToken,
  PROVINCE_ACCOUNT,
  type Db,
} from '../support/server';
import { sample } from '../../server/test/support/forms';

/**
 * 电商平台 (issue 18 items 1–3), in Chromium: the province registers a platform and sees its API
 * key and signing secret once; a producer's voluntary recall of 暖阳 heaters is accepted by the
 * Suzhou bureau and published; the platform's account sees it in its workspace, acknowledges it
 * and reports the listings taken down; the bureau sees that on the case's 电商平台处置 panel.
 */
const PRODUCER = { username: 'nuanyang', password: 'nuanyang-pass-1' };
const PLATFORM_USER = { username: 'haowu', password: 'haowu-pass-1' };
const PLATFORM_NAME = '好物商城';

async function prepare(db: Db): Promise<void> {
  await createSuzhouOfficer(db);
  const province = await createProvinceAccount(db.env);
  if (province.code !== 0) throw new Error(`province account: ${province.stderr}`);
  const producer = await admin(
    db.env,
    'user:create',
    '--role',
    'producer',
    '--org',
    PRODUCER_USCC,
    '--org-name',
    '苏州暖阳电器有限公司',
    '--username',
    PRODUCER.username,
    '--password',
    PRODUCER.password,
  );
  if (producer.code !== 0) throw new Error(`producer account: ${producer.stderr}`);
}

const app = appInBrowser('e2e_platforms', {}, prepare);
const url = (p: string) => `${app.server.url}/#/${p}`;
let province: Page;
let platform: Page;
let bureau: Page;
let platformId = 0;
let apiKey = '';
let caseId = 0;
let recallId = 0;

async function api(path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const res = await fetch(`${app.server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

const tokenOf = (account: { username: string; password: string }) => passwordToken(app.server.url, account);

async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(account.username);
  await page.locator('.login-password input').fill(account.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor({ timeout: 15000 });
}

const field = (page: Page, cls: string) => page.locator(`.${cls} input, .${cls} textarea`).first();

beforeAll(async () => {
  province = app.page;
  platform = await phonePage(app.browser);
  bureau = await phonePage(app.browser);
});

test('the province registers a platform and sees its credentials once', async () => {
  await signIn(province, PROVINCE_ACCOUNT);
  await province.goto(url('packages/bureau/pages/inbox/index'));
  await province.click('.ws-entry-platforms');
  await province.locator('.plat-new:visible').click();
  await field(province, 'plat-input-name').waitFor({ timeout: 15000 });

  // Checked with the contract's schema before anything is sent.
  await province.click('.plat-save:visible');
  await expect(province.locator('.plat-form:visible').innerText()).resolves.toContain('请填写平台名称');

  await field(province, 'plat-input-name').fill(PLATFORM_NAME);
  await field(province, 'plat-input-uscc').fill('91330100MA2H3E4F5G');
  await field(province, 'plat-contact-name').fill('刘敏');
  await field(province, 'plat-contact-phone').fill('0571-88886666');
  await province.click('.plat-sub-some:visible');
  await field(province, 'plat-input-brands').fill('暖阳');
  await screenshot(province, 'platforms-01-register');
  await province.click('.plat-save:visible');

  const card = province.locator('.plat-credentials:visible');
  await card.waitFor({ timeout: 15000 });
  const text = await card.innerText();
  expect(text).toContain('密钥只显示这一次');
  apiKey = (await province.locator('.plat-credentials__api-key:visible').innerText()).trim();
  const secret = (await province.locator('.plat-credentials__secret:visible').innerText()).trim();
  expect(apiKey.length).toBeGreaterThanOrEqual(16);
  expect(secret.length).toBeGreaterThanOrEqual(16);
  expect(await province.locator('.plat-copy-api-key:visible').count()).toBe(1);
  await screenshot(province, 'platforms-02-credentials');

  await province.click('.plat-credentials__done:visible');
  const row = province.locator('.plat-item:visible', { hasText: PLATFORM_NAME });
  await row.waitFor({ timeout: 15000 });
  const rowText = await row.innerText();
  expect(rowText).toContain('品牌：暖阳');
  expect(rowText).toContain('未设接收地址，平台自行拉取');

  // Never again: not on the platform's page, not in any answer of the registry.
  const provinceToken = await tokenOf(PROVINCE_ACCOUNT);
  const list = await api('/api/platforms', provinceToken);
  const items = list.body.items as Array<{ id: number; name: string }>;
  platformId = items.find((p) => p.name === PLATFORM_NAME)!.id;
  expect(JSON.stringify(list.body)).not.toContain(apiKey);
  expect(JSON.stringify((await api(`/api/platforms/${platformId}`, provinceToken)).body)).not.toContain(secret);
  await row.locator('.plat-edit').click();
  await province.locator('.plat-edit-page:visible').waitFor({ timeout: 15000 });
  const editText = await province.locator('.plat-edit-page:visible').innerText();
  expect(editText).not.toContain(apiKey);
  expect(editText).not.toContain(secret);

  // The platform's staff get an account for its workspace (the operator's CLI, as for other staff).
  await createPlatformAccount(app.db.env, platformId, PLATFORM_USER, '刘敏');
});

test('a voluntary recall of 暖阳 heaters is accepted and published', async () => {
  const producerToken = await tokenOf(PRODUCER);
  const planForms = {
    recall_plan: sample(
      'recall_plan',
      {
        producerName: '苏州暖阳电器有限公司',
        productName: '暖阳牌电暖器',
        brand: '暖阳',
        models: ['NY-2000'],
        gtins: [PRODUCT_GTIN],
        batches: ['20250901'],
        productionFrom: '2025-09-01',
        productionTo: '2025-09-30',
        involvedQty: 10,
        remedyType: 'replace',
        startDate: todayInShanghai(),
      },
      [],
    ),
    recall_statement: sample('recall_statement', { uscc: PRODUCER_USCC }, []),
  };
  const filed = await api('/api/cases/voluntary', producerToken, {
    method: 'POST',
    body: { categoryCode: '01', forms: planForms },
  });
  expect(filed.status).toBe(201);
  caseId = filed.body.id as number;

  const suzhouToken = await tokenOf({ username: 'suzhou', password: 'suzhou-pass-1' });
  const view = await api(`/api/cases/${caseId}`, suzhouToken);
  const prefill = view.body.prefill as { press_release: unknown };
  const accepted = await api(`/api/cases/${caseId}/actions`, suzhouToken, {
    method: 'POST',
    body: { action: 'accept_plan', forms: { press_release: prefill.press_release } },
  });
  expect(accepted.status).toBe(200);
  recallId = accepted.body.recallId as number;
  expect(recallId).toBeGreaterThan(0);

  // The platform's servers can pull it with the API key shown once.
  const pulled = await until(
    () => api('/api/platform/deliveries?after=0', apiKey),
    (r) =>
      r.status === 200 && (r.body.items as Array<{ recall: { id: number } }>).some((d) => d.recall.id === recallId),
    30000,
  );
  expect(pulled.status).toBe(200);
});

test('the platform sees the recall, acknowledges it and reports the listings taken down', async () => {
  await signIn(platform, PLATFORM_USER);
  await platform.click('.me-entry-platform');
  const item = platform.locator(`.plat-desk-item-${recallId}:visible`);
  await item.waitFor({ timeout: 15000 });
  const itemText = await item.innerText();
  expect(itemText).toContain('暖阳');
  expect(itemText).toContain('未确认收到');
  await screenshot(platform, 'platforms-03-desk');

  await item.click();
  await platform.locator('.plat-recall-facts:visible').waitFor({ timeout: 15000 });
  const facts = await platform.locator('.plat-recall-facts:visible').innerText();
  expect(facts).toContain('暖阳牌电暖器');
  expect(facts).toContain(PRODUCT_GTIN);

  await platform.click('.plat-ack__button:visible');
  await platform.locator('.plat-ack__done:visible').waitFor({ timeout: 15000 });
  await expect(platform.locator('.plat-ack__done:visible').innerText()).resolves.toContain('确认收到');

  await platform.click('.plat-measure-open--takedown:visible');
  await platform.click('.plat-measure-submit--takedown:visible');
  await expect(platform.locator('.plat-measure-form--takedown:visible').innerText()).resolves.toContain('缺少数量');
  await field(platform, 'plat-measure-count').fill('35');
  await field(platform, 'plat-measure-note').fill('已下架全部 35 个商品链接');
  await platform.click('.plat-measure-submit--takedown:visible');
  const takedown = platform.locator('.plat-measure--takedown:visible');
  const done = await until(
    () => takedown.innerText(),
    (t) => t.includes('已报告 35 个链接'),
  );
  expect(done).toContain('已报告 35 个链接');
  await screenshot(platform, 'platforms-04-reported');
});

test('the bureau sees the platform’s acknowledgement and takedown on the case', async () => {
  await signIn(bureau, { username: 'suzhou', password: 'suzhou-pass-1' });
  await bureau.goto(url(`packages/bureau/pages/case/index?id=${caseId}`));
  const panel = bureau.locator(`.recall-platforms__item-${platformId}:visible`);
  await panel.waitFor({ timeout: 15000 });
  const text = await panel.innerText();
  expect(text).toContain(PLATFORM_NAME);
  expect(text).toContain('已确认收到');
  expect(text).toContain('下架商品链接');
  expect(text).toContain('已报告 35 个链接');
  await screenshot(bureau, 'platforms-05-bureau-panel');
});
