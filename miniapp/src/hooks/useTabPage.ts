import { useDidShow } from '@tarojs/taro';
import { selectedTab } from '../services/tabBar';

/** A tab page marks its tab as selected on the weapp's own tab bar whenever it shows. */
export function useTabPage(path: string): void {
  useDidShow(() => selectedTab.set(path));
}
