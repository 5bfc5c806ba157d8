import fs from 'fs';
import path from 'path';
import { createSuzhouOfficer } from '../support/server';
import type { WeappRuntime } from './runtime/runtime';
import { DIST, expectClean, weappWorld } from './support';

/**
 * The weapp's own tab bar (miniapp/src/custom-tab-bar): WeChat's native bar keeps 10 px labels
 * whatever the person's font size, so the app draws the four tabs itself. Here the person taps it
 * to move between tabs, sees the unread count on 消息 when a message arrives, and gets larger
 * labels in large-text mode; WeChat's screen reader hears each tab's name and state.
 */
const world = weappWorld('weapp_tab_bar', createSuzhouOfficer);

const TABS = ['查询', '报告', '消息', '我的'];
/** A defect report as POST /api/clues takes it: a heater bought in Suzhou. */
const REPORT = {
  categoryCode: '01',
  productName: '电暖器',
  brand: '暖阳',
  model: 'NY-2000',
  description: '使用半小时后外壳发烫冒烟。',
  injury: 'none',
  regionCode: '320505',
  contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区竹园路 209 号' },
  photoIds: [],
};
const selected = (rt: WeappRuntime) => TABS.filter((t) => rt.tabItem(t)?.attr.ariaSelected === 'true');

test('the tab bar is the app’s own, one per tab page; tapping a tab switches to it and marks it', async () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
  expect(appJson.tabBar.custom).toBe(true);
  expect(appJson.tabBar.list.map((t: { text: string }) => t.text)).toEqual(TABS);

  const rt = await world.open('tab-walker');
  await rt.waitFor(() => rt.$$('.home-search').length > 0, 'the home page');
  await rt.waitFor(() => selected(rt).join() === '查询', '查询 selected');
  const bar = rt.tabBar()!;
  expect(bar).toBeDefined();
  expect(rt.$$('.tab-bar__item').map((n) => n.attr.ariaLabel)).toEqual(TABS);

  const visits: Array<[string, string]> = [
    ['报告', 'pages/report/index'],
    ['消息', 'pages/messages/index'],
    ['我的', 'pages/me/index'],
    ['查询', 'pages/index/index'],
  ];
  for (const [tab, route] of visits) {
    await rt.tapTab(tab);
    expect(rt.route).toBe(route);
    await rt.waitFor(() => selected(rt).join() === tab, `${tab} selected on its own page`);
    // The selected tab shows its filled icon, the others their outline.
    const icons = rt.$$('.tab-bar__icon').map((n) => String(n.attr.src));
    expect(icons.filter((src) => src.endsWith('-active.png'))).toHaveLength(1);
  }
  // Tab pages stay alive across switchTab: the stack holds one page, home is the one first opened.
  expect(rt.stack.map((p) => p.template)).toEqual(['pages/index/index']);
  // Tapping the tab already shown stays there.
  await rt.tapTab('查询');
  expect(rt.route).toBe('pages/index/index');
  // Off the tab pages there is no tab bar, as in WeChat.
  await rt.open('navigateTo', '/pages/search/index');
  expect(rt.tabBar()).toBeUndefined();
  expectClean(rt);
});

test('a message arrives: 消息 shows the count on every tab page, and WeChat’s screen reader says it', async () => {
  const rt = await world.open('tab-reader');
  await rt.tapTab('消息');
  await rt.waitForText('暂无消息');
  expect(rt.badge('消息')).toBeUndefined();

  // The same WeChat user reports a defect from another device: its first step is a message to them.
  const auth = await post(`${world.server.url}/api/auth/wechat`, { code: 'tab-reader' });
  await post(`${world.server.url}/api/clues`, REPORT, auth.token as string);

  // The tabs reuse a count 3 s old, then ask again when a tab page shows.
  await new Promise((r) => setTimeout(r, 3100));
  await rt.tapTab('我的');
  await rt.waitFor(() => rt.badge('消息') === '1', 'the badge 1 on 消息');
  expect(rt.tabItem('消息')!.attr.ariaLabel).toBe('消息，1 条未读');
  expect(rt.tabItem('我的')!.attr.ariaLabel).toBe('我的');
  await rt.tapTab('查询');
  await rt.waitFor(() => rt.badge('消息') === '1', 'the badge on the home page’s tab bar too');
  // The count is the bar's own: nothing asked WeChat's native badge, which a custom bar never shows.
  expect(rt.calls.filter((c) => /TabBarBadge$/.test(c.api))).toEqual([]);

  await rt.tapTab('消息');
  await rt.waitFor(() => rt.$$('.message-row--unread').length > 0, 'the unread message');
  await rt.tap('.message-row--unread');
  await rt.waitFor(() => rt.route !== 'pages/messages/index', 'the message to open its report');
  await rt.open('switchTab', '/pages/messages/index');
  await rt.waitFor(() => rt.badge('消息') === undefined, 'the badge gone once read');
  expect(rt.tabItem('消息')!.attr.ariaLabel).toBe('消息');
  expectClean(rt);
});

test('WeChat’s screen reader: a tab list named 主菜单, tabs with names, the current one selected, icons silent', async () => {
  const rt = await world.open('tab-screen-reader');
  await rt.waitFor(() => selected(rt).length === 1, 'a selected tab');
  const list = rt.$$('.tab-bar')[0];
  expect(list.attr.ariaRole).toBe('tablist');
  expect(list.attr.ariaLabel).toBe('主菜单');
  const items = rt.$$('.tab-bar__item');
  expect(items.map((n) => n.attr.ariaRole)).toEqual(TABS.map(() => 'tab'));
  expect(items.map((n) => n.attr.ariaSelected)).toEqual(['true', 'false', 'false', 'false']);
  expect(rt.$$('.tab-bar__icon').map((n) => n.attr.ariaHidden)).toEqual(TABS.map(() => 'true'));
  expectClean(rt);
});

test('large text: WeChat 关怀模式 font gives the tab bar larger labels, until turned off in 我的', async () => {
  const rt = await world.open('tab-large', undefined, undefined, (phone) => (phone.fontSizeSetting = 23.8));
  await rt.waitFor(() => rt.$$('.home-search').length > 0, 'the home page');
  const large = () => rt.$$('.tab-bar--large').length === 1;
  expect(large()).toBe(true);
  await rt.tapTab('我的');
  await rt.waitForText('已开启：文字和按钮已放大');
  expect(large()).toBe(true);
  await rt.tap('.me-large-text');
  await rt.waitFor(() => !large(), 'the usual tab bar on 我的');
  await rt.tapTab('查询');
  await rt.waitFor(() => rt.$$('.home-search').length > 0 && !large(), 'the usual tab bar on the home page');
  expectClean(rt);

  // What the class means on a phone, from the bar's compiled WXSS: labels 16 px instead of 12 px
  // (WeChat's own bar: 10 px), tabs at least 48 px tall (750 rpx = a 375 px wide phone).
  const css = fs.readFileSync(path.join(DIST, 'custom-tab-bar/index.wxss'), 'utf8');
  expect(rpx(css, '.tab-bar__label', 'font-size')).toBe(24);
  expect(rpx(css, '.tab-bar--large .tab-bar__label', 'font-size')).toBe(32);
  expect(rpx(css, '.tab-bar__item', 'min-height')).toBeGreaterThanOrEqual(96);
  expect(rpx(css, '.tab-bar', 'height')).toBeGreaterThanOrEqual(96);
  expect(rpx(css, '.tab-bar--large', 'height')).toBeGreaterThan(rpx(css, '.tab-bar', 'height'));
});

/** The rpx size a WXSS rule with exactly this selector gives a property (`calc(24rpx * var(--fs, 1))` → 24). */
function rpx(css: string, selector: string, prop: string): number {
  const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)];
  const rule = rules.find((r) => r[1].trim() === selector && new RegExp(`(^|;)\\s*${prop}\\s*:`).test(r[2]));
  if (!rule) throw new Error(`no ${prop} for "${selector}" in the tab bar's WXSS:\n${css}`);
  const value = rule[2].match(new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`))![1];
  const n = value.match(/([\d.]+)rpx/);
  if (!n) throw new Error(`${selector} ${prop}: ${value} is not in rpx`);
  return Number(n[1]);
}

async function post(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
