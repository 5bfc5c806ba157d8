import { CONSUMER_SUBPACKAGES, MAIN_PAGES, PAGES, pageUrl, SUBPACKAGES, subpage, TAB_PATHS } from '../src/pages';

/** The one list of pages: what app.json is built from and what message links point at. */
describe('pages', () => {
  test.each([
    [PAGES.recall, { id: 3 }, '/pages/recall/index?id=3'],
    [subpage('bureau', 'case'), { id: 12 }, '/packages/bureau/pages/case/index?id=12'],
    [subpage('producer', 'request'), { id: 7 }, '/packages/producer/pages/request/index?id=7'],
    [PAGES.search, { q: '电暖器 春晖' }, '/pages/search/index?q=%E7%94%B5%E6%9A%96%E5%99%A8%20%E6%98%A5%E6%99%96'],
    [PAGES.check, { gtin: '6901234567892', batch: '', model: undefined }, '/pages/check/index?gtin=6901234567892'],
    [PAGES.messages, undefined, '/pages/messages/index'],
  ])('pageUrl(%s, %j) → %s', (path, query, expected) => {
    expect(pageUrl(path, query)).toBe(expected);
  });

  test('the launch page comes first, every tab is a main-package page, and every page is listed once', () => {
    expect(MAIN_PAGES[0]).toBe(PAGES.index);
    for (const tab of TAB_PATHS) expect(MAIN_PAGES).toContain(tab);
    const consumer = CONSUMER_SUBPACKAGES.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`));
    expect(new Set([...MAIN_PAGES, ...consumer]).size).toBe(Object.keys(PAGES).length);
    expect([...MAIN_PAGES, ...consumer].sort()).toEqual(Object.values(PAGES).sort());
    for (const pkg of Object.values(SUBPACKAGES)) {
      for (const page of Object.values(pkg.pages)) expect(MAIN_PAGES).not.toContain(`${pkg.root}/${page}`);
    }
  });

  test('the main package holds the tab pages only; the other consumer pages keep their paths as subpackages', () => {
    expect(MAIN_PAGES).toEqual([...TAB_PATHS]);
    expect(CONSUMER_SUBPACKAGES).toContainEqual({ root: 'pages/recall', pages: ['index'] });
    expect(CONSUMER_SUBPACKAGES).toContainEqual({ root: 'pages/recall-request', pages: ['index'] });
    // No subpackage root lies inside another (WeChat rejects nested roots).
    const roots = [...CONSUMER_SUBPACKAGES, ...Object.values(SUBPACKAGES)].map((p) => `${p.root}/`);
    for (const a of roots) for (const b of roots) if (a !== b) expect(a.startsWith(b)).toBe(false);
  });
});
