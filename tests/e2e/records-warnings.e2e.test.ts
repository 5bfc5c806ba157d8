import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { WARNING_NOTICE } from '@recall/shared';
import { appInBrowser, phonePage, screenshot, until } from '../support/browser';
import { PRODUCER_USCC } from '../support/case-plan';
import { createSuzhouOfficer } from '../support/server';
import { describeWithLibreOffice, pdfTextsOf } from '../../server/test/support/libreoffice';

/**
 * Records and consumer warnings on a case, in Chromium: the Suzhou bureau records an on-site
 * investigation (现场检查笔录, 办法 第十五条) and an interview (约谈) on a case and downloads the
 * 现场检查笔录 as DOCX, which LibreOffice opens; it publishes a 消费提示 (办法 第十九条) with a photo,
 * which the public then sees on the recall page, labelled; it corrects it and withdraws it, and the
 * public page says so.
 */
const app = appInBrowser('e2e_records', {}, createSuzhouOfficer);
let bureau: Page;
let publicPage: Page;
let caseId = 0;
let publicUrl = '';
let photoFile: string;
const url = (p: string) => `${app.server.url}/#/${p}`;

const input = (page: Page, cls: string) => page.locator(`.${cls} input, .${cls} textarea`).first();
const fieldInput = (page: Page, key: string) =>
  page.locator(`.field[data-key=${key}] input, .field[data-key=${key}] textarea`).first();
const openCase = async () => {
  await bureau.goto(url(`packages/bureau/pages/case/index?id=${caseId}`));
  await bureau.locator('.case-detail:visible').waitFor({ timeout: 15000 });
};
async function download(trigger: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([bureau.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), data: fs.readFileSync((await file.path())!) };
}

beforeAll(async () => {
  photoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-warning-')), 'handwarmer.jpg');
  await sharp({ create: { width: 800, height: 800, channels: 3, background: '#d9534f' } })
    .jpeg()
    .toFile(photoFile);
  bureau = app.page;
  publicPage = await phonePage(app.browser);
  await bureau.goto(url('pages/login/index'));
  await bureau.locator('.login-username input').fill('suzhou');
  await bureau.locator('.login-password input').fill('suzhou-pass-1');
  await bureau.click('.login-submit');
  await bureau.locator('.me-role').waitFor();
  // The case itself is opened over the API as the same officer: the case e2e covers opening it on screen.
  const login = await fetch(`${app.server.url}/api/auth/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'suzhou', password: 'suzhou-pass-1' }),
  });
  const { token } = (await login.json()) as { token: string };
  const opened = await fetch(`${app.server.url}/api/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      producerUscc: PRODUCER_USCC,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖手宝',
      brand: '暖阳',
      model: 'NY-10',
      categoryCode: '01',
      summary: '充电时鼓包起火，生产者登记地址已无人，电话停机。',
    }),
  });
  expect(opened.status).toBe(201);
  caseId = ((await opened.json()) as { id: number }).id;
});

test('the bureau records an on-site investigation and sees it on the case', async () => {
  await openCase();
  await bureau.click('.case-records__kind--inspection');
  await input(bureau, 'rec-input-place').fill('苏州暖阳电器有限公司生产车间');
  await input(bureau, 'rec-officer-name-0').fill('王明');
  await input(bureau, 'rec-officer-cert-0').fill('32050012345');
  await input(bureau, 'rec-officer-name-1').fill('李华');
  await input(bureau, 'rec-officer-cert-1').fill('32050012346');
  await input(bureau, 'rec-input-partyPresent').fill('赵强');
  await input(bureau, 'rec-input-inspected').fill('查阅 NY-10 型暖手宝生产记录，抽取成品 3 台封存送检。');
  await input(bureau, 'rec-input-findings').fill('电池供应商于去年更换，来料检验记录缺失。');
  await bureau.click('.record-form__submit--inspection');
  const item = bureau.locator('.record-item--inspection');
  await item.waitFor({ timeout: 15000 });
  const text = await item.innerText();
  expect(text).toContain('现场调查');
  expect(text).toContain('苏州暖阳电器有限公司生产车间');
  expect(text).toContain('王明（32050012345）、李华（32050012346）');
  expect(text).toContain('电池供应商于去年更换，来料检验记录缺失。');
  expect(text).toContain('王科长（苏州市市场监督管理局）');
  await screenshot(bureau, 'records-01-inspection');
});

describeWithLibreOffice()('the 现场检查笔录', () => {
  test('downloads as DOCX from the record, and LibreOffice opens it with the facts and the officers', async () => {
    const file = await download(() => bureau.click('.record-item--inspection .record-item__docx'));
    expect(file.name).toMatch(/\.docx$/);
    const [pdfText] = pdfTextsOf([file.data]);
    const flat = pdfText.replace(/\s+/g, '');
    expect(flat).toContain('现场检查笔录');
    expect(flat).toContain('苏州暖阳电器有限公司生产车间');
    expect(flat).toContain('32050012345');
    expect(flat).toContain('电池供应商于去年更换，来料检验记录缺失。');
  }, 120_000);
});

test('the bureau records an interview with what the producer must do and by when', async () => {
  await bureau.click('.case-records__kind--interview');
  await input(bureau, 'rec-input-place').fill('苏州市市场监督管理局 302 会议室');
  await input(bureau, 'rec-officer-name-0').fill('王明');
  await input(bureau, 'rec-officer-cert-0').fill('32050012345');
  await input(bureau, 'rec-attendee-name-0').fill('赵强');
  await input(bureau, 'rec-attendee-title-0').fill('质量部经理');
  await input(bureau, 'rec-input-requirements').fill('立即停止销售 NY-10 型暖手宝，十日内报告调查分析结果。');
  await input(bureau, 'rec-input-commitments').fill('企业承诺即日起停止销售并配合调查。');
  await bureau.locator('.rec-field-dueOn input').first().fill('2099-01-10');
  await bureau.click('.record-form__submit--interview');
  const item = bureau.locator('.record-item--interview');
  await item.waitFor({ timeout: 15000 });
  const text = await item.innerText();
  expect(text).toContain('约谈');
  expect(text).toContain('赵强（质量部经理）');
  expect(text).toContain('立即停止销售 NY-10 型暖手宝，十日内报告调查分析结果。');
  expect(text).toContain('整改期限：2099-01-10');
  await expect(bureau.locator('.record-item').count()).resolves.toBe(2);
});

test('the bureau publishes a 消费提示 with a photo; the public sees it on the recall page, labelled', async () => {
  await bureau.click('.case-warnings__publish');
  await fieldInput(bureau, 'productName').waitFor({ timeout: 15000 });
  // Prefilled from the case.
  await expect(fieldInput(bureau, 'productName').inputValue()).resolves.toBe('暖手宝');
  await fieldInput(bureau, 'hazard').fill('内置锂电池无保护板，充电时可能鼓包。');
  await fieldInput(bureau, 'consequence').fill('可能起火，造成烫伤或火灾。');
  const chooser = bureau.waitForEvent('filechooser');
  await bureau.click('.field[data-key=photoIds] .photos__add');
  await (await chooser).setFiles([photoFile]);
  await until(
    () => bureau.locator('.field[data-key=photoIds] .photos__tile--done').count(),
    (n) => n === 1,
  );
  await screenshot(bureau, 'records-02-warning-form');
  await bureau.click('.form-submit');
  const item = bureau.locator('.case-warnings__item');
  await item.waitFor({ timeout: 15000 });
  expect(await item.innerText()).toContain('无法追溯到生产者');

  await bureau.click('.case-warnings__item >> text=查看公开页面');
  await bureau.locator('.detail-head__title').waitFor({ timeout: 15000 });
  publicUrl = bureau.url().replace(/^.*#\//, '');
  expect(publicUrl).toMatch(/^pages\/recall\/index\?id=\d+/);

  // Anyone, not signed in.
  await publicPage.goto(url(publicUrl));
  await publicPage.locator('.detail-head__title').waitFor({ timeout: 15000 });
  await expect(publicPage.locator('.detail-head__title').innerText()).resolves.toBe('关于暖阳牌暖手宝的消费提示');
  await expect(publicPage.locator('.detail-head .kind-tag--warning').innerText()).resolves.toBe('消费提示');
  await expect(publicPage.locator('.warning-notice__text').innerText()).resolves.toBe(WARNING_NOTICE);
  await expect(publicPage.locator('.warning-notice__ground').innerText()).resolves.toBe('发布理由：无法追溯到生产者');
  await expect(publicPage.locator('.detail-stop__title').innerText()).resolves.toBe('请立即停止使用');
  const body = await publicPage.locator('body').innerText();
  expect(body).toContain('内置锂电池无保护板，充电时可能鼓包。');
  expect(body).toContain('苏州市市场监督管理局');
  // The photo is shown and really loads.
  await publicPage.locator('.detail-photo img').first().waitFor({ timeout: 15000 });
  const widths = await until(
    () =>
      publicPage
        .locator('.detail-photo img')
        .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)),
    (w) => w.length === 1 && w[0] > 0,
  );
  expect(widths).toHaveLength(1);
  expect(widths[0]).toBeGreaterThan(0);
  await screenshot(publicPage, 'records-03-warning-public');
});

test('the bureau corrects it with a reason; the public page shows the new text and the change', async () => {
  await openCase();
  await bureau.click('.case-warnings__item >> text=更正');
  await until(
    () => fieldInput(bureau, 'hazard').inputValue(),
    (v) => v === '内置锂电池无保护板，充电时可能鼓包。',
  );
  // The published photo is kept in the correction.
  await expect(bureau.locator('.field[data-key=photoIds] .photos__tile--done').count()).resolves.toBe(1);
  await fieldInput(bureau, 'hazard').fill('内置锂电池无过充保护，充电时可能鼓包。');
  await fieldInput(bureau, 'note').fill('缺陷描述更准确');
  await bureau.click('.form-submit');
  await bureau.locator('.case-warnings__item').waitFor({ timeout: 15000 });

  await publicPage.goto(url(publicUrl));
  await publicPage.reload();
  const body = await until(
    () => publicPage.locator('body').innerText(),
    (b) => b.includes('内置锂电池无过充保护'),
    15000,
  );
  expect(body).toContain('内置锂电池无过充保护，充电时可能鼓包。');
  expect(body).not.toContain('内置锂电池无保护板');
  await expect(publicPage.locator('.detail-revision__note').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining([expect.stringContaining('更正：缺陷描述更准确')]),
  );
  await expect(publicPage.locator('.detail-photo').count()).resolves.toBe(1);
});

test('the bureau withdraws it with a reason; the public page says it is withdrawn', async () => {
  await openCase();
  await bureau.click('.case-warnings__withdraw');
  await bureau.locator('.case-warnings__reason input').fill('经核实，产品已全部下架并由经营者回收');
  await bureau.click('.case-warnings__reason >> text=确认撤回');
  await until(
    () => bureau.locator('.case-warnings__status').innerText(),
    (s) => s === '已撤回',
  );
  await expect(bureau.locator('.case-warnings__status').innerText()).resolves.toBe('已撤回');
  await expect(bureau.locator('.case-warnings__item').innerText()).resolves.toContain(
    '撤回原因：经核实，产品已全部下架并由经营者回收',
  );

  await publicPage.goto(url(publicUrl));
  await publicPage.reload();
  await publicPage.locator('.detail-withdrawn__title').waitFor({ timeout: 15000 });
  await expect(publicPage.locator('.detail-withdrawn__title').innerText()).resolves.toBe('该消费提示已撤回');
  await expect(publicPage.locator('.detail-stop').count()).resolves.toBe(0);
  await expect(publicPage.locator('.detail-revision__note').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining(['撤回：经核实，产品已全部下架并由经营者回收']),
  );
  await screenshot(publicPage, 'records-04-warning-withdrawn');
});
