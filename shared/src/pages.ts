/**
 * Every page of the mini-program, in one place: the miniapp builds app.json and navigates from
 * here, and the server links messages to the same pages. Free of imports: the miniapp's app.config
 * evaluates it at build time in Node.
 */

/** Consumer pages: the tabs in the main package, the others in subpackages (CONSUMER_SUBPACKAGES). */
export const PAGES = {
  index: 'pages/index/index',
  report: 'pages/report/index',
  messages: 'pages/messages/index',
  me: 'pages/me/index',
  search: 'pages/search/index',
  /** One recall (`?id=`): the landing page of shared links, so it lives in the main package. */
  recall: 'pages/recall/index',
  /** 查一查我的这件 (`?gtin=&brand=&model=&batch=&productionDate=&recallId=`). */
  check: 'pages/check/index',
  login: 'pages/login/index',
  /** After a report is sent: receipt number, which bureau got it and why (`?id=`). */
  clueReceipt: 'pages/clue-receipt/index',
  /** 我的报告: the signed-in person's clue reports. */
  myClues: 'pages/my-clues/index',
  /** One of my reports with its timeline (`?id=`). */
  clue: 'pages/clue/index',
  /** 申请召回: a consumer says "I have this" on a published recall (`?recallId=`). */
  recallRequest: 'pages/recall-request/index',
  /** 我的召回申请: my remedy requests. */
  myRequests: 'pages/my-requests/index',
  /** One remedy request with every step (`?id=`). */
  request: 'pages/request/index',
  /** 我的产品: followed products, each with the recalls that match it. */
  myProducts: 'pages/my-products/index',
  /** 召回统计: the province's published recalls by year or quarter, category, city and defect class (open data). */
  statistics: 'pages/statistics/index',
} as const;

/** Staff workspaces, each a subpackage loaded on demand. */
export const SUBPACKAGES = {
  bureau: {
    root: 'packages/bureau',
    pages: {
      inbox: 'pages/inbox/index',
      /** One clue: photos, routing reason, timeline, duplicates and the actions (`?id=`). */
      clue: 'pages/clue/index',
      /** 录入线索: a clue from another source of 第八条. */
      enter: 'pages/enter/index',
      import: 'pages/import/index',
      /** 导入国外召回: a file of US, EU or Canadian recalls matched into clues (province, admin). */
      foreignImport: 'pages/foreign-import/index',
      /** 案件: cases with due-soon and overdue filters. */
      cases: 'pages/cases/index',
      /** One case: deadline, documents, timeline, actions (`?id=`). */
      case: 'pages/case/index',
      /** The forms an action needs (`?id=&action=`). */
      caseForm: 'pages/case-form/index',
      /** 立案 from a clue (`?clueId=`) or a discovery. */
      openCase: 'pages/open-case/index',
      /** 生产者邀请码. */
      invite: 'pages/invite/index',
      /** 法定节假日安排: the years the working-day calendar covers, and entering one (province, admin). */
      calendar: 'pages/calendar/index',
      /** 统计分析: recalls and clues by period, city, category and defect class, with exports. */
      statistics: 'pages/statistics/index',
      /** 督办: open cases' deadlines by city, what is overdue, what waits for the province. */
      oversight: 'pages/oversight/index',
      /** 评价: the province's evaluation of each city's recall work (苏 第二十一条), with exports. */
      evaluation: 'pages/evaluation/index',
      /** 召回技术机构工作台: what the institution is asked (技术会商, 风险评估), by status. */
      technical: 'pages/technical/index',
      /** One request, its clue or case as the institution may read it, and the answer form (`?id=`). */
      technicalRequest: 'pages/technical-request/index',
      /** A bureau asks the institution (`?clueId=` or `?caseId=`, `&kind=`). */
      technicalAsk: 'pages/technical-ask/index',
      /** 专家库: the province maintains it; bureaus and the institution read it, masked. */
      experts: 'pages/experts/index',
      /** 案例库: typical cases, searched by category, defect class and keyword. */
      typicalCases: 'pages/typical-cases/index',
      /** 县级市场监管局工作台: the county's clues, deliveries and assistance requests. */
      county: 'pages/county/index',
      /** 县级市场监管局录入线索. */
      countyEnter: 'pages/county-enter/index',
      /** One clue of the county, read-only (`?id=`). */
      countyClue: 'pages/county-clue/index',
      /** One case as the county sees it: notices to deliver, assistance to answer (`?id=`). */
      countyCase: 'pages/county-case/index',
      /** 发布消费提示 (`?caseId=` or `?clueId=`), or its correction (`?id=`). */
      warning: 'pages/warning/index',
      /**
       * 委托核查 (辽 第五、九、十七条): the province's commissions, or those made to a city or county
       * bureau; with `?clueId=` or `?caseId=` the province commissions one.
       */
      commissions: 'pages/commissions/index',
      /** One commission and its feedback; the commissioned bureau files it here (`?id=`). */
      commission: 'pages/commission/index',
      /** 电商平台: the registered platforms with their subscription, last delivery and tally (province, admin). */
      platforms: 'pages/platforms/index',
      /** 登记 a platform, or (`?id=`) edit, disable or renew its credentials; credentials are shown once here. */
      platformForm: 'pages/platform-form/index',
      /** Each platform's record over a period (承诺履行评价), exported as Excel. */
      platformRecord: 'pages/platform-record/index',
      /** 电商平台处置 of one published recall (`?recallId=`), for a recall without a case page. */
      recallPlatforms: 'pages/recall-platforms/index',
    },
  },
  /** 电商平台工作台: the recalls pushed to a platform, its acknowledgement and measures. */
  platform: {
    root: 'packages/platform',
    pages: {
      /** Recalls received, overdue first, then newest. */
      inbox: 'pages/inbox/index',
      /** One recall: its public details, 确认收到 and the measures (`?recallId=`). */
      recall: 'pages/recall/index',
    },
  },
  producer: {
    root: 'packages/producer',
    pages: {
      /** Notices and cases, with receipts to confirm and deadlines. */
      inbox: 'pages/inbox/index',
      case: 'pages/case/index',
      /** `?id=&action=`, `?id=&receipt=<docId>` or `?voluntary=1`. */
      caseForm: 'pages/case-form/index',
      /** 召回申请: customer service's list of consumers' remedy requests. */
      requests: 'pages/requests/index',
      request: 'pages/request/index',
      /** Bind to a producer with a bureau's invitation code. */
      bind: 'pages/bind/index',
      /** 事故报告 (办法 第四条): the company's reports of deaths and injuries and where each stands. */
      incidents: 'pages/incidents/index',
      /** Filing one. */
      incidentForm: 'pages/incident-form/index',
      /** One report (`?id=`). */
      incident: 'pages/incident/index',
    },
  },
} as const;

export const BUREAU_INBOX = `${SUBPACKAGES.bureau.root}/${SUBPACKAGES.bureau.pages.inbox}` as const;
export const BUREAU_CLUE = `${SUBPACKAGES.bureau.root}/${SUBPACKAGES.bureau.pages.clue}` as const;
export const BUREAU_ENTER = `${SUBPACKAGES.bureau.root}/${SUBPACKAGES.bureau.pages.enter}` as const;
export const BUREAU_IMPORT = `${SUBPACKAGES.bureau.root}/${SUBPACKAGES.bureau.pages.import}` as const;
export const PRODUCER_INBOX = `${SUBPACKAGES.producer.root}/${SUBPACKAGES.producer.pages.inbox}` as const;
/** Any subpackage page by key, e.g. subpage('bureau', 'case'). */
export function subpage<P extends keyof typeof SUBPACKAGES>(
  pkg: P,
  page: keyof (typeof SUBPACKAGES)[P]['pages'],
): string {
  const p = SUBPACKAGES[pkg];
  return `${p.root}/${(p.pages as Record<string, string>)[page as string]}`;
}

/** Tab bar, in display order. Icons are generated by scripts/gen-tabbar-icons.js. */
export const TABS = [
  { pagePath: PAGES.index, text: '查询', icon: 'search' },
  { pagePath: PAGES.report, text: '报告', icon: 'report' },
  { pagePath: PAGES.messages, text: '消息', icon: 'messages' },
  { pagePath: PAGES.me, text: '我的', icon: 'me' },
] as const;

/** Page paths that are tabs (navigate with switchTab, never navigateTo). */
export const TAB_PATHS: readonly string[] = TABS.map((t) => t.pagePath);

/** Main-package pages: the tab pages only, the launch page first (WeChat's limit is 2 MB). */
export const MAIN_PAGES: string[] = TABS.map((t) => t.pagePath);

/** The subpackage root of a consumer page outside the tab bar: its folder, e.g. 'pages/search'. */
export function consumerRoot(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/**
 * The other consumer pages, each a subpackage of its own rooted at the page's folder (root
 * `pages/search`, page `index`): the main package holds only what the tab bar opens first, while
 * every page path — in links, shared cards and messages already sent — stays as it was.
 */
export const CONSUMER_SUBPACKAGES: { root: string; pages: string[] }[] = Object.values(PAGES)
  .filter((path) => !TAB_PATHS.includes(path))
  .map((path) => ({ root: consumerRoot(path), pages: [path.slice(consumerRoot(path).length + 1)] }));

/** Absolute page URL (for navigation, and for links in messages), with an optional query string. */
export function pageUrl(path: string, query?: Record<string, string | number | undefined>): string {
  const qs = query
    ? Object.entries(query)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join('&')
    : '';
  return `/${path}${qs ? `?${qs}` : ''}`;
}
