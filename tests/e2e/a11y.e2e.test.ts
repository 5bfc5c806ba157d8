import type { Page } from 'playwright-core';
import { appInBrowser, fillTaroInput, phonePage, screenshot, until } from '../support/browser';
import { PRODUCER_USCC } from '../support/case-plan';
import {
  createPlatformAccount,
  createProvinceAccount,
  createSuzhouOfficer,
  passwordToken,
  PROVINCE_ACCOUNT,
  type Db,
} from '../support/server';

/**
 * Accessibility as checked by axe-core (WCAG 2.1 A and AA rules) on the screens people use most,
 * consumers' and the bureau's, and the keyboard path through the home screen. Any serious or
 * critical violation fails; a count per rule and page is printed either way.
 */
const PLATFORM_USER = { username: 'haowu', password: 'haowu-pass-1' };

async function prepare(db: Db): Promise<void> {
  await createSuzhouOfficer(db);
  const province = await createProvinceAccount(db.env);
  if (province.code !== 0) throw new Error(`province account: ${province.stderr}`);
}

const app = appInBrowser('e2e_a11y', { DEMO_DATA: 'on' }, prepare);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** page name → violations found there */
const found = new Map<string, Violation[]>();

async function audit(page: Page, name: string): Promise<Violation[]> {
  // Taro's router slides pages in; audit the page at rest.
  await page.waitForTimeout(600);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, TAGS);
  found.set(name, violations);
  return violations;
}

const severe = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const listed = (vs: Violation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function open(page: Page, path: string, ready: string) {
  await page.goto(`${app.server.url}/#/${path}`);
  await page.locator(ready).first().waitFor({ timeout: 15000 });
}

let recallId = 0;
let caseId = 0;

beforeAll(async () => {
  // The server's Content-Security-Policy forbids injected scripts; this page lets axe in.
  app.page = await phonePage(app.browser, { bypassCSP: true });
  const res = await fetch(`${app.server.url}/api/recalls?q=${encodeURIComponent('打火机')}`);
  recallId = ((await res.json()) as { items: { id: number }[] }).items[0].id;
  const token = await passwordToken(app.server.url, { username: 'suzhou', password: 'suzhou-pass-1' });
  const opened = await fetch(`${app.server.url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      producerUscc: PRODUCER_USCC,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      model: 'NY-2000',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
    }),
  });
  caseId = ((await opened.json()) as { id: number }).id;
});

afterAll(() => {
  const rows = [...found].flatMap(([page, vs]) =>
    vs.map((v) => `  ${page.padEnd(12)} ${v.id.padEnd(28)} ${(v.impact ?? '').padEnd(9)} ${v.nodes.length}`),
  );
  console.log(`axe (${TAGS.join(', ')}): violations per rule and page\n${rows.join('\n') || '  none'}`);
});

const consumerPages: [string, string, string][] = [
  ['home', 'pages/index/index', '.home-search'],
  ['search', `pages/search/index?q=${encodeURIComponent('打火机')}`, '.recall-card'],
  ['recall', 'pages/recall/index?id=RECALL', '.detail-check'],
  ['check', `pages/check/index?brand=${encodeURIComponent('豪牌')}&model=V8`, '.check-submit'],
  ['report', 'pages/report/index', '.report-submit'],
  ['messages', 'pages/messages/index', '.messages'],
  ['me', 'pages/me/index', '.me'],
  ['sign-in', 'pages/login/index', '.login-submit'],
  ['statistics', 'pages/statistics/index', '.pstats__title'],
];

test.each(consumerPages)('%s has no serious or critical axe violation', async (name, path, ready) => {
  await open(app.page, path.replace('RECALL', String(recallId)), ready);
  expect(listed(severe(await audit(app.page, name)))).toEqual([]);
});

test('check: the 批次查询 result too', async () => {
  await open(
    app.page,
    `pages/check/index?brand=${encodeURIComponent('豪牌')}&model=V8&productionDate=2021-12-31`,
    '.check-submit',
  );
  await app.page.locator('.check-submit').click();
  await app.page.locator('.check-result').waitFor();
  expect(listed(severe(await audit(app.page, 'check result')))).toEqual([]);
});

async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await open(page, 'pages/login/index', '.login-submit');
  await fillTaroInput(page, '.login-username', account.username);
  await fillTaroInput(page, '.login-password', account.password);
  await page.click('.login-submit');
  await page.locator('.me-role').waitFor();
}

describe('the bureau', () => {
  beforeAll(() => signIn(app.page, { username: 'suzhou', password: 'suzhou-pass-1' }));

  test('the inbox has no serious or critical axe violation', async () => {
    await open(app.page, 'packages/bureau/pages/inbox/index', '.inbox-stats');
    expect(listed(severe(await audit(app.page, 'inbox')))).toEqual([]);
  });

  test('a case has no serious or critical axe violation', async () => {
    await open(app.page, `packages/bureau/pages/case/index?id=${caseId}`, '.case-detail:visible');
    await until(
      () => app.page.locator('.case-detail:visible .case-state').count(),
      (n) => n > 0,
    );
    expect(listed(severe(await audit(app.page, 'case')))).toEqual([]);
  });
});

describe('the province and an e-commerce platform', () => {
  let province: Page;
  let platformId = 0;

  beforeAll(async () => {
    province = await phonePage(app.browser, { bypassCSP: true });
    await signIn(province, PROVINCE_ACCOUNT);
    const token = await passwordToken(app.server.url, PROVINCE_ACCOUNT);
    const registered = await fetch(`${app.server.url}/api/platforms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: '好物商城',
        contacts: [{ name: '刘敏', phone: '0571-88886666' }],
        subscription: { all: true },
      }),
    });
    platformId = ((await registered.json()) as { platform: { id: number } }).platform.id;
    await createPlatformAccount(app.db.env, platformId, PLATFORM_USER, '刘敏');
  });

  const provincePages: [string, string, string][] = [
    ['platforms', 'packages/bureau/pages/platforms/index', '.plat-item'],
    ['register', 'packages/bureau/pages/platform-form/index', '.plat-register'],
    ['platform', 'packages/bureau/pages/platform-form/index?id=PLATFORM', '.plat-edit-page'],
    ['record', 'packages/bureau/pages/platform-record/index', '.plat-record-search'],
  ];

  test.each(provincePages)(
    'the province’s %s screen has no serious or critical axe violation',
    async (name, path, ready) => {
      await open(province, path.replace('PLATFORM', String(platformId)), ready);
      expect(listed(severe(await audit(province, name)))).toEqual([]);
    },
  );

  test('the platform’s workspace has no serious or critical axe violation', async () => {
    const platform = await phonePage(app.browser, { bypassCSP: true });
    await signIn(platform, PLATFORM_USER);
    await open(platform, 'packages/platform/pages/inbox/index', '.plat-desk');
    expect(listed(severe(await audit(platform, 'platform desk')))).toEqual([]);
  });
});

interface Stop {
  role: string;
  name: string;
  cls: string;
}

/** What has focus, as a screen reader names it (Chromium's accessibility tree) and where it sits. */
async function focused(page: Page): Promise<Stop | undefined> {
  const el = page.locator(':focus');
  if ((await el.count()) === 0) return undefined;
  const first = (await el.ariaSnapshot()).split('\n')[0];
  const [, role = '', name = ''] = /^- (\w+)(?: "(.*?)")?/.exec(first) ?? [];
  const cls = await el.evaluate((e) => {
    const classes: string[] = [];
    for (let n: Element | null = e; n && classes.length < 4; n = n.parentElement) classes.push(n.className);
    return classes.join(' ');
  });
  return { role, name, cls };
}

/** Presses Tab from the top of a fresh home screen until focus leaves the page; each stop on the way. */
async function tabStops(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe('the keyboard', () => {
  const home = async () => {
    await app.page.goto(`${app.server.url}/#/pages/index/index`);
    await app.page.reload();
    await app.page.locator('.home-cat').first().waitFor();
  };

  test('Tab reaches 扫码, the search box, 搜索, every category tile and the tab bar, each with a name', async () => {
    await home();
    const stops = await tabStops(app.page);
    const names = stops.map((s) => s.name);
    console.log(`Tab stops on 查询: ${stops.map((s) => `${s.role} "${s.name}"`).join(', ')}`);
    expect(stops.filter((s) => s.name === '')).toEqual([]);
    expect(names.find((n) => n.includes('扫码查询'))).toBeDefined();
    expect(stops.find((s) => s.role === 'searchbox' && s.cls.includes('home-search'))).toBeDefined();
    expect(stops.find((s) => s.role === 'button' && s.name === '搜索')).toBeDefined();
    for (const cat of ['电子电器', '儿童用品', '其他产品'])
      expect(stops.find((s) => s.role === 'link' && s.name === cat)).toBeDefined();
    expect(names.indexOf('搜索')).toBeLessThan(names.indexOf('电子电器'));
    for (const tab of ['查询', '报告', '消息', '我的']) expect(names).toContain(tab);
  });

  test('type a keyword, Tab to 搜索 and press Enter: the results', async () => {
    await home();
    const input = app.page.locator('.home-search input');
    await input.focus();
    await app.page.keyboard.type('打火机');
    await app.page.keyboard.press('Tab');
    await expect(focused(app.page)).resolves.toMatchObject({ role: 'button', name: '搜索' });
    await app.page.keyboard.press('Enter');
    await app.page.locator('.search .recall-card').first().waitFor();
    await expect(app.page.locator('.search .recall-card').first().innerText()).resolves.toContain('豪牌');
  });

  test('a category tile pressed with Space opens that category', async () => {
    await home();
    const name = async () => (await focused(app.page))?.name;
    for (let i = 0; i < 30 && (await name()) !== '儿童用品'; i++) await app.page.keyboard.press('Tab');
    expect(await name()).toBe('儿童用品');
    await app.page.keyboard.press(' ');
    const chip = app.page.locator('.search .cat-chip[aria-pressed="true"]:visible');
    await chip.waitFor();
    await expect(chip.innerText()).resolves.toBe('儿童用品');
  });
});

test('大字模式 in 我的 enlarges the tab bar too (was 10 px whatever the mode)', async () => {
  await open(app.page, 'pages/me/index', '.me-large-text');
  const labelPx = () =>
    app.page
      .locator('.weui-tabbar__label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const barPx = () => app.page.locator('.taro-tabbar__tabbar').evaluate((el) => el.getBoundingClientRect().height);
  const before = await labelPx();
  const barBefore = await barPx();
  expect(before).toBeGreaterThanOrEqual(12);
  await app.page.locator('.me-large-text').click();
  const after = await until(labelPx, (px) => px > before);
  expect(after).toBeGreaterThanOrEqual(16);
  // the bar grows with its labels and icons, so nothing is clipped (read once its layout has settled)
  expect(await until(barPx, (h) => h > barBefore)).toBeGreaterThan(barBefore);
  await screenshot(app.page, 'a11y-large-text-tab-bar');
  await app.page.locator('.me-large-text').click();
  // Back to the normal size (sizes are rem: the root size may move by a fraction as the page reflows).
  expect(await until(labelPx, (px) => Math.abs(px - before) < 1)).toBeCloseTo(before, 0);
});
