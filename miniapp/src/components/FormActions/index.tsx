import type { ReactNode } from 'react';
import { Button, Text, View } from '@tarojs/components';

interface Props {
  /** The actions block's class; its hint line is `${className}__hint`. */
  className: string;
  errorClass: string;
  /** The submit button's own class (browser tests and styles select on it). */
  buttonClass: string;
  label: string;
  /** The button's words while sending. */
  busyLabel?: string;
  submitting: boolean;
  /** The whole-form message (field messages stand under their fields). */
  error?: string;
  hint?: ReactNode;
  onSubmit: () => void;
}

/** The end of a long form (报告, 申请召回, staff clue entry): the form's error, submit, and a hint. */
export function FormActions(props: Props) {
  const {
    className,
    errorClass,
    buttonClass,
    label,
    busyLabel = '正在提交…',
    submitting,
    error,
    hint,
    onSubmit,
  } = props;
  return (
    <>
      {error ? (
        <View className={errorClass}>
          <Text>{error}</Text>
        </View>
      ) : null}
      <View className={className}>
        <Button
          className={`btn btn--primary ${buttonClass} ${submitting ? 'btn--busy' : ''}`}
          disabled={submitting || undefined}
          onClick={onSubmit}
        >
          {submitting ? busyLabel : label}
        </Button>
        {hint ? <Text className={`${className}__hint`}>{hint}</Text> : null}
      </View>
    </>
  );
}
