import { Input, Text, Textarea, View } from '@tarojs/components';
import { ApiError } from '../../../../services/errors';

interface Props {
  label: string;
  field: string;
  value: string;
  onChange: (v: string) => void;
  error: unknown;
  multiline?: boolean;
  placeholder?: string;
  max?: number;
}

/** One labelled field of the request and answer forms, with the server's message for it. */
export function TechField({ label, field, value, onChange, error, multiline, placeholder, max = 2000 }: Props) {
  const message = error instanceof ApiError ? error.issueFor(field) : undefined;
  return (
    <View className={`tech-form__field tech-field-${field}`} data-key={field}>
      <Text className="tech-form__label">{label}</Text>
      {multiline ? (
        <Textarea
          className="tech-form__textarea"
          value={value}
          maxlength={max}
          placeholder={placeholder}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className="tech-form__input"
          value={value}
          maxlength={max}
          placeholder={placeholder}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {message ? <Text className="tech-form__error">{message}</Text> : null}
    </View>
  );
}

/** The files picked for a request or an answer, with their add button. */
export function TechFiles({
  label,
  u,
  error,
  field,
}: {
  label: string;
  u: { ids: string[]; busy: boolean; error: string | null; add: () => Promise<void>; remove: (id: string) => void };
  error: unknown;
  field: string;
}) {
  const message = u.error ?? (error instanceof ApiError ? error.issueFor(field) : undefined);
  return (
    <View className={`tech-form__field tech-field-${field}`} data-key={field}>
      <Text className="tech-form__label">{label}</Text>
      <Text className="tech-muted">
        已添加 {u.ids.length} 个文件（照片或扫描件）{u.busy ? '，正在上传…' : ''}
      </Text>
      <Text className="link" onClick={() => void u.add()}>
        添加照片或扫描件
      </Text>
      {message ? <Text className="tech-form__error">{message}</Text> : null}
    </View>
  );
}
