import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { quarterOf, todayInShanghai } from '@recall/shared';
import { appInBrowser, fillTaroInput, screenshot, until } from '../support/browser';
import { createProvinceAccount, PROVINCE_ACCOUNT, type Db } from '../support/server';
import { describeWithLibreOffice, pdfTextsOf } from '../../server/test/support/libreoffice';

/**
 * The province in the browser: signs in, opens 统计分析 from its workspace, reads this year's
 * tables and the server-rendered charts for the whole province and for one city, and downloads
 * the XLSX tables and the DOCX bulletin, which LibreOffice opens. Its workspace is its own
 * (省市场监管局工作台, with a dashboard); it evaluates a city for the current quarter (评价), saves
 * a score and a note, and downloads the evaluation as XLSX and DOCX.
 */
const app = appInBrowser('e2e_statistics', {}, (db: Db) => createProvinceAccount(db.env).then(() => undefined));
let page: Page;
const url = (path: string) => `${app.server.url}/#/${path}`;
const year = String(new Date().getFullYear());
const quarter = quarterOf(todayInShanghai());

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
  expect(titles.slice(1)).toEqual(['待省局办理（0）', '逾期事项（0）', '跨省移送（0）']);
  await expect(page.locator('.oversight .stats__none').first().innerText()).resolves.toBe('没有在办案件');
});

test('the province has its own workspace: 我的 names it, its head and dashboard link to 督办 and 统计分析', async () => {
  await page.goto(url('pages/me/index'));
  const entry = page.locator('.me-entry-province');
  await entry.waitFor();
  await expect(entry.innerText()).resolves.toContain('省市场监管局工作台');
  await expect(entry.innerText()).resolves.toContain('全省召回工作的统计、督办和对各市的评价');
  await entry.click();
  await page.locator('.dash').waitFor({ timeout: 15000 });
  await expect(page.locator('.ws-head__title').innerText()).resolves.toBe('省市场监管局工作台');
  const numbers = await until(
    () => page.locator('.dash-stat__num').allInnerTexts(),
    (n) => n.length === 7 && n.every((x) => /^\d+$/.test(x)),
  );
  expect(numbers.every((x) => /^\d+$/.test(x))).toBe(true);
  await expect(page.locator('.dash-stat__label').allInnerTexts()).resolves.toEqual([
    '在办案件',
    '生产者逾期',
    '监管部门逾期',
    '待省局办理',
    '本季度召回（次）',
    '涉及产品（件）',
    '本季度线索（条）',
  ]);
  await screenshot(page, 'statistics-03-province-workspace');
  await page.click('.dash-stat--waiting');
  // The officer reads 督办 before going back: its tables are shown.
  await page.locator('.oversight .stats__table-title').first().waitFor({ timeout: 15000 });
  await page.goBack();
  await page.click('.dash-stat--clues');
  await page.locator('.stats__summary-title').waitFor({ timeout: 15000 });
});

test('评价: the province scores a city for this quarter, notes it, and sees the overall score', async () => {
  await page.goto(url('packages/bureau/pages/inbox/index'));
  await page.click('.ws-entry-evaluation');
  await page.locator('.eval-city').first().waitFor({ timeout: 15000 });
  await expect(page.locator('.eval-period.choice-chip--on').innerText()).resolves.toBe(`本季度（${quarter}）`);
  await page.click('.eval-city:has-text("苏州市")');
  await until(
    () => page.locator('.eval-title').innerText(),
    (t) => t.endsWith('苏州市召回工作评价'),
  );
  await expect(page.locator('.eval-criterion .stats__table-title').allInnerTexts()).resolves.toEqual([
    '线索渠道畅通',
    '线索研判准确',
    '调查分析规范',
    '召回数量准确',
    '召回实施有效',
    '报送及时',
  ]);
  // The legend says how each number is counted.
  await expect(page.locator('.eval-definition').first().innerText()).resolves.toMatch(/^收到线索：/);
  await fillTaroInput(page, '.eval-criterion[data-key="channels"] .eval-score', '90');
  await fillTaroInput(page, '.eval-criterion[data-key="reporting"] .eval-score', '80');
  await page
    .locator('.eval-criterion[data-key="channels"] .eval-note textarea')
    .fill('线索渠道畅通，消费者报告受理及时。');
  await page.locator('.eval-summary textarea').fill('苏州市本季度召回工作总体规范。');
  await page.click('.eval-save');
  await until(
    () =>
      page
        .locator('.eval-saved')
        .innerText()
        .catch(() => ''),
    (t) => t === '已保存苏州市的评价',
  );
  await expect(page.locator('.eval-overall').innerText()).resolves.toBe('综合评分：85分（已评各项的平均分）');
  await expect(page.locator('.eval-city:has-text("苏州市")').innerText()).resolves.toBe('苏州市 85分');
  await screenshot(page, 'statistics-04-evaluation');

  // A score out of range is refused, in words.
  await fillTaroInput(page, '.eval-criterion[data-key="judgment"] .eval-score', '120');
  await page.click('.eval-save');
  await expect(
    until(
      () =>
        page
          .locator('.eval-error')
          .innerText()
          .catch(() => ''),
      (t) => t.length > 0,
    ),
  ).resolves.toContain('评分应为 0 到 100 的整数');
  await fillTaroInput(page, '.eval-criterion[data-key="judgment"] .eval-score', '');
});

test('the evaluation downloads as XLSX with the saved scores', async () => {
  const file = await download(() => page.click('text=导出评价表（XLSX）'));
  expect(file.name).toMatch(/^\d{4}年第[一二三四]季度江苏省召回工作评价\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.length) as ArrayBuffer,
  );
  const rows = (book.getWorksheet('总览')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
  expect(rows.find((r) => r[0] === '苏州市')).toEqual([
    '苏州市',
    90,
    '未评分',
    '未评分',
    '未评分',
    '未评分',
    80,
    85,
    '苏州市本季度召回工作总体规范。',
  ]);
});

describeWithLibreOffice()('the evaluation document', () => {
  test('the DOCX downloads and LibreOffice opens it, with the note and the scores', async () => {
    const file = await download(() => page.click('text=下载评价报告（DOCX）'));
    expect(file.name).toMatch(/^\d{4}年第[一二三四]季度江苏省缺陷消费品召回工作评价\.docx$/);
    const [text] = pdfTextsOf([file.data]);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toMatch(/江苏省缺陷消费品召回工作评价（\d{4}年第[一二三四]季度）/);
    expect(flat).toContain('苏州市90分未评分未评分未评分未评分80分85分');
    expect(flat).toContain('苏州市：线索渠道畅通，消费者报告受理及时。');
    expect(flat).toContain('苏州市：苏州市本季度召回工作总体规范。');
  }, 120_000);
});
