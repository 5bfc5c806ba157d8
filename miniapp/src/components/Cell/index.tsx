import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.css';

interface Props {
  title: string;
  description?: string;
  badge?: string;
  className?: string;
  extra?: ReactNode;
  /** The › at the end (off for rows that hold their own control, e.g. a switch). */
  arrow?: boolean;
  onClick?: () => void;
}

/** A tappable row in a grouped list (我的). */
export function Cell({ title, description, badge, className, extra, arrow = true, onClick }: Props) {
  return (
    <View className={`cell ${className ?? ''}`} hoverClass={onClick ? 'cell--hover' : 'none'} onClick={onClick}>
      {badge ? <Text className="cell__badge">{badge}</Text> : null}
      <View className="cell__body">
        <Text className="cell__title">{title}</Text>
        {description ? <Text className="cell__desc">{description}</Text> : null}
      </View>
      {extra}
      {arrow ? <Text className="cell__arrow">›</Text> : null}
    </View>
  );
}

export function CellGroup({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <View className="cell-group">
      {title ? <Text className="cell-group__title">{title}</Text> : null}
      <View className="cell-group__body">{children}</View>
    </View>
  );
}
