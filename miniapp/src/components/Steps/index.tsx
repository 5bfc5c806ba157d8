import { Text, View } from '@tarojs/components';

export interface Step {
  title: string;
  description: string;
}

/** A numbered list explaining what a screen contains or how a process runs. */
export function Steps({ items }: { items: Step[] }) {
  return (
    <View className="steps">
      {items.map((s, i) => (
        <View key={s.title} className="steps__item">
          <Text className="steps__num">{i + 1}</Text>
          <View className="steps__body">
            <Text className="steps__title">{s.title}</Text>
            <Text className="steps__desc">{s.description}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
