import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { PAGES, TABS } from '../constants/routes';
import { unreadStore } from '../features/notify/unread';
import { largeTextStore } from '../services/prefs';
import { selectedTab } from '../services/tabBar';
import { decorative } from '../utils/a11y';
import './index.css';

/**
 * The weapp's tab bar (app.config.ts sets tabBar.custom in the weapp build). WeChat's own bar keeps
 * 10 px labels whatever the person's font size, so this one draws the same four tabs itself: labels
 * that grow in large-text mode, tabs at least 48 px tall, names and states for WeChat's screen
 * reader, and the unread count on 消息 from the same store the message center keeps. The browser
 * build keeps Taro's own tab bar (see app.css and utils/a11y.ts).
 */
type Store<T> = { get: () => T; subscribe: (listener: () => void) => () => void };
const useStore = <T,>(s: Store<T>): T => useSyncExternalStore(s.subscribe, s.get, s.get);

function open(path: string): void {
  if (path === selectedTab.get()) return;
  selectedTab.set(path);
  void Taro.switchTab({ url: `/${path}` });
}

export default function CustomTabBar() {
  const selected = useStore(selectedTab);
  const unread = useStore(unreadStore);
  const large = useStore(largeTextStore);
  return (
    <View className={`tab-bar ${large ? 'tab-bar--large' : ''}`} ariaRole="tablist" ariaLabel="主菜单">
      {TABS.map((tab) => {
        const on = tab.pagePath === selected;
        const count = tab.pagePath === PAGES.messages ? unread : 0;
        // What WeChat's screen reader says: "消息，2 条未读", a tab, selected or not.
        const reader = {
          ariaRole: 'tab',
          ariaSelected: String(on),
          ariaLabel: count > 0 ? `${tab.text}，${count} 条未读` : tab.text,
        };
        return (
          <View
            key={tab.pagePath}
            className={`tab-bar__item ${on ? 'tab-bar__item--on' : ''}`}
            {...reader}
            onClick={() => open(tab.pagePath)}
          >
            {/* The icons are copied with app.json's tabBar list (app.config.ts). */}
            <Image
              className="tab-bar__icon"
              src={`/assets/tabbar/${tab.icon}${on ? '-active' : ''}.png`}
              {...decorative()}
            />
            <Text className="tab-bar__label">{tab.text}</Text>
            {count > 0 ? <Text className="tab-bar__badge">{count > 99 ? '99+' : String(count)}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
