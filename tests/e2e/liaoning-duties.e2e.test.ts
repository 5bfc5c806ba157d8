import type { Page } from 'playwright-core';
import { appInBrowser, phonePage, screenshot } from '../support/browser';
import { admin, type Db } from '../support/server';

/**
 * A Liaoning deployment in the browser (PROVINCE=liaoning): the Dalian city bureau's case list
 * offers no 立案 and says the province bureau opens cases (辽 第四、九条); the province's offers it.
 * The screens follow the profile's duties as the server sends them (GET /api/me, GET /api/cases).
 */
const LIAONING = { PROVINCE: 'liaoning' };
const account = (db: Db, role: string, org: string, username: string, password: string) =>
  admin(
    { ...db.env, ...LIAONING },
    'user:create',
    '--role',
    role,
    '--org',
    org,
    '--username',
    username,
    '--password',
    password,
  );

const app = appInBrowser('e2e_liaoning', LIAONING, async (db: Db) => {
  for (const r of [
    await account(db, 'bureau', '210200', 'dalian', 'dalian-pass-1'),
    await account(db, 'province', '210000', 'ln-admin', 'ln-pass-123'),
  ])
    if (r.code !== 0) throw new Error(`user:create failed: ${r.stderr}`);
});
const url = (path: string) => `${app.server.url}/#/${path}`;

async function signIn(page: Page, username: string, password: string) {
  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(username);
  await page.locator('.login-password input').fill(password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
  await page.goto(url('packages/bureau/pages/cases/index'));
  await page.locator('.ws-head__org').waitFor();
}

test('the Dalian bureau is told the province opens cases, and offered no 立案', async () => {
  const page = app.page;
  await signIn(page, 'dalian', 'dalian-pass-1');
  await page.locator('.cases-open-note').waitFor({ timeout: 15000 });
  await expect(page.locator('.cases-open-note').innerText()).resolves.toContain(
    '在辽宁省，「立案」由辽宁省市场监督管理局负责',
  );
  await expect(page.locator('.cases-open').count()).resolves.toBe(0);
  await screenshot(page, 'liaoning-dalian-cases');
});

test('the province bureau is offered 立案', async () => {
  const page = await phonePage(app.browser);
  await signIn(page, 'ln-admin', 'ln-pass-123');
  await page.locator('.cases-open').waitFor({ timeout: 15000 });
  await expect(page.locator('.cases-open-note').count()).resolves.toBe(0);
  await page.close();
});
