import { appInBrowser, fillTaroInput, screenshot, until } from '../support/browser';

/**
 * A consumer with a lighter in hand: searches, opens the recall, checks their own unit by the
 * production date printed on it. Runs on the demo recalls `npm start` loads into an empty database.
 */
const app = appInBrowser('e2e_lookup', { DEMO_DATA: 'on' });

test('search 打火机 → the recall is listed, marked as demo data', async () => {
  await app.page.goto(app.server.url);
  await fillTaroInput(app.page, '.home-search', '打火机');
  await app.page.keyboard.press('Enter');
  const card = app.page.locator('.recall-card').first();
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain('豪牌');
  await expect(card.innerText()).resolves.toContain('演示数据');
  await screenshot(app.page, 'lookup-01-results');
});

test('the detail shows what a consumer needs first', async () => {
  await app.page.locator('.recall-card').first().click();
  const detail = app.page.locator('.recall-detail');
  await detail.waitFor();
  const text = await until(
    () => detail.innerText(),
    (t) => t.includes('0739-5012345'),
  );
  for (const expected of ['打火机', '召回', '0739-5012345', '更换']) expect(text).toContain(expected);
  await screenshot(app.page, 'lookup-02-detail');
});

test('a completed recall still says 停止使用 for unremedied units, with its 应急处置 and its own date', async () => {
  const text = await app.page.locator('.recall-detail').innerText();
  expect(text).toContain('未补救的产品请停止使用');
  expect(text).toContain('拨打 0739-5012345');
  expect(text).toContain('应急处置');
  expect(text).toContain('远离火源');
  // Published in 2022 (its own date), not the day the demo data was loaded.
  expect(text).toMatch(/发布日期\s*2022-08-17/);
  await screenshot(app.page, 'lookup-02b-completed-still-stop');
});

const resultClass = () => app.page.locator('.check-result').first().getAttribute('class');

test('check my unit from the detail: the app asks for what decides it', async () => {
  await app.page.locator('.detail-check').first().click();
  await app.page.locator('.check-submit').waitFor();
  await screenshot(app.page, 'lookup-03-check-form');
  // Prefilled with the brand only (the recall lists two models): the model decides.
  await app.page.locator('.check-submit').click();
  await app.page.locator('.check-result').waitFor();
  await expect(resultClass()).resolves.toContain('check-result--unknown');
  await expect(app.page.locator('.check-result').innerText()).resolves.toContain('型号');
  // With the model, the recall is limited by production date: that is asked next.
  await fillTaroInput(app.page, '.check-model', 'V8');
  await app.page.locator('.check-submit').click();
  const text = await until(
    () => app.page.locator('.check-result').innerText(),
    (t) => t.includes('生产日期'),
  );
  expect(text).toContain('生产日期');
  await expect(resultClass()).resolves.toContain('check-result--unknown');
  await screenshot(app.page, 'lookup-04-check-unknown');
});

test.each([
  ['2021-12-31', 'check-result--affected', 'lookup-05-check-affected'],
  ['2022-01-01', 'check-result--not_affected', 'lookup-06-check-not-affected'],
])('a unit made on %s (range 2021-09-01 to 2021-12-31, inclusive) → %s', async (date, cls, shot) => {
  await app.page.goto(
    `${app.server.url}/#/pages/check/index?brand=${encodeURIComponent('豪牌')}&model=V8&productionDate=${date}`,
  );
  await app.page.locator('.check-submit').waitFor();
  await app.page.locator('.check-submit').click();
  expect(await until(resultClass, (c) => !!c?.includes(cls))).toContain(cls);
  await screenshot(app.page, shot);
});
