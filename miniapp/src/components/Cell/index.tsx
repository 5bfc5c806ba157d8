import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { pressable } from '../../utils/a11y';
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

/**
 * A tappable row in a grouped list (我的). A row holding its own control (`extra`, a switch) leaves
 * the keyboard to that control: a button around it would hide it from screen readers.
 */
export function Cell({ title, description, badge, className, extra, arrow = true, onClick }: Props) {
  const press = onClick && !extra ? pressable(onClick, { role: arrow ? 'link' : 'button' }) : { onClick };
  return (
    <View className={`cell ${className ?? ''}`} hoverClass={onClick ? 'cell--hover' : 'none'} {...press}>
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
