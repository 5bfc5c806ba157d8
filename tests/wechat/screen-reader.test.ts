import { expectClean, weappWorld } from './support';

/**
 * WeChat's screen reader (读屏, VoiceOver or TalkBack inside WeChat) reads `aria-role`,
 * `aria-label`, `aria-hidden` and `aria-selected` on view, text and image. The built weapp renders
 * them where the h5 build has role, aria-label and alt: what a blind person hears. (The test
 * runtime hands attributes over camelCased, as Taro's own props are: aria-role is `ariaRole`.)
 */
const world = weappWorld('weapp_screen_reader');

test('搜索 is a button, icons stay silent, a category reads as selected once chosen', async () => {
  const rt = await world.open('screen-reader');
  await rt.waitFor(() => rt.$$('.home-search').length > 0, 'the home page');
  expect(rt.$$('.home-search__go')[0].attr.ariaRole).toBe('button');
  expect(rt.$$('.home-search__icon')[0].attr.ariaHidden).toBe('true');

  await rt.type('.home-search', '打火机');
  await rt.confirm('.home-search');
  await rt.waitForRoute('pages/search/index');
  await rt.waitFor(() => rt.$$('.recall-card__product').length > 0, 'the 打火机 results');
  expect(rt.$$('.recall-card__product')[0].attr.ariaRole).toBe('link');
  const chips = rt.$$('.cat-chip');
  expect(chips.map((c) => c.attr.ariaRole)).toEqual(chips.map(() => 'button'));
  expect(chips.filter((c) => c.attr.ariaSelected === 'true')).toHaveLength(1);
  await rt.tap(chips[1]);
  await rt.waitFor(() => rt.$$('.cat-chip')[1].attr.ariaSelected === 'true', 'the chosen category');
  expect(rt.$$('.cat-chip')[0].attr.ariaSelected).toBe('false');
  expectClean(rt);
});
