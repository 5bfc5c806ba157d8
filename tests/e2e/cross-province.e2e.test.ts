import { readFileSync } from 'fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { usccCheckCharacter } from '@recall/shared';
import { appInBrowser, fillTaroInput, screenshot } from '../support/browser';
import { createProvinceAccount, PROVINCE_ACCOUNT, type Db } from '../support/server';

/**
 * 跨省移送 in the browser: a consumer reports a product made in Shanghai, the report comes to the
 * province; the province passes it on to 上海市市场监督管理局 from the clue's page, sees
 * 已移送上海市市场监督管理局, downloads the package, and finds the record under 督办 · 跨省移送.
 */
const app = appInBrowser('e2e_cross_province', {}, (db: Db) => createProvinceAccount(db.env).then(() => undefined));
let page: Page;
const url = (path: string) => `${app.server.url}/#/${path}`;
const shanghaiUscc = () => {
  const first17 = '91310115MA1XY2W3K';
  return first17 + usccCheckCharacter(first17);
};
let clueId = 0;

beforeAll(async () => {
  page = app.page;
  const dev = await fetch(`${app.server.url}/api/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: 'e2e-cross-province' }),
  });
  const { token } = (await dev.json()) as { token: string };
  const res = await fetch(`${app.server.url}/api/clues`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      categoryCode: '01',
      productName: '电暖器',
      brand: '申城',
      producerName: '上海申城电器有限公司',
      producerUscc: shanghaiUscc(),
      description: '使用半小时后外壳发烫冒烟。',
      injury: 'none',
      regionCode: '320508',
      contact: { name: '王小明', phone: '13912345678', address: '苏州市姑苏区人民路 100 号' },
      photoIds: [],
      shareConsent: false,
      channel: 'h5',
    }),
  });
  expect(res.status).toBe(201);
  clueId = ((await res.json()) as { id: number }).id;

  await page.goto(url('pages/login/index'));
  await page.locator('.login-username input').fill(PROVINCE_ACCOUNT.username);
  await page.locator('.login-password input').fill(PROVINCE_ACCOUNT.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
});

test('the province passes a clue made in Shanghai on and downloads the package', async () => {
  await page.goto(url(`packages/bureau/pages/clue/index?id=${clueId}`));
  await page.locator('.clue-pass-on').click();
  const sheet = page.locator('.bc-sheet--passOn');
  await sheet.waitFor();
  // The producer's USCC names Shanghai: the province is picked, the regulator named.
  await expect(sheet.locator('.pass-on-province').innerText()).resolves.toContain('上海市');
  await expect(sheet.locator('.pass-on-authority').innerText()).resolves.toBe('接收单位：上海市市场监督管理局');
  await expect(sheet.locator('.pass-on-consent').innerText()).resolves.toBe(
    '报告人未同意提供个人信息，材料包不含其姓名和联系方式',
  );

  // Nothing typed: the errors are under the fields.
  await page.click('.pass-on-confirm');
  await expect(sheet.locator('.field__error').first().innerText()).resolves.toMatch(/对方联系人或联系方式/);

  await fillTaroInput(page, '.bc-sheet--passOn .pass-on-contact', '缺陷产品管理处 021-66668888');
  await fillTaroInput(page, '.bc-sheet--passOn .pass-on-reference', '苏市监移〔2026〕1号');
  await sheet.locator('.pass-on-note textarea').fill('生产者在上海市浦东新区，请依法处理。');
  await screenshot(page, 'cross-province-01-sheet');
  await page.click('.pass-on-confirm');

  const done = page.locator('.bc-cross-province');
  await done.waitFor({ timeout: 15000 });
  await expect(done.innerText()).resolves.toContain('已移送上海市市场监督管理局');
  await expect(page.locator('.clue-pass-on').count()).resolves.toBe(0);
  await screenshot(page, 'cross-province-02-passed');

  const [file] = await Promise.all([page.waitForEvent('download'), page.click('.pass-on-package')]);
  expect(file.suggestedFilename()).toMatch(/^线索移送材料-.+-上海市市场监督管理局\.zip$/);
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const names = Object.keys(zip.files);
  expect(names.some((n) => n.endsWith('.docx'))).toBe(true);
  const json = await zip.file(names.find((n) => n.endsWith('.json'))!)!.async('string');
  // Without the reporter's consent, neither their name nor their phone goes out.
  expect(json).not.toContain('王小明');
  expect(json).not.toContain('13912345678');
});

test('督办 lists it under 跨省移送', async () => {
  await page.goto(url('packages/bureau/pages/oversight/index'));
  const out = page.locator('.cross-province--out');
  await out.first().waitFor({ timeout: 15000 });
  const text = await out.first().innerText();
  expect(text).toContain('移出 · 至上海市市场监督管理局');
  expect(text).toContain('电暖器');
  expect(text).toContain('移送文号 苏市监移〔2026〕1号');
});
