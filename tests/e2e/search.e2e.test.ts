import { appInBrowser, fillTaroInput, screenshot, until } from '../support/browser';

/**
 * The search box as a consumer types in it: suggestions (brand, product, model) appear while typing
 * and a tap searches one; a search that finds nothing says what was searched, offers close matches
 * and the way to report, and never says the product is safe. On the demo recalls.
 */
const app = appInBrowser('e2e_search', { DEMO_DATA: 'on' });
const SAFETY_LINE = '未查到召回不代表产品没有安全隐患';

test('typing 暖 offers 暖阳 (品牌) and 电暖器 (产品); tapping 暖阳 searches it', async () => {
  const page = app.page;
  await page.goto(`${app.server.url}/#/pages/search/index`);
  await page.locator('.search-bar__input input').pressSequentially('暖', { delay: 50 });
  const list = page.locator('.suggest');
  await list.waitFor({ timeout: 10000 });
  const text = await until(
    () => list.innerText(),
    (t) => t.includes('电暖器'),
  );
  expect(text).toMatch(/暖阳\s*品牌/);
  expect(text).toMatch(/电暖器\s*产品/);
  await screenshot(page, 'search-01-suggestions');
  await list.locator('.suggest__item', { hasText: '暖阳' }).first().click();
  await page.locator('.search .recall-card').first().waitFor({ timeout: 10000 });
  expect(await page.locator('.search-bar__input input').inputValue()).toBe('暖阳');
  expect(await page.locator('.suggest').count()).toBe(0);
  const cards = await page.locator('.search .recall-card').allInnerTexts();
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) expect(card).toContain('暖阳');
  await screenshot(page, 'search-02-picked');
});

test('nothing found: what was searched, close matches, the way to report, and the safety line once', async () => {
  const page = app.page;
  await fillTaroInput(page, '.search-bar', '暖阳吹风机');
  await page.keyboard.press('Enter');
  const empty = page.locator('.search-empty');
  await empty.waitFor({ timeout: 10000 });
  const text = await until(
    () => empty.innerText(),
    (t) => t.includes('你是不是要找'),
  );
  expect(text).toContain('没有找到与“暖阳吹风机”相关的召回信息');
  expect(text).toContain('你是不是要找');
  expect(text).toContain('报告给市场监管部门');
  const pageText = await page.locator('.search').innerText();
  expect(pageText.split(SAFETY_LINE).length - 1).toBe(1);
  expect(pageText).not.toMatch(/产品(是)?安全|没有(安全)?问题/);
  await screenshot(page, 'search-03-no-results');

  await empty.locator('.search-chip', { hasText: '暖阳' }).click();
  await page.locator('.search .recall-card').first().waitFor({ timeout: 10000 });
  expect(await page.locator('.search-bar__input input').inputValue()).toBe('暖阳');

  await fillTaroInput(page, '.search-bar', '暖阳吹风机');
  await page.keyboard.press('Enter');
  await page.locator('.search-empty__report').click();
  await page.locator('.report-submit').waitFor({ timeout: 10000 });
  await screenshot(page, 'search-04-report');
});
