import { Text, View } from '@tarojs/components';
import type { TDeadlineView } from '@recall/shared/staff';
import './index.css';

const STATUS_TEXT: Record<TDeadlineView['status'], string> = {
  ok: '期限内',
  due_soon: '即将到期',
  overdue: '已逾期',
  pending: '待起算',
};

/** "还剩N个工作日" / "今日到期" / "逾期N个工作日" / "送达后起算". */
export function deadlineText(d: TDeadlineView): string {
  if (d.status === 'pending' || !d.dueOn) return d.pendingReason ?? '送达后起算';
  const n = d.workingDaysLeft;
  if (n === null) return `${d.dueOn} 前`;
  if (d.status === 'overdue' || n < 0) return `逾期${Math.abs(n)}个工作日`;
  if (n === 0) return '今日到期';
  return `还剩${n}个工作日`;
}

interface Props {
  deadline: TDeadlineView | null;
  /** One line (list rows) instead of the full block (case screen). */
  compact?: boolean;
}

/**
 * The case's current deadline (期限): what is owed, by whom, until when, coloured by status:
 * ok blue, due_soon amber, overdue red, pending grey. Dates computed with the weekend rule only
 * (the year's holiday arrangement not published yet) say so.
 */
export function DeadlineBadge({ deadline: d, compact }: Props) {
  if (!d) {
    return compact ? null : (
      <View className="deadline-badge deadline-badge--none">
        <Text className="deadline-badge__main">当前无办理期限</Text>
      </View>
    );
  }
  const who = d.party === 'producer' ? '生产者' : '市场监管局';
  if (compact) {
    return (
      <Text className={`deadline-chip deadline-chip--${d.status}`}>
        {deadlineText(d)}
        {d.provisional ? '（暂定）' : ''}
      </Text>
    );
  }
  return (
    <View className={`deadline-badge deadline-badge--${d.status}`}>
      <View className="deadline-badge__row">
        <Text className="deadline-badge__status">{STATUS_TEXT[d.status]}</Text>
        <Text className="deadline-badge__main">{deadlineText(d)}</Text>
      </View>
      <Text className="deadline-badge__label">
        {who}：{d.label}
        {d.dueOn ? `，截止 ${d.provisional ? '暂定 ' : ''}${d.dueOn}` : ''}
      </Text>
      {d.provisional ? (
        <Text className="deadline-badge__note">暂定：该年节假日安排尚未录入，暂按周末推算，录入后自动更新</Text>
      ) : null}
    </View>
  );
}
