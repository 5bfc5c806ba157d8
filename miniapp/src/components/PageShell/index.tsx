import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useLargeText } from '../../hooks/usePrefs';
import { PrivacyPopup } from '../PrivacyPopup';

/**
 * Every page's outer frame: background, bottom padding, the privacy consent sheet, and the
 * large-text mode (`screen--large` scales every font size and enlarges touch targets; app.css).
 */
export function PageShell({ className, children }: PropsWithChildren<{ className?: string }>) {
  const { largeText } = useLargeText();
  return (
    <View className={`screen ${largeText ? 'screen--large' : ''} ${className ?? ''}`}>
      {children}
      <PrivacyPopup />
    </View>
  );
}
