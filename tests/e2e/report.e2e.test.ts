import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import { appInBrowser, fillTaroInput, screenshot, until } from '../support/browser';
import { createSuzhouOfficer } from '../support/server';

/**
 * A consumer reports a hot, smoking heater charger with a photo; the clue reaches the Suzhou
 * bureau (where it was bought, the producer being unknown), and its officer finds it in the inbox.
 */
const app = appInBrowser('e2e_report', {}, createSuzhouOfficer);
/** The demo recall that covers 暖阳 NY-2000 (config/demo/recalls.jsonl, JS2026-0012). */
const RECALL_TITLE = '苏州暖阳电器有限公司召回部分NY-2000型电暖器';
let photoFile: string;

beforeAll(async () => {
  photoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-photo-')), 'charger.jpg');
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8a5a44' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(photoFile);
});

test('report with a photo → receipt names the bureau and why', async () => {
  const page = app.page;
  const product = encodeURIComponent('电暖器充电器');
  await page.goto(
    `${app.server.url}/#/pages/report/index?categoryCode=01&brand=${encodeURIComponent('暖阳')}&productName=${product}`,
  );
  await page.locator('.report-submit').waitFor();
  await fillTaroInput(page, '.report-model', 'NY-2000');
  // 暖阳 NY-2000 is already under recall (demo data): the form says so, with the remedy, before submitting.
  await page.locator('.report .covering-recalls').waitFor({ timeout: 10000 });
  await expect(page.locator('.report .covering-recalls').innerText()).resolves.toContain('这个产品已在召回中');
  await page.fill('.report-description textarea', '充电约 20 分钟后外壳发烫变形，有焦糊味，插头处发黑。已停止使用。');
  await page.click('.report-injury .clue-form__choice:nth-child(2)'); // 轻微伤害: asked, never assumed
  await page.click('.region-web__toggle');
  await fillTaroInput(page, '.region-web__code', '320505');
  await fillTaroInput(page, '.report-contact-name', '张三');
  await fillTaroInput(page, '.report-contact-phone', '13812345678');
  await fillTaroInput(page, '.report-contact-address', '江苏省苏州市虎丘区竹园路 209 号');
  const chooser = page.waitForEvent('filechooser');
  await page.click('.photos__add');
  await (await chooser).setFiles([photoFile]);
  expect(
    await until(
      () => page.locator('.photos__tile--done').count(),
      (n) => n === 1,
      20000,
    ),
  ).toBe(1);
  await page.click('.clue-consent__box');
  await screenshot(page, 'report-01-form');
  await page.click('.report-submit');
  await page.locator('.clue-receipt').waitFor({ timeout: 20000 });
  await expect(page.locator('.clue-receipt-no').innerText()).resolves.toMatch(/XS\d{14}/);
  await expect(page.locator('.clue-receipt-bureau').innerText()).resolves.toContain('苏州市市场监督管理局');
  // The receipt repeats the recall, and the report is routed by the producer of that recall.
  const receipt = await page.locator('.clue-receipt').innerText();
  expect(receipt).toContain('这个产品已在召回中');
  expect(receipt).toContain('免费上门更换倾倒开关组件');
  expect(receipt).toContain('生产者已发布召回信息中的统一社会信用代码');
  await screenshot(page, 'report-02-receipt');
});

test('the Suzhou bureau sees it in its inbox, with the photo', async () => {
  const page = app.page;
  await page.goto(`${app.server.url}/#/pages/login/index`);
  await fillTaroInput(page, '.login-username', 'suzhou');
  await fillTaroInput(page, '.login-password', 'suzhou-pass-1');
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
  await page.goto(`${app.server.url}/#/packages/bureau/pages/inbox/index`);
  const item = page.locator('.inbox-item').first();
  await item.waitFor({ timeout: 15000 });
  await expect(item.innerText()).resolves.toContain('电暖器充电器');
  await screenshot(page, 'report-03-inbox');
  await item.click();
  const detail = page.locator('.bureau-clue');
  await detail.waitFor();
  const text = await until(
    () => detail.innerText(),
    (t) => t.includes('138****5678') || t.includes('13812345678'),
  );
  expect(text).toContain('电暖器充电器');
  const img = page.locator('.bureau-clue img').first();
  await img.waitFor();
  expect(
    await until(
      () => img.evaluate((el) => (el as HTMLImageElement).naturalWidth),
      (w) => w > 0,
    ),
  ).toBeGreaterThan(0);
  await screenshot(page, 'report-04-bureau-clue');
});

test("the bureau's clue screen names the recall the reported product is under, and opens it", async () => {
  const page = app.page;
  const covering = page.locator('.bureau-clue .covering-recalls');
  await covering.waitFor({ timeout: 10000 });
  const text = await covering.innerText();
  expect(text).toContain('该产品已有召回');
  expect(text).toContain(RECALL_TITLE);
  expect(text).toContain('免费上门更换倾倒开关组件');
  await screenshot(page, 'report-05-bureau-clue-recall');
  await covering.locator('.covering-recalls__open').first().click();
  const detail = page.locator('.recall-detail');
  await detail.waitFor({ timeout: 10000 });
  await expect(
    until(
      () => detail.innerText(),
      (t) => t.includes(RECALL_TITLE),
    ),
  ).resolves.toContain('NY-2000');
});
