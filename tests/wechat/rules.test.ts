import { expectClean, weappWorld } from './support';

/**
 * The runtime holds the app to WeChat's rules, so that a flow passing here would not be refused
 * on a phone: each rule is broken on purpose and the refusal WeChat gives is checked.
 */
const world = weappWorld('weapp_rules');

test('the logic layer has WeChat globals and no browser or Node ones', async () => {
  const rt = await world.open('rules-globals');
  const missing = [
    'window',
    'document',
    'fetch',
    'URL',
    'TextEncoder',
    'AbortController',
    'Buffer',
    'process',
    'require',
  ];
  expect(rt.logic(`[${missing.map((g) => `typeof ${g}`).join(',')}]`)).toEqual(missing.map(() => 'undefined'));
  expect(rt.logic('[typeof wx, typeof getCurrentPages, typeof getApp, typeof Page]')).toEqual([
    'object',
    'function',
    'function',
    'function',
  ]);
  expectClean(rt);
});

test('a subscribe prompt outside a tap is refused, as WeChat refuses it', async () => {
  const rt = await world.open('rules-subscribe');
  const answer = await (rt.logic(
    `wx.requestSubscribeMessage({ tmplIds: ['tmpl-recall-alert'] }).catch((e) => e)`,
  ) as Promise<{
    errMsg: string;
  }>);
  expect(answer.errMsg).toBe('requestSubscribeMessage:fail can only be invoked by user TAP gesture.');
  expect(rt.phone.subscribePrompts).toEqual([]);
  expect(rt.errors).toEqual([]);
});

test('tab-bar APIs work only on a tab page', async () => {
  const rt = await world.open('rules-tabbar');
  await rt.open('navigateTo', '/pages/search/index');
  const answer = await (rt.logic(`wx.setTabBarBadge({ index: 2, text: '1' }).catch((e) => e)`) as Promise<{
    errMsg: string;
  }>);
  expect(answer.errMsg).toBe('setTabBarBadge:fail not TabBar page');
  await rt.back(1);
  await rt.logic(`wx.setTabBarBadge({ index: 2, text: '1' })`);
  await rt.settle();
  expect(rt.phone.badges.get(2)).toBe('1');
  // The app draws its own tab bar (tabBar.custom): WeChat's badge API does not reach it.
  expect(rt.badge('消息')).toBeUndefined();
});

test("a privacy API waits for the app's popup; declining refuses the call", async () => {
  const rt = await world.open('rules-privacy');
  const scan = rt.logic(`wx.scanCode({}).catch((e) => e)`) as Promise<{ errMsg: string; errno: number }>;
  await rt.waitForText('用户隐私保护提示');
  expect(rt.calls.filter((c) => c.api === 'scanCode')).toEqual([]);
  await rt.tap('不同意');
  expect(await scan).toEqual({ errMsg: 'scanCode:fail privacy permission is not authorized', errno: 104 });
  expect(rt.text()).not.toContain('用户隐私保护提示');
  expect(rt.phone.privacyAgreed).toBe(false);
});

test('the page stack holds 10 pages, and tab pages stay alive across switchTab', async () => {
  const rt = await world.open('rules-stack');
  const home = rt.top();
  for (let i = 1; i < 10; i++) await rt.open('navigateTo', `/pages/search/index?q=${i}`);
  expect(rt.stack.length).toBe(10);
  await expect(rt.open('navigateTo', '/pages/search/index?q=11')).rejects.toThrow('webview count limit exceed');
  await expect(rt.open('navigateTo', '/pages/report/index')).rejects.toThrow('can not navigateTo a tabbar page');
  await rt.tapTab('报告');
  expect(rt.stack.length).toBe(1);
  await rt.tapTab('查询');
  expect(rt.top()).toBe(home);
  expectClean(rt);
});

test('the query reaches onLoad as written, undecoded, and the page decodes it', async () => {
  const rt = await world.open('rules-query');
  await rt.open('navigateTo', `/pages/search/index?q=${encodeURIComponent('打火机')}`);
  expect(rt.top()!.instance.options).toMatchObject({ q: '%E6%89%93%E7%81%AB%E6%9C%BA' });
  await rt.waitFor(() => rt.$$('.recall-card').length > 0, 'results for 打火机');
  expect(rt.text()).toContain('豪牌');
  expectClean(rt);
});

test('setData with an undefined value or an oversized payload is flagged', async () => {
  const rt = await world.open('rules-setdata');
  const page = rt.top()!.instance as { setData: (d: Record<string, unknown>) => void };
  page.setData({ broken: undefined });
  page.setData({ huge: 'x'.repeat(1100 * 1024) });
  await rt.settle();
  expect(rt.violations).toEqual([
    'setData: pages/index/index: "broken" is undefined',
    expect.stringMatching(/^setData: pages\/index\/index: \d+ bytes in one call \(limit 1 MB\)$/),
  ]);
});

// A promise rejected and never caught fails the test through Jest itself (its own handler).
test('an error thrown in app code is a script error, not silence', async () => {
  const rt = await world.open('rules-errors');
  rt.logic(`setTimeout(() => { throw new Error('thrown in a timer'); }, 0)`);
  rt.logic(`console.error('logged as an error')`);
  await new Promise((r) => setTimeout(r, 100));
  expect(rt.errors).toEqual([
    expect.stringContaining('logged as an error'),
    expect.stringContaining('thrown in a timer'),
  ]);
});
