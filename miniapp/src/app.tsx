import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { registerPrivacyListener } from './services/privacy';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // WeChat holds privacy interfaces until the person answers our PrivacyPopup.
    registerPrivacyListener();
  });

  // children are the pages
  return children;
}

export default App;
