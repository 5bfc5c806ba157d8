import fs from 'fs';
import os from 'os';
import path from 'path';
import { appInBrowser, screenshot, until } from '../support/browser';
import { admin } from '../support/server';

/**
 * Nobody misses what concerns them, in Chromium against the real server and its notification
 * loop: a consumer follows a product by its barcode; later an operator imports a recall of it;
 * the fan-out puts a message in the consumer's 消息 tab, which opens the recall, and 我的产品
 * marks the product as recalled.
 */
const app = appInBrowser('e2e_notify', { NOTIFY_INTERVAL_MS: '200' });
const GTIN = '6901234567908';
const url = (p: string) => `${app.server.url}/#/${p}`;

test('follow a product by its barcode', async () => {
  const page = app.page;
  await page.goto(url('pages/my-products/index'));
  await page.locator('[data-key="gtin"] input').waitFor({ timeout: 15000 });
  await page.locator('[data-key="gtin"] input').fill(GTIN);
  await page.click('.product-add-submit');
  const row = page.locator('.product-row:visible').first();
  await row.waitFor({ timeout: 15000 });
  await expect(row.innerText()).resolves.toContain(GTIN);
  expect(await page.locator('.product-recalled:visible').count()).toBe(0);
  await screenshot(page, 'notify-01-followed');
});

test('a recall of it reaches the message center and opens the recall', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-notify-')), 'recall.jsonl');
  fs.writeFileSync(
    file,
    `${JSON.stringify({
      recallNo: 'E2E-NOTIFY-0001',
      title: '苏州暖阳电器有限公司召回暖阳牌电暖器',
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      models: ['NY-2000'],
      gtins: [GTIN],
      quantity: 1200,
      categoryCode: '01',
      defect: '温控器触点粘连，持续加热',
      consequence: '外壳过热，可能引发火灾',
      remedy: '免费更换温控器',
      startDate: '2026-11-20',
    })}\n`,
  );
  const r = await admin(app.db.env, 'recalls:import', file);
  expect(r.code).toBe(0);

  const page = app.page;
  await page.goto(url('pages/messages/index'));
  const text = await until(
    async () => {
      await page.reload();
      const row = page.locator('.message-row--unread:visible').first();
      return (await row.count()) ? row.innerText() : '';
    },
    (t) => t.includes('暖阳'),
    30000,
  );
  expect(text).toContain('暖阳');
  await screenshot(page, 'notify-02-message');
  await page.locator('.message-row--unread:visible').first().click();
  await page.locator('.recall-detail:visible').waitFor({ timeout: 15000 });
  const detail = await until(
    () => page.locator('.recall-detail:visible').innerText(),
    (t) => t.includes('温控器触点粘连'),
  );
  expect(detail).toContain('温控器触点粘连');

  await page.goto(url('pages/my-products/index'));
  await page.locator('.product-recalled:visible').waitFor({ timeout: 15000 });
  await screenshot(page, 'notify-03-product-recalled');
});
