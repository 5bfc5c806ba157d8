import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useLargeText } from '../../hooks/usePrefs';
import { H5NavBar } from '../H5NavBar';
import { PrivacyPopup } from '../PrivacyPopup';
import { isWeapp } from '../../utils/env';

/**
 * Every page's outer frame: the browser's 返回/首页 bar (H5NavBar), background, bottom padding,
 * the privacy consent sheet, and the large-text mode (`screen--large` scales every font size and
 * enlarges touch targets; app.css).
 */
export function PageShell({ className, children }: PropsWithChildren<{ className?: string }>) {
  const { largeText } = useLargeText();
  return (
    // The page's content is its main landmark for screen readers (h5).
    <View
      className={`screen ${largeText ? 'screen--large' : ''} ${className ?? ''}`}
      role={isWeapp() ? undefined : 'main'}
    >
      <H5NavBar />
      {children}
      <PrivacyPopup />
    </View>
  );
}
