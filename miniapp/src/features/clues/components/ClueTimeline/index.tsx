import { Text, View } from '@tarojs/components';
import { CLUE_EVENTS, type TClueView } from '@recall/shared';
import { formatShanghaiTime } from '../../../../utils/format';
import './index.css';

/** What happened to a clue, newest first: each event with its time, bureau and note. */
export function ClueTimeline({ events }: { events: TClueView['timeline'] }) {
  if (events.length === 0) return <Text className="timeline__none">暂无办理记录</Text>;
  const ordered = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <View className="timeline">
      {ordered.map((e, i) => (
        <View key={`${e.at}-${e.type}-${i}`} className={`timeline__item ${i === 0 ? 'timeline__item--latest' : ''}`}>
          <View className="timeline__rail">
            <View className={`timeline__dot timeline__dot--${e.type}`} />
            {i < ordered.length - 1 ? <View className="timeline__line" /> : null}
          </View>
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__type">{CLUE_EVENTS[e.type]}</Text>
              <Text className="timeline__time">{formatShanghaiTime(e.at)}</Text>
            </View>
            {e.bureauName ? <Text className="timeline__bureau">{e.bureauName}</Text> : null}
            {e.note ? <Text className="timeline__note">{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
