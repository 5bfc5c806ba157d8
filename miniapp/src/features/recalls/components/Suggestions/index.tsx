import { Text, View } from '@tarojs/components';
import { SUGGESTION_KIND_LABEL } from '@recall/shared';
import type { Suggestion } from '../../useSuggestions';
import './index.css';

/** Words to finish the search with, each with its kind (品牌/产品/型号); a tap searches it. */
export function Suggestions({ items, onPick }: { items: Suggestion[]; onPick: (q: string) => void }) {
  if (!items.length) return null;
  return (
    <View className="suggest">
      {items.map((s) => (
        <View
          key={`${s.kind}:${s.text}`}
          className="suggest__item"
          hoverClass="suggest__item--active"
          onClick={() => onPick(s.text)}
        >
          <Text className="suggest__text">{s.text}</Text>
          <Text className="suggest__kind">{SUGGESTION_KIND_LABEL[s.kind]}</Text>
        </View>
      ))}
    </View>
  );
}
