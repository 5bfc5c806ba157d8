import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { PrivacyPopup } from '../PrivacyPopup';

/** Every page's outer frame: background, bottom padding, and the privacy consent sheet. */
export function PageShell({ className, children }: PropsWithChildren<{ className?: string }>) {
  return (
    <View className={`screen ${className ?? ''}`}>
      {children}
      <PrivacyPopup />
    </View>
  );
}
