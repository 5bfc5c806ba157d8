import type { Browser, Page } from 'playwright-core';
import { fillTaroInput, launch, phonePage, screenshot } from '../support/browser';
import { admin, Db, freshDb, RunningServer, startServer } from '../support/server';

/**
 * The app as a person uses it: the h5 build served by the real server, in headless Chromium at
 * a phone's size. A bureau officer opens the app, signs in and sees who they are on 我的.
 */
let db: Db;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  db = await freshDb('e2e');
  const created = await admin(
    db.env,
    'user:create',
    '--role',
    'bureau',
    '--org',
    '320500',
    '--username',
    'suzhou',
    '--password',
    'suzhou-pass-1',
    '--name',
    '王科长',
  );
  expect(created.code).toBe(0);
  server = await startServer(db.env);
  browser = await launch();
  page = await phonePage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

test('the app opens on 查询 with the tab bar 查询 / 报告 / 消息 / 我的', async () => {
  await page.goto(server.url);
  const tabBar = page.locator('.taro-tabbar__tabbar');
  await tabBar.waitFor();
  for (const label of ['查询', '报告', '消息', '我的'])
    await expect(tabBar.getByText(label, { exact: true }).count()).resolves.toBe(1);
  await expect(page.getByText('扫码查询').first().isVisible()).resolves.toBe(true);
  await screenshot(page, 'foundation-01-home');
});

test('a bureau officer signs in with username and password and sees the role on 我的', async () => {
  await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click();
  await page.getByText('工作人员登录').first().click();
  await page.locator('.login-username').waitFor();
  await screenshot(page, 'foundation-02-login');
  await fillTaroInput(page, '.login-username', 'suzhou');
  await fillTaroInput(page, '.login-password', 'wrong-password');
  await page.locator('.login-submit').click();
  await page.getByText('用户名或密码不正确').first().waitFor();
  await fillTaroInput(page, '.login-password', 'suzhou-pass-1');
  await page.locator('.login-submit').click();
  const role = page.locator('.me-role');
  await role.waitFor();
  await expect(role.innerText()).resolves.toContain('市场监管局');
  await expect(page.locator('.me-name').innerText()).resolves.toContain('王科长');
  await expect(page.getByText('苏州市市场监督管理局').first().isVisible()).resolves.toBe(true);
  await screenshot(page, 'foundation-03-me-bureau');
});

test('signing out returns the app to a signed-out 我的', async () => {
  await page.locator('.me-logout').click();
  await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click();
  await page.getByText('工作人员登录').first().waitFor();
  await expect(page.locator('.me-role').count()).resolves.toBe(0);
});
