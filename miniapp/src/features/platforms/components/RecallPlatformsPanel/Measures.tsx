import { Text, View } from '@tarojs/components';
import type { TPlatformRecallStatus } from '@recall/shared/staff';
import { dueWords, reportedWords } from '../../words';
import '../platforms.css';

type Measure = TPlatformRecallStatus['measures'][number];

/** A measure's state as a pill whose words say it: 逾期 in red and in text, never by colour alone. */
export function DueState({ m }: { m: Measure }) {
  const tone =
    m.state === 'overdue' ? 'refused' : m.state === 'done' ? 'done' : m.state === 'due_soon' ? 'pending' : 'info';
  return <Text className={`pill pill--${tone} plat-due plat-due--${m.state}`}>{dueWords(m)}</Text>;
}

/** Each measure of one platform on one recall: its deadline, its state and what was reported. */
export function MeasureList({ measures }: { measures: Measure[] }) {
  return (
    <View className="plat-measures">
      {measures.map((m) => (
        <View key={m.kind} className={`plat-measure plat-measure--${m.kind}`}>
          <View className="plat-measure__head">
            <Text className={`plat-measure__label ${m.state === 'overdue' ? 'plat-overdue' : ''}`}>{m.label}</Text>
            <DueState m={m} />
          </View>
          <Text className="plat-muted plat-measure__reported">{reportedWords(m)}</Text>
        </View>
      ))}
    </View>
  );
}
