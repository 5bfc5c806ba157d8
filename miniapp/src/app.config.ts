import { MAIN_PAGES, SUBPACKAGES, TABS, THEME } from './constants/routes';

export default defineAppConfig({
  pages: MAIN_PAGES,
  subPackages: Object.values(SUBPACKAGES).map((p) => ({
    root: p.root,
    pages: Object.values(p.pages),
  })),
  // Staff open their workspace from 我的; nothing to preload for consumers.
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: THEME.background,
    navigationBarBackgroundColor: THEME.primary,
    navigationBarTitleText: '缺陷消费品召回',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
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
