import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  /** The row's class (each form styles its own consent card around it). */
  className: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

/** A consent row: a tick box and the words agreed to; tapping anywhere on it toggles. */
export function ConsentTick({ className, checked, onChange, children }: Props) {
  return (
    <View className={className} onClick={() => onChange(!checked)}>
      <View className={`clue-consent__box ${checked ? 'clue-consent__box--on' : ''}`}>
        {checked ? <Text>✓</Text> : null}
      </View>
      <Text className="clue-consent__label">{children}</Text>
    </View>
  );
}
