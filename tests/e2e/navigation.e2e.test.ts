import type { Page } from 'playwright-core';
import { appInBrowser, fillTaroInput, phonePage, screenshot, until } from '../support/browser';
import { createSuzhouOfficer } from '../support/server';

/**
 * Finding one's way in the browser, where there is no WeChat navigation bar: 返回 and 首页 on every
 * page but the tabs, pages that follow an edited address, back from a report's receipt to where the
 * report began, an officer's half-filled form kept on back, and a place anywhere in the country.
 */
const app = appInBrowser('e2e_navigation', {}, createSuzhouOfficer);
const url = (path: string) => `${app.server.url}/#/${path}`;
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();
const onPage = (page: Page, path: string) =>
  until(
    async () => page.url(),
    (u) => u.includes(path),
  );

async function recallId(q: string): Promise<number> {
  const res = await fetch(`${app.server.url}/api/recalls?q=${encodeURIComponent(q)}`);
  const body = (await res.json()) as { items: Array<{ id: number; brand: string; models: string[] }> };
  return body.items.find((r) => r.models.includes('NY-2000'))?.id ?? body.items[0].id;
}

test('a recall opened from a shared link has 返回 and 首页; with no history 返回 goes home', async () => {
  const page = app.page;
  const id = await recallId('暖阳');
  await page.goto(url(`pages/recall/index?id=${id}`));
  await visible(page, '.recall-detail .h5-nav').waitFor({ timeout: 15000 });
  await expect(visible(page, '.h5-nav__back').innerText()).resolves.toContain('返回');
  await expect(visible(page, '.h5-nav__home').innerText()).resolves.toContain('首页');
  await screenshot(page, 'navigation-01-recall-bar');
  await visible(page, '.h5-nav__back').click();
  expect(await onPage(page, 'pages/index/index')).toContain('pages/index/index');
  // The tabs have WeChat's tab bar instead: no 返回 there.
  await expect(page.locator('.home .h5-nav').count()).resolves.toBe(0);

  // 首页 from a recall reached in the app.
  await page.goto(url(`pages/search/index?q=${encodeURIComponent('暖阳')}`));
  await visible(page, '.recall-card').click();
  await visible(page, '.recall-detail').waitFor();
  await visible(page, '.h5-nav__home').click();
  expect(await onPage(page, 'pages/index/index')).toContain('pages/index/index');
});

test('editing q= in the address of the search page shows the new results', async () => {
  const page = app.page;
  // A fresh load of the search page: a goto that changes only the hash would keep the app (and its page
  // stack) from the test before.
  await page.goto('about:blank');
  await page.goto(url(`pages/search/index?q=${encodeURIComponent('电暖器')}`));
  const count = () => visible(page, '.search-results__count').innerText();
  await visible(page, '.recall-card').waitFor({ timeout: 15000 });
  const heaters = await count();
  // Into a recall and back to the search page by its address, with another keyword.
  await visible(page, '.recall-card').click();
  await visible(page, '.recall-detail').waitFor();
  // As a person would: the address is edited once the recall page has arrived and finished loading.
  await page.waitForURL(/#\/pages\/recall\/index\?/);
  await page.waitForLoadState('networkidle');
  await page.evaluate((q) => {
    window.location.hash = `#/pages/search/index?q=${encodeURIComponent(q)}`;
  }, '儿童');
  let text = '';
  try {
    // The page takes the new address first (its box), then shows what it finds.
    await until(
      () => visible(page, '.search-bar__input input').inputValue(),
      (v) => v === '儿童',
    );
    text = await until(
      () => visible(page, '.search-results').innerText(),
      (t) => t.includes('儿童'),
    );
  } catch (e) {
    await screenshot(page, 'navigation-02-search-url-failed'); // what the page showed instead
    throw e;
  }
  expect(text).toContain('儿童');
  expect(text).not.toContain('暖阳');
  await expect(visible(page, '.search-bar__input input').inputValue()).resolves.toBe('儿童');
  expect(await count()).not.toBe(heaters);
  await screenshot(page, 'navigation-02-search-url');
});

let clueId = '';
let reporter: Page;

test('a report begun on a recall, placed in 广东省广州市天河区: back from the receipt returns to the recall', async () => {
  const page = await phonePage(app.browser);
  const id = await recallId('暖阳');
  await page.goto(url(`pages/recall/index?id=${id}`));
  await visible(page, '.detail-report').click();
  reporter = page;
  await visible(page, '.report-submit').waitFor({ timeout: 15000 });
  await fillTaroInput(page, '.report-model', 'NY-2000');
  await page.fill('.report-description textarea', '使用约一小时后外壳发烫，有焦糊味，已停止使用。');
  await page.click('.report-injury .clue-form__choice:nth-child(1)');

  // The place, anywhere in the country: province → city → county.
  await page.click('.report-region .region-picker');
  for (const place of ['广东省', '广州市', '天河区']) {
    await page.locator('.region-sheet .region-option', { hasText: place }).first().click();
  }
  await expect(page.locator('.region-sheet').count()).resolves.toBe(0);
  await expect(page.locator('.report-region').innerText()).resolves.toContain('广东省广州市天河区');
  await screenshot(page, 'navigation-03-region-picked');

  await fillTaroInput(page, '.report-contact-name', '李四');
  await fillTaroInput(page, '.report-contact-phone', '13912345678');
  await fillTaroInput(page, '.report-contact-address', '广东省广州市天河区天河路 385 号');
  await page.click('.clue-consent__box');
  await page.click('.report-submit');
  await visible(page, '.clue-receipt')
    .waitFor({ timeout: 20000 })
    .catch(async (e: Error) => {
      await screenshot(page, 'navigation-04-report-not-sent');
      throw e;
    });
  clueId = /[?&]id=(\d+)/.exec(page.url())![1];
  await screenshot(page, 'navigation-04-receipt');

  await visible(page, '.h5-nav__back').click();
  expect(await onPage(page, 'pages/recall/index')).toContain(`id=${id}`);
  await visible(page, '.recall-detail').waitFor();
});

test('the report shows where the product was bought by name', async () => {
  const page = reporter;
  expect(clueId).toMatch(/^\d+$/);
  await page.goto(url(`pages/clue/index?id=${clueId}`));
  const text = await until(
    () => visible(page, '.clue-detail').innerText(),
    (t) => t.includes('所在地区'),
  );
  expect(text).toContain('广东省广州市天河区');
  expect(text).not.toContain('440106');
});

test('an officer’s half-filled form is kept when they go back, and is there when they return', async () => {
  const page = await phonePage(app.browser);
  await page.goto(url('pages/login/index'));
  await fillTaroInput(page, '.login-username', 'suzhou');
  await fillTaroInput(page, '.login-password', 'suzhou-pass-1');
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
  await page.goto(url('packages/bureau/pages/cases/index'));
  await visible(page, '.cases-open').click();
  const field = (doc: string, key: string) =>
    page.locator(`.doc-field[data-doc=${doc}][data-key=${key}]:visible`).locator('input, textarea').first();
  await field('open_case', 'productName').waitFor();
  const facts: Record<string, string> = {
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    model: 'NY-2000',
    producerName: '苏州暖阳电器有限公司',
    producerUscc: '91320505MA1NYW2X7M',
    summary: '多名消费者反映温控失灵，外壳过热变形。',
  };
  for (const [k, v] of Object.entries(facts)) await field('open_case', k).fill(v);
  await page.click('.doc-field[data-doc=open_case][data-key=categoryCode] .chip[data-value="01"]');
  await visible(page, '.form-submit').click();
  await visible(page, '.case-detail').waitFor({ timeout: 15000 });

  const consequence = '可能引发火灾，造成人身伤害和财产损失。';
  await visible(page, '.case-detail .case-action[data-action=notify_investigation]').click();
  await field('investigation_notice', 'consequence').waitFor();
  await field('investigation_notice', 'consequence').fill(consequence);
  await visible(page, '.h5-nav__back').click();
  await visible(page, '.case-detail').waitFor();
  await visible(page, '.case-detail .case-action[data-action=notify_investigation]').click();
  await field('investigation_notice', 'consequence').waitFor();
  expect(
    await until(
      () => field('investigation_notice', 'consequence').inputValue(),
      (v) => v === consequence,
    ),
  ).toBe(consequence);
  await screenshot(page, 'navigation-05-draft-kept');
});

test('back pressed the instant a recall opens returns to the results, shown, not a blank page', async () => {
  const page = app.page;
  await page.goto('about:blank');
  await page.goto(url(`pages/search/index?q=${encodeURIComponent('电暖器')}`));
  await visible(page, '.recall-card').waitFor({ timeout: 15000 });
  for (let i = 0; i < 3; i++) {
    // An impatient tap: into a recall and straight back, before its page has slid in.
    await visible(page, '.recall-card').click();
    await page.waitForURL(/#\/pages\/recall\/index\?/);
    await page.goBack();
    await page.waitForURL(/#\/pages\/search\/index\?/);
    // Taro's router hides the page below a new one 350 ms after it opens; the results must still show after that.
    await page.waitForTimeout(800);
    await expect(page.locator('.search-results .recall-card:visible').count()).resolves.toBeGreaterThan(0);
  }
  await screenshot(page, 'navigation-06-quick-back');
});
