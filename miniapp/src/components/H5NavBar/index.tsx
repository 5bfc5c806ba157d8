import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TAB_PATHS } from '../../constants/routes';
import { pagePathOf } from '../../hooks/usePageParams';
import { isH5 } from '../../utils/env';
import { goBackOrHome, goHome } from '../../utils/navigate';
import './index.css';

/**
 * 返回 and 首页 above every page but the tabs, in the browser only (WeChat draws its own navigation
 * bar with both). A page opened from a shared link has no history here: 返回 then goes home.
 */
export function H5NavBar() {
  // Null outside a page (a component rendered on its own).
  const router: { path: string } | null = useRouter();
  const path = router?.path;
  if (!isH5() || !path || TAB_PATHS.includes(pagePathOf(path))) return null;
  return (
    <View className="h5-nav" role="navigation">
      <View className="h5-nav__btn h5-nav__back" role="button" onClick={goBackOrHome}>
        <Text className="h5-nav__icon">‹</Text>
        <Text>返回</Text>
      </View>
      <View className="h5-nav__btn h5-nav__home" role="button" onClick={goHome}>
        <Text>首页</Text>
      </View>
    </View>
  );
}
