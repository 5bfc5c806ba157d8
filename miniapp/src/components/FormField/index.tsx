import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.css';

interface Props {
  label: string;
  /** Where to find this on the product's label. */
  hint: string;
  error?: string;
  /** Drawn as wrong without a message (the message is on another field). */
  invalid?: boolean;
  /** The last answer needs this field: drawn in amber with "请补充". */
  needed?: boolean;
  optional?: boolean;
  className?: string;
  /** `data-key` of the field (stable for end-to-end tests). */
  dataKey?: string;
  /** Shown right of the label (e.g. a scan button). */
  action?: ReactNode;
  children: ReactNode;
}

/** A labelled form field with its hint, its error, and the "needed" highlight. */
export function FormField({
  label,
  hint,
  error,
  invalid,
  needed,
  optional,
  className,
  dataKey,
  action,
  children,
}: Props) {
  const state = error || invalid ? 'field--error' : needed ? 'field--needed' : '';
  return (
    <View className={`field ${state} ${className ?? ''}`} data-key={dataKey}>
      <View className="field__head">
        <Text className="field__label">{label}</Text>
        {optional ? <Text className="field__optional">选填</Text> : null}
        {needed && !error ? <Text className="field__need">请补充</Text> : null}
        <View className="field__spacer" />
        {action}
      </View>
      <View className="field__box">{children}</View>
      {error ? <Text className="field__error">{error}</Text> : null}
      <Text className="field__hint">{hint}</Text>
    </View>
  );
}
