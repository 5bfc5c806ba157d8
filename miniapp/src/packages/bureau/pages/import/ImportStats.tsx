import { Text, View } from '@tarojs/components';

/** The count tiles atop an import's result (新增, 更新 …); each tile's class is `<classPrefix><key>`. */
export function ImportStats({
  tiles,
  classPrefix,
}: {
  tiles: Array<{ key: string; label: string; value: number }>;
  classPrefix: string;
}) {
  return (
    <View className="import-stats">
      {tiles.map((t) => (
        <View key={t.key} className={`import-stat ${classPrefix}${t.key}`}>
          <Text className="import-stat__num">{t.value}</Text>
          <Text className="import-stat__label">{t.label}</Text>
        </View>
      ))}
    </View>
  );
}
