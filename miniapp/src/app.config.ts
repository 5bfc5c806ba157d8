import { CONSUMER_SUBPACKAGES, MAIN_PAGES, PAGES, SUBPACKAGES, TABS, THEME, consumerRoot } from './constants/routes';

/** Where each consumer page is likely to be opened next from, so its subpackage is fetched early. */
const PRELOAD: [from: string, next: string[]][] = [
  [PAGES.index, [PAGES.search, PAGES.recall, PAGES.check]],
  [PAGES.report, [PAGES.clueReceipt, PAGES.login]],
  [PAGES.messages, [PAGES.recall, PAGES.clue, PAGES.request]],
  [PAGES.me, [PAGES.login, PAGES.myClues, PAGES.myRequests, PAGES.myProducts]],
  [PAGES.recall, [PAGES.check, PAGES.recallRequest]],
  [PAGES.search, [PAGES.recall]],
];

export default defineAppConfig({
  pages: MAIN_PAGES,
  subPackages: [
    ...CONSUMER_SUBPACKAGES,
    ...Object.values(SUBPACKAGES).map((p) => ({ root: p.root, pages: Object.values(p.pages) })),
  ],
  // Staff open their workspace from 我的; nothing of theirs is preloaded for consumers.
  preloadRule: Object.fromEntries(
    PRELOAD.map(([from, next]) => [from, { network: 'all', packages: next.map(consumerRoot) }]),
  ),
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: THEME.background,
    navigationBarBackgroundColor: THEME.primary,
    navigationBarTitleText: '缺陷消费品召回',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    // The weapp draws its own tab bar (custom-tab-bar/): WeChat's keeps 10 px labels in large text.
    // The list stays complete, as WeChat requires, and still marks the tab pages; Taro's h5 build has
    // no custom tab bar and keeps its own.
    ...(process.env.TARO_ENV === 'weapp' ? { custom: true } : {}),
    color: THEME.muted,
    selectedColor: THEME.primary,
    backgroundColor: THEME.white,
    borderStyle: 'white',
    list: TABS.map((t) => ({
      pagePath: t.pagePath,
      text: t.text,
      iconPath: `assets/tabbar/${t.icon}.png`,
      selectedIconPath: `assets/tabbar/${t.icon}-active.png`,
    })),
  },
  // Privacy interfaces (scanCode, login) go through onNeedPrivacyAuthorization; see services/privacy.ts.
  ...(process.env.TARO_ENV === 'weapp' ? { __usePrivacyCheck__: true } : {}),
  lazyCodeLoading: 'requiredComponents',
});
