import path from 'path';
import type { Page } from 'playwright-core';
import { appInBrowser, screenshot } from '../support/browser';
import { createProvinceAccount, PROVINCE_ACCOUNT, ROOT, type Db } from '../support/server';

/**
 * 导入国外召回 in the browser: the province picks a Safety Gate weekly report (the Commission's XML)
 * on the import screen; the alert on the demo heater (barcode of JS2026-0012) becomes a clue, the
 * other is not matched; the clue shows the foreign record and its original notice; importing the
 * file again links to the same clue and makes none.
 */
const app = appInBrowser('e2e_foreign_recall', {}, (db: Db) => createProvinceAccount(db.env).then(() => undefined));
const FILE = path.join(ROOT, 'shared/test/fixtures/foreign/safetygate-heater.xml');
const NOTICE = 'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487';
let page: Page;
const url = (p: string) => `${app.server.url}/#/${p}`;

beforeAll(async () => {
  page = app.page;
  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(PROVINCE_ACCOUNT.username);
  await page.locator('.login-password input').fill(PROVINCE_ACCOUNT.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
});

async function importFile() {
  const chooser = page.waitForEvent('filechooser');
  await page.click('.fi-choose, .import-file__change');
  await (await chooser).setFiles([FILE]);
  await page.locator('.import-file__name').waitFor();
  await page.click('.fi-upload');
  await page.locator('.fi-result').waitFor();
}

test('the province imports a Safety Gate file: the matching alert becomes a clue showing the foreign notice', async () => {
  await page.goto(url('packages/bureau/pages/inbox/index'));
  await page.locator('.ws-entry-foreign').click();
  await page.locator('.foreign-import .fi-formats').waitFor();
  await page.click('.fi-format--safetyGate');
  await expect(page.locator('.fi-choose').innerText()).resolves.toBe('选择 .xml 或 .json 文件');
  await importFile();

  await expect(page.locator('.fi-result .import-result__title').innerText()).resolves.toBe('导入结果：共读取 2 条记录');
  const created = page.locator('.fi-record--created');
  await expect(created.locator('.fi-record__outcome').innerText()).resolves.toBe('已生成线索');
  await expect(created.locator('.fi-record__ref').innerText()).resolves.toBe('SR/02362/26');
  await expect(created.locator('.fi-record__why').innerText()).resolves.toContain(
    '商品条码 6941023002012 与本省召回 JS2026-0012 相同',
  );
  const none = page.locator('.fi-record--notMatched');
  await expect(none.locator('.fi-record__outcome').innerText()).resolves.toBe('未命中本省产品');
  await expect(none.locator('.fi-record__clue').count()).resolves.toBe(0);
  await screenshot(page, 'foreign-recall-01-result');

  await created.locator('.fi-record__clue').click();
  const card = page.locator('.foreign-recall');
  await card.waitFor();
  const text = await card.innerText();
  expect(text).toContain('欧盟非食品类消费品快速预警系统（Safety Gate）通报');
  expect(text).toContain('德国');
  expect(text).toContain('SR/02362/26');
  expect(text).toContain('2026-10-03');
  expect(text).toContain('Fire：The tip-over switch does not cut the power');
  expect(text).toContain('商品条码 6941023002012 与本省召回 JS2026-0012 相同');
  await expect(card.locator('.foreign-recall__url').innerText()).resolves.toBe(NOTICE);
  await expect(page.locator('.bc-head__source').innerText()).resolves.toBe('国外召回');
  await screenshot(page, 'foreign-recall-02-clue');
});

test('importing the same file again makes no second clue and links to the one made before', async () => {
  const clueUrl = page.url();
  await page.goBack();
  await page.locator('.fi-upload').click();
  const again = page.locator('.fi-record--alreadyImported');
  await again.waitFor();
  await expect(again.locator('.fi-record__outcome').innerText()).resolves.toBe('此前已导入');
  await expect(page.locator('.fi-record--created').count()).resolves.toBe(0);
  await expect(again.locator('.fi-record__clue').innerText()).resolves.toMatch(/^查看已有线索 /);
  await again.locator('.fi-record__clue').click();
  await page.locator('.foreign-recall').waitFor();
  expect(page.url()).toBe(clueUrl);
});
