import { ScrollView, Text, View } from '@tarojs/components';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '@recall/shared';
import { pressable } from '../../../../utils/a11y';
import './index.css';

interface Props {
  value: CategoryCode | undefined;
  onChange: (code: CategoryCode | undefined) => void;
}

/** 全部 + the ten product categories, one line that scrolls sideways. */
export function CategoryChips({ value, onChange }: Props) {
  const chip = (code: CategoryCode | undefined, label: string) => (
    <View
      key={code ?? 'all'}
      className={`cat-chip ${value === code ? 'cat-chip--on' : ''}`}
      {...pressable(() => onChange(code), { pressed: value === code })}
    >
      <Text>{label}</Text>
    </View>
  );
  return (
    <ScrollView className="cat-chips" scrollX enhanced showScrollbar={false}>
      <View className="cat-chips__row">
        {chip(undefined, '全部')}
        {CATEGORY_CODES.map((code) => chip(code, CATEGORIES[code]))}
      </View>
    </ScrollView>
  );
}
