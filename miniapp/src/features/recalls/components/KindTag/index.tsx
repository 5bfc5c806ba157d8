import { Text } from '@tarojs/components';
import { WARNING_LABEL } from '@recall/shared';
import './index.css';

/** 消费提示: the regulator's warning, labelled and coloured apart from every recall status. */
export function WarningTag({ className }: { className?: string }) {
  return <Text className={`kind-tag kind-tag--warning ${className ?? ''}`}>{WARNING_LABEL}</Text>;
}
