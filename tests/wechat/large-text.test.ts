import { expectClean, weappWorld } from './support';

/**
 * 大字模式 in WeChat follows the person's WeChat font size (设置 › 通用 › 字体大小), as WeChat's
 * 适老化 guide asks, until they choose otherwise in 我的.
 */
const world = weappWorld('weapp_large_text');
const large = (rt: Awaited<ReturnType<typeof world.open>>) => rt.$$('.screen--large').length > 0;

test('standard WeChat font: the usual text size', async () => {
  const rt = await world.open('standard-font', undefined, undefined, (phone) => (phone.fontSizeSetting = 17));
  await rt.waitFor(() => rt.$$('.home-search').length > 0, 'the home page');
  expect(large(rt)).toBe(false);
  expectClean(rt);
});

test('WeChat 关怀模式 font (23.8 px): large text on every page from the start, until turned off in 我的', async () => {
  const rt = await world.open('care-mode', undefined, undefined, (phone) => (phone.fontSizeSetting = 23.8));
  await rt.waitFor(() => rt.$$('.home-search').length > 0, 'the home page');
  expect(large(rt)).toBe(true);
  await rt.tapTab('我的');
  await rt.waitForRoute('pages/me/index');
  await rt.waitForText('已开启：文字和按钮已放大');
  expect(large(rt)).toBe(true);
  await rt.tap('.me-large-text');
  await rt.waitFor(() => !large(rt), 'large text off');
  await rt.tapTab('查询');
  await rt.waitFor(() => !large(rt), 'the home page in the usual size');
  expectClean(rt);
});
