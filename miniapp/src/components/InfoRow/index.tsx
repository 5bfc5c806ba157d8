import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.css';

/** A label and its value in a detail card; nothing when the value is empty. */
export function InfoRow({ label, value, children }: { label: string; value?: string | null; children?: ReactNode }) {
  if (!value && !children) return null;
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <View className="info-row__value">{children ?? <Text>{value}</Text>}</View>
    </View>
  );
}
