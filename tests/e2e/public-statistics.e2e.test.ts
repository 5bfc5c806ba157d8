import fs from 'fs';
import os from 'os';
import path from 'path';
import { usccCheckCharacter } from '@recall/shared';
import { appInBrowser, screenshot, until } from '../support/browser';
import { admin, createProvinceAccount, PROVINCE_ACCOUNT, type Db } from '../support/server';

/**
 * 召回统计 for anyone: a visitor who never signs in opens it from 我的, chooses a quarter and the
 * whole year (by keyboard too), reads the notice's sentence and the tables by city and category,
 * and downloads the open data. Published recalls of two cities count; a withdrawn one, another
 * province's and the demo recalls do not.
 */
const year = String(new Date().getFullYear());
const uscc = (division: string, n: number) => {
  const first17 = `91${division}MA${n}PQ3XT0`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
};
const line = (no: string, division: string, producer: string, quantity: number, startDate: string) =>
  JSON.stringify({
    recallNo: no,
    title: `${producer}召回部分电暖器`,
    producerName: producer,
    producerUscc: uscc(division, Number(no.slice(-1))),
    productName: '电暖器',
    quantity,
    categoryCode: '01',
    defect: '温控器失效，可能持续加热',
    consequence: '可能引起火灾',
    remedy: '免费更换温控器',
    startDate,
  });

async function prepare(db: Db) {
  const file = path.join(os.tmpdir(), `public-statistics-${process.pid}.jsonl`);
  fs.writeFileSync(
    file,
    [
      line('GKTJ-01', '320505', '苏州暖阳电器有限公司', 1200, `${year}-01-15`),
      line('GKTJ-02', '320102', '南京明火电器有限公司', 300, `${year}-02-20`),
      line('GKTJ-03', '320102', '南京误发电器有限公司', 98765, `${year}-03-01`),
      line('GKTJ-04', '440106', '广州远方电器有限公司', 45678, `${year}-03-02`),
    ].join('\n'),
  );
  const r = await admin(db.env, 'recalls:import', file);
  fs.rmSync(file, { force: true });
  if (r.code !== 0) throw new Error(`recalls:import failed: ${r.stdout}${r.stderr}`);
  await createProvinceAccount(db.env);
}

const app = appInBrowser('e2e_public_statistics', {}, prepare);
const url = (p: string) => `${app.server.url}/#/${p}`;

beforeAll(async () => {
  // The province withdraws one recall published by mistake: it leaves the statistics.
  const login = await fetch(`${app.server.url}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(PROVINCE_ACCOUNT),
  });
  const { token } = (await login.json()) as { token: string };
  const found = await fetch(`${app.server.url}/api/recalls?q=${encodeURIComponent('南京误发电器')}`);
  const id = ((await found.json()) as { items: { id: number }[] }).items[0].id;
  const withdrawn = await fetch(`${app.server.url}/api/recalls/${id}/withdraw`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ reason: '误发布' }),
  });
  expect(withdrawn.status).toBe(200);
});

test('an anonymous visitor opens 召回统计 from 我的 and reads a quarter', async () => {
  const page = app.page;
  await page.goto(url('pages/me/index'));
  await page.locator('.me-statistics').click();
  await page.locator('.pstats__title').waitFor({ timeout: 15000 });
  await page.locator('.pstats__chip:has-text("一季度")').click();
  const title = await until(
    () => page.locator('.pstats__title').innerText(),
    (t) => t.includes('第一季度'),
  );
  expect(title).toBe(`${year}年第一季度江苏省消费品召回情况`);
  await expect(page.locator('.pstats__sentence').innerText()).resolves.toBe(
    `${year}年第一季度，全省共实施消费品召回2次，涉及产品1500件，涉及生产企业2家。` +
      '其中，其他渠道发布的召回2次、涉及产品1500件。' +
      '从产品类别看，召回数量最多的是电子电器，涉及产品1500件，占召回总数量的100%。',
  );
  const cities = await page.locator('.pstats__by-city [role="row"]').allInnerTexts();
  expect(cities.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
    '地区 次数 数量（件） 企业（家）',
    '南京市 1 300 1',
    '苏州市 1 1200 1',
  ]);
  // The tables are tables to a screen reader, named by their captions.
  await expect(page.getByRole('table', { name: '按产品类别' }).getByRole('row').count()).resolves.toBe(2);
  const text = await page.locator('.pstats').innerText();
  for (const hidden of ['98765', '45678', '广州', '南京误发', '暖阳']) expect(text).not.toContain(hidden);
  await screenshot(page, 'public-statistics-01-quarter');
});

test('the keyboard chooses 全年: its quarters, and the chosen chip is announced as pressed', async () => {
  const page = app.page;
  const whole = page.locator('.pstats__chip:has-text("全年")');
  await whole.focus();
  await page.keyboard.press('Enter');
  await until(
    () => page.locator('.pstats__title').innerText(),
    (t) => t === `${year}年江苏省消费品召回情况`,
  );
  await expect(whole.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(page.locator('.pstats__chip:has-text("一季度")').getAttribute('aria-pressed')).resolves.toBe('false');
  const quarters = await page.locator('.pstats__by-quarter [role="row"]').allInnerTexts();
  expect(quarters.map((r) => r.replace(/\s+/g, ' ').trim()).slice(0, 2)).toEqual([
    '季度 次数 数量（件）',
    '第一季度 2 1500',
  ]);
});

test('the open data downloads as CSV with the same numbers', async () => {
  const page = app.page;
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.pstats__csv').click()]);
  expect(file.suggestedFilename()).toBe(`${year}年江苏省消费品召回统计.csv`);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain(`${year}年,合计,江苏省,2,1500,2`);
  expect(csv).toContain(`${year}年,地区,苏州市,1,1200,1`);
});
