import { Button, Text, View } from '@tarojs/components';
import './index.css';

interface Props {
  label: string;
  busy: boolean;
  onSubmit: () => void;
  /** A line above the button (e.g. required fields filled, or the last error). */
  status?: string | null;
  error?: string | null;
  /** Fields marked in red, counted when there is no whole-form message. */
  errorCount?: number;
}

/** The submit button, fixed to the bottom of the screen so long forms can be sent from anywhere. */
export function SubmitBar({ label, busy, onSubmit, status, error, errorCount }: Props) {
  const problem = error ?? (errorCount ? `有 ${errorCount} 处需要填写或修改` : null);
  return (
    <>
      <View className="submit-bar__spacer" />
      <View className="submit-bar">
        {problem ? (
          <Text className="submit-bar__error">{problem}</Text>
        ) : status ? (
          <Text className="submit-bar__status">{status}</Text>
        ) : null}
        <Button
          className={`btn btn--primary form-submit ${busy ? 'btn--busy' : ''}`}
          disabled={busy || undefined}
          onClick={onSubmit}
        >
          {busy ? '正在提交…' : label}
        </Button>
      </View>
    </>
  );
}
