import type { ReactNode } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { CLUE_FIELD_CLASS, type ClueField, type ClueForm } from '../../useClueForm';
import { FormField } from '../../../../components/FormField';

/** Draft keys edited as free text. */
export type TextKey =
  | 'productName'
  | 'brand'
  | 'model'
  | 'batch'
  | 'producerName'
  | 'purchaseChannel'
  | 'contactName'
  | 'contactPhone'
  | 'contactAddress';

export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <>
      <Text className="section-title">
        {title}
        {hint ? <Text className="section-title__hint">{hint}</Text> : null}
      </Text>
      <View className="card clue-form__card">{children}</View>
    </>
  );
}

/** One free-text field of the report: its label, hint, error (by the schema's field path) and limit. */
export function TextField(p: {
  form: ClueForm;
  field: ClueField;
  name: TextKey;
  label: string;
  hint: string;
  placeholder: string;
  max: number;
  optional?: boolean;
}) {
  const { draft, errors, setText } = p.form;
  return (
    <FormField
      className={CLUE_FIELD_CLASS[p.field]}
      label={p.label}
      hint={p.hint}
      error={errors[p.field]}
      optional={p.optional ?? false}
    >
      <Input
        className="form-input"
        type="text"
        value={draft[p.name]}
        maxlength={p.max}
        placeholder={p.placeholder}
        placeholderClass="form-placeholder"
        onInput={(e) => setText(p.name, e.detail.value)}
      />
    </FormField>
  );
}

/** A form field choosing one of fixed options with a selector Picker. */
export function SelectField<T extends string>(p: {
  className: string;
  label: string;
  hint: string;
  error?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string;
  placeholder: string;
  onChange: (value: T | '') => void;
}) {
  return (
    <FormField className={p.className} label={p.label} hint={p.hint} error={p.error}>
      <Picker
        className="form-picker"
        mode="selector"
        range={p.options.map((o) => p.labels[o])}
        value={Math.max(0, p.options.indexOf(p.value as T))}
        onChange={(e) => p.onChange(p.options[Number(e.detail.value)] ?? '')}
      >
        <PickerValue text={p.value in p.labels ? p.labels[p.value as T] : ''} placeholder={p.placeholder} />
      </Picker>
    </FormField>
  );
}

export function PickerValue({ text, placeholder }: { text: string; placeholder: string }) {
  return (
    <View className="form-picker__value">
      <Text className={`form-picker__text ${text ? '' : 'form-placeholder'}`}>{text || placeholder}</Text>
      <Text className="form-picker__arrow">›</Text>
    </View>
  );
}
