import type { PropsWithChildren } from 'react';
import { useDidShow, useLaunch } from '@tarojs/taro';
import { registerPrivacyListener } from './services/privacy';
import { loadTemplateIds } from './features/notify/subscribe';
import { refreshUnread } from './features/notify/unread';
import { largeTextStore } from './services/prefs';
import { enableKeyboard, largeTextOnRoot } from './utils/a11y';
import { keepFrontPageShown } from './utils/h5-page-shade';
import { isH5, isWeapp } from './utils/env';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // WeChat holds privacy interfaces until the person answers our PrivacyPopup.
    registerPrivacyListener();
    // Subscribe template ids are the server's to choose; the taps that ask need them at hand.
    if (isWeapp()) void loadTemplateIds();
    // A keyboard reaches and presses every Button and tappable View in the browser (utils/a11y.ts).
    if (isH5()) {
      enableKeyboard();
      largeTextOnRoot(largeTextStore);
      keepFrontPageShown();
    }
  });
  // The unread count on the 消息 tab, fresh whenever the app comes to the foreground.
  useDidShow(() => void refreshUnread());

  // children are the pages
  return children;
}

export default App;
