import { Text, Textarea, View } from '@tarojs/components';

interface Props {
  className?: string;
  value: string;
  max: number;
  placeholder: string;
  onInput: (value: string) => void;
}

/** A long-text box with its "n/max" count, as the report and request forms use it. */
export function CountedTextarea({ className, value, max, placeholder, onInput }: Props) {
  return (
    <View className="clue-form__area">
      <Textarea
        className={`form-textarea ${className ?? ''}`}
        value={value}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass="form-placeholder"
        autoHeight={false}
        onInput={(e) => onInput(e.detail.value)}
      />
      <Text className="clue-form__count">
        {value.length}/{max}
      </Text>
    </View>
  );
}
