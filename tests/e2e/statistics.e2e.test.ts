import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { appInBrowser, screenshot, until } from '../support/browser';
import { createProvinceAccount, PROVINCE_ACCOUNT, type Db } from '../support/server';
import { describeWithLibreOffice, pdfTextsOf } from '../../server/test/support/libreoffice';

/**
 * The province in the browser: signs in, opens 统计分析 from its workspace, reads this year's
 * tables and the server-rendered charts for the whole province and for one city, and downloads
 * the XLSX tables and the DOCX bulletin, which LibreOffice opens.
 */
const app = appInBrowser('e2e_statistics', {}, (db: Db) => createProvinceAccount(db.env).then(() => undefined));
let page: Page;
const url = (path: string) => `${app.server.url}/#/${path}`;
const year = String(new Date().getFullYear());

async function download(trigger: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

beforeAll(async () => {
  page = app.page;
  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(PROVINCE_ACCOUNT.username);
  await page.locator('.login-password input').fill(PROVINCE_ACCOUNT.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
});

test('the province opens 统计分析 from its workspace and sees tables and charts for the year', async () => {
  await page.goto(url('packages/bureau/pages/inbox/index'));
  await page.click('.ws-entry-statistics');
  await page.locator('.stats__summary-title').waitFor({ timeout: 15000 });
  await page.click(`.stats__chip:has-text("本年（${year}）")`);
  const title = await until(
    () => page.locator('.stats__summary-title').innerText(),
    (t) => t === `${year}年江苏省`,
  );
  expect(title).toBe(`${year}年江苏省`);
  await expect(page.locator('.stats__summary-line').first().innerText()).resolves.toMatch(
    /^召回 \d+ 次，涉及生产者 \d+ 家、产品 \d+ 件；主动召回 \d+ 次，责令召回 \d+ 次，导入的召回信息 \d+ 次。$/,
  );
  for (const caption of ['按产品类别', '按地区', '按缺陷类别', '线索来源', '线索地区及转化', '典型案例']) {
    await expect(page.locator(`.stats__table-title:has-text("${caption}")`).count()).resolves.toBe(1);
  }
  await until(
    () => page.locator('.stats__chart img').count(),
    (n) => n === 3,
  );
  const captions = await page.locator('.stats__caption').allInnerTexts();
  expect(captions).toEqual([
    `${year}年江苏省召回产品数量（按产品类别）`,
    `${year}年江苏省召回产品数量（按地区）`,
    `${year}年江苏省召回次数（按缺陷类别）`,
  ]);
  // The chart pictures really draw: an SVG that failed to parse would have no width.
  const widths = await page
    .locator('.stats__chart img')
    .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
  expect(widths.every((w) => w > 0)).toBe(true);
  await screenshot(page, 'statistics-01-province');

  await page.click('.stats__chip:has-text("苏州市")');
  await until(
    () => page.locator('.stats__summary-title').innerText(),
    (t) => t === `${year}年苏州市`,
  );
});

test('the XLSX tables download with the numbers of the screen', async () => {
  await page.click('.stats__chip:has-text("全省")');
  await until(
    () => page.locator('.stats__summary-title').innerText(),
    (t) => t === `${year}年江苏省`,
  );
  const line = await page.locator('.stats__summary-line').first().innerText();
  const [, count, producers, units] = /召回 (\d+) 次，涉及生产者 (\d+) 家、产品 (\d+) 件/.exec(line)!.map(Number);
  const file = await download(() => page.click('text=导出统计表（XLSX）'));
  expect(file.name).toBe(`${year}年江苏省召回统计.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.length) as ArrayBuffer,
  );
  const rows = (book.getWorksheet('按地区')!.getSheetValues() as unknown[][]).filter(Boolean);
  expect(rows[rows.length - 1].slice(1)).toEqual(['合计', producers, count, units]);
});

describeWithLibreOffice()('the bulletin', () => {
  test('the DOCX bulletin downloads and LibreOffice opens it', async () => {
    const file = await download(() => page.click('text=下载分析报告（DOCX）'));
    expect(file.name).toBe(`${year}年江苏省缺陷消费品召回分析报告.docx`);
    const [text] = pdfTextsOf([file.data]);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`江苏省缺陷消费品召回${year}年分析报告`);
    expect(flat).toContain('七、典型案例');
  }, 120_000);
});

test('督办 opens from the workspace: the cities table, what waits for the province, what is overdue', async () => {
  await page.goto(url('packages/bureau/pages/inbox/index'));
  await page.click('.ws-entry-oversight');
  const titles = await until(
    () => page.locator('.oversight .stats__table-title').allInnerTexts(),
    (t) => t.length === 3,
  );
  await screenshot(page, 'statistics-02-oversight');
  expect(titles[0]).toMatch(/^各市在办案件（截至 \d{4}-\d{2}-\d{2}）$/);
  expect(titles.slice(1)).toEqual(['待省局办理（0）', '逾期事项（0）']);
  await expect(page.locator('.oversight .stats__none').first().innerText()).resolves.toBe('没有在办案件');
});
