import { Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { recordDue } from '@recall/shared/staff';
import { dueOnOf, RecordItem } from '../RecordItem';
import { useCaseRecords } from '../useCaseRecords';
import './index.css';

/**
 * 约谈和处理措施, as the producer reads them on its case: what the bureau asked of it or decided
 * against it, and by when (苏 第十九条). The server sends a producer only these kinds, and only on
 * its own cases; the newest first, those with a 期限 still running or passed at the top.
 */
export function ProducerRecords({ caseId }: { caseId: number }) {
  const records = useCaseRecords(caseId);
  const today = todayInShanghai();
  const items = [...(records.list?.items ?? [])].reverse();
  const dues = items.map((r) => recordDue(dueOnOf(r), today));
  const open = dues.filter((d) => d.status !== 'none').length;
  const overdue = dues.filter((d) => d.status === 'overdue').length;
  const order = (i: number) => (dues[i].status === 'none' ? 1 : 0);
  const sorted = items.map((r, i) => ({ r, i })).sort((a, b) => order(a.i) - order(b.i));
  return (
    <View className="producer-records">
      <Text className="section-title">约谈和处理措施</Text>
      <View className="card">
        <Text className="producer-records__hint">
          市场监管部门约谈贵公司时提出的要求和对贵公司采取的处理措施。请按要求在期限内办理。
        </Text>
        {records.error ? <Text className="producer-records__error">{records.error}</Text> : null}
        {records.list && items.length === 0 ? (
          <Text className="producer-records__none">本案件没有约谈或处理措施</Text>
        ) : null}
        {open ? (
          <Text className={`producer-records__summary ${overdue ? 'producer-records__summary--overdue' : ''}`}>
            有期限的事项 {open} 项{overdue ? `，其中已逾期 ${overdue} 项` : ''}
          </Text>
        ) : null}
        {sorted.map(({ r }) => (
          <RecordItem key={r.id} record={r} today={today} />
        ))}
      </View>
    </View>
  );
}
