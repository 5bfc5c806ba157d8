import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.css';

interface Props {
  title: string;
  description?: string;
  /** One character or a short word drawn in the circle. */
  glyph?: string;
  tone?: 'neutral' | 'warning';
  children?: ReactNode;
  className?: string;
}

/** A calm, explanatory empty or error state with optional actions below. */
export function EmptyState({ title, description, glyph = '空', tone = 'neutral', children, className }: Props) {
  return (
    <View className={`empty ${className ?? ''}`}>
      <View className={`empty__glyph empty__glyph--${tone}`}>
        <Text>{glyph}</Text>
      </View>
      <Text className="empty__title">{title}</Text>
      {description ? <Text className="empty__desc">{description}</Text> : null}
      {children ? <View className="empty__actions">{children}</View> : null}
    </View>
  );
}
