import { Text } from '@tarojs/components';
import { RECALL_STATUSES, type RecallStatus } from '@recall/shared';
import './index.css';

/** 召回中 / 已完成 / 重新召回, coloured by urgency. */
export function StatusTag({ status }: { status: RecallStatus }) {
  return <Text className={`status-tag status-tag--${status}`}>{RECALL_STATUSES[status]}</Text>;
}
