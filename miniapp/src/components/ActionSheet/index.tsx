import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  /** Extra classes of the sheet and its panel (pages style and tests select on them). */
  className: string;
  panelClassName: string;
  title: string;
  /** The form-level error, under the fields. */
  error?: string;
  sending: boolean;
  confirmLabel: string;
  confirmClassName: string;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
}

/** A bottom sheet for one action: its fields, an error, 取消 and 确认 (shared by the staff workspaces). */
export function ActionSheet(p: Props) {
  return (
    <View className={`sheet ${p.className}`}>
      <View className="sheet__mask" onClick={p.onClose} />
      <View className={`sheet__panel ${p.panelClassName}`}>
        <Text className="sheet__title">{p.title}</Text>
        {p.children}
        {p.error ? <Text className="field__error">{p.error}</Text> : null}
        <View className="btn-row">
          <Button className="btn btn--plain" onClick={p.onClose}>
            取消
          </Button>
          <Button
            className={`btn btn--primary ${p.confirmClassName} ${p.sending ? 'btn--busy' : ''}`}
            disabled={p.sending || undefined}
            onClick={p.onConfirm}
          >
            {p.sending ? '正在提交…' : p.confirmLabel}
          </Button>
        </View>
      </View>
    </View>
  );
}
