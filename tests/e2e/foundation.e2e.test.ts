import { appInBrowser, fillTaroInput, screenshot } from '../support/browser';
import { createSuzhouOfficer } from '../support/server';

/**
 * The app as a person uses it: the h5 build served by the real server, in headless Chromium at
 * a phone's size. A bureau officer opens the app, signs in and sees who they are on 我的.
 */
const app = appInBrowser('e2e', {}, createSuzhouOfficer);

test('the app opens on 查询 with the tab bar 查询 / 报告 / 消息 / 我的', async () => {
  await app.page.goto(app.server.url);
  const tabBar = app.page.locator('.taro-tabbar__tabbar');
  await tabBar.waitFor();
  for (const label of ['查询', '报告', '消息', '我的'])
    await expect(tabBar.getByText(label, { exact: true }).count()).resolves.toBe(1);
  await expect(app.page.getByText('扫码查询').first().isVisible()).resolves.toBe(true);
  await screenshot(app.page, 'foundation-01-home');
});

test('a bureau officer signs in with username and password and sees the role on 我的', async () => {
  await app.page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click();
  await app.page.getByText('工作人员登录').first().click();
  await app.page.locator('.login-username').waitFor();
  await screenshot(app.page, 'foundation-02-login');
  await fillTaroInput(app.page, '.login-username', 'suzhou');
  await fillTaroInput(app.page, '.login-password', 'wrong-password');
  await app.page.locator('.login-submit').click();
  await app.page.getByText('用户名或密码不正确').first().waitFor();
  await fillTaroInput(app.page, '.login-password', 'suzhou-pass-1');
  await app.page.locator('.login-submit').click();
  const role = app.page.locator('.me-role');
  await role.waitFor();
  await expect(role.innerText()).resolves.toContain('市场监管局');
  await expect(app.page.locator('.me-name').innerText()).resolves.toContain('王科长');
  await expect(app.page.getByText('苏州市市场监督管理局').first().isVisible()).resolves.toBe(true);
  await screenshot(app.page, 'foundation-03-me-bureau');
});

test('signing out returns the app to a signed-out 我的', async () => {
  await app.page.locator('.me-logout').click();
  await app.page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click();
  await app.page.getByText('工作人员登录').first().waitFor();
  await expect(app.page.locator('.me-role').count()).resolves.toBe(0);
});
