import { Input, Picker, Text, View } from '@tarojs/components';
import { isIsoDate, todayInShanghai } from '@recall/shared';
import { isWeapp } from '../../utils/env';
import './index.css';

interface Props {
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  /** Earliest and latest dates offered by WeChat's picker (YYYY-MM-DD). */
  start?: string;
  end?: string;
  /** Offer 清除 (an optional date). */
  clearable?: boolean;
}

/**
 * A date as YYYY-MM-DD: WeChat's date picker in the mini-program; in the browser a text input
 * (typed, or pasted), so the page works without a native date widget.
 */
export function DateField({ value, onChange, placeholder, start = '1990-01-01', end, clearable }: Props) {
  const today = todayInShanghai();
  if (!isWeapp()) {
    return (
      <Input
        className="date-field__input"
        type="text"
        value={value}
        maxlength={10}
        placeholder={`格式 YYYY-MM-DD，例如 ${today}`}
        placeholderClass="form-placeholder"
        onInput={(e) => onChange(e.detail.value.trim())}
      />
    );
  }
  return (
    <View className="date-field">
      <Picker
        className="date-field__picker"
        mode="date"
        value={value && isIsoDate(value) ? value : today}
        start={start}
        end={end ?? '2099-12-31'}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className="date-field__value">
          <Text className={`date-field__text ${value ? '' : 'form-placeholder'}`}>{value || placeholder}</Text>
          <Text className="date-field__arrow">›</Text>
        </View>
      </Picker>
      {clearable && value ? (
        <Text className="date-field__clear" onClick={() => onChange('')}>
          清除
        </Text>
      ) : null}
    </View>
  );
}
