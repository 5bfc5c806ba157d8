import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useRecentSearches } from '../../../../hooks/usePrefs';
import { pressable } from '../../../../utils/a11y';
import './index.css';

/** The last searches on this device (tap to search again, 清空 to forget them all). */
export function RecentSearches({ onPick, className }: { onPick: (q: string) => void; className?: string }) {
  const recent = useRecentSearches();
  if (recent.items.length === 0) return null;

  const clearAll = async () => {
    const res = await Taro.showModal({
      title: '清空最近搜索？',
      content: '只清除本设备上的搜索记录。',
      confirmText: '清空',
      confirmColor: '#1B5BBF',
    });
    if (res.confirm) recent.clear();
  };

  return (
    <View className={`recent ${className ?? ''}`}>
      <View className="recent__head">
        <Text className="recent__title">最近搜索</Text>
        <Text className="recent__clear" {...pressable(() => void clearAll(), { label: '清空最近搜索' })}>
          清空
        </Text>
      </View>
      <View className="recent__list">
        {recent.items.map((q) => (
          <Text key={q} className="recent__item" {...pressable(() => onPick(q), { role: 'link' })}>
            {q}
          </Text>
        ))}
      </View>
    </View>
  );
}
