import { CATEGORIES, type CategoryCode } from '@recall/shared';
import type { TPlatformRecallStatus, TPlatformSubscription, TPlatformView } from '@recall/shared/staff';
import { formatShanghaiTime } from '../../utils/format';

/** A list in a sentence: '品牌：暖阳、安心' or '品牌：暖阳、安心等 12 个'. */
function listed(label: string, values: string[], max = 3): string | null {
  if (!values.length) return null;
  const shown = values.slice(0, max).join('、');
  return `${label}：${shown}${values.length > max ? ` 等 ${values.length} 个` : ''}`;
}

/** What a platform subscribes to, in words: '全部召回', or each kind of match it listed. */
export function subscriptionWords(s: TPlatformSubscription): string {
  if (s.all) return '全部召回';
  const parts = [
    listed(
      '产品类别',
      s.categories.map((c) => CATEGORIES[c as CategoryCode] ?? c),
    ),
    listed('商品条码前缀', s.gtinPrefixes),
    listed('品牌', s.brands),
    listed('生产者', s.producers),
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join('；') : '未订阅任何召回';
}

/** The last webhook attempt, in words. */
export function lastDeliveryWords(p: Pick<TPlatformView, 'lastDelivery' | 'webhookUrl'>): string {
  if (!p.lastDelivery) return p.webhookUrl ? '尚未推送' : '未设接收地址，平台自行拉取';
  const when = formatShanghaiTime(p.lastDelivery.at);
  return p.lastDelivery.ok ? `${when} 推送成功` : `${when} 推送失败（${p.lastDelivery.status}）`;
}

/** A platform's counts, in one line. */
export function tallyWords(t: TPlatformView['tally']): string {
  const act = t.medianHoursToAct === null ? '' : `，中位处置用时 ${t.medianHoursToAct} 个工作小时`;
  return `已推送 ${t.pushed} 条，已确认 ${t.acknowledged} 条，按期完成 ${t.onTime} 项，逾期 ${t.overdue} 项${act}`;
}

/** Recalls received: overdue ones first, then the newest push first. */
export function inboxOrder(items: TPlatformRecallStatus[]): TPlatformRecallStatus[] {
  return [...items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(b.pushedAt) - Date.parse(a.pushedAt),
  );
}

/** How much was reported for a measure: '已报告 35' with the unit of its kind. */
const UNITS = { takedown: '个链接', buyers_notified: '位消费者', stock_blocked: '件' } as const;
export function reportedWords(m: TPlatformRecallStatus['measures'][number]): string {
  if (!m.reports.length) return '尚未报告';
  const total = m.reports.reduce((n, r) => n + r.count, 0);
  return `已报告 ${total} ${UNITS[m.kind]}`;
}

/** The measure's state as words that stand without colour: 逾期 always says so. */
export function dueWords(m: Pick<TPlatformRecallStatus['measures'][number], 'state' | 'stateLabel' | 'dueAt'>): string {
  const label = m.state === 'overdue' && !m.stateLabel.includes('逾期') ? `已逾期（${m.stateLabel}）` : m.stateLabel;
  return `${label} · 期限 ${formatShanghaiTime(m.dueAt)}`;
}
