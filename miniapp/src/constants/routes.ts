/**
 * The app's routes come from @recall/shared (shared/src/pages.ts), the one source the server's
 * message links use too. Imported by file so that app.config, evaluated at build time in Node,
 * loads nothing else of the shared package.
 */
export {
  BUREAU_CLUE,
  BUREAU_ENTER,
  BUREAU_IMPORT,
  BUREAU_INBOX,
  CONSUMER_SUBPACKAGES,
  consumerRoot,
  MAIN_PAGES,
  PAGES,
  PRODUCER_INBOX,
  SUBPACKAGES,
  TAB_PATHS,
  TABS,
  pageUrl as url,
  subpage,
} from '@recall/shared/dist/pages';

/** Brand colours shared by the tab bar, the navigation bar and app.css. */
export const THEME = {
  primary: '#1B5BBF',
  primaryDark: '#123F8C',
  text: '#1F2A3D',
  /** The tab bar's unselected labels: 5.1:1 on white, as app.css's muted text. */
  muted: '#646E80',
  background: '#F3F5F9',
  white: '#FFFFFF',
} as const;
