import { memo } from 'react';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { isIsoDate, todayInShanghai } from '@recall/shared';
import { type FormField } from '@recall/shared/staff';
import {
  emptyRow,
  errorKey,
  fieldClass,
  isNumberKind,
  splitTags,
  type DocFormState,
  type FieldDraft,
  type RowDraft,
  WHOLE_FORM,
} from '../../useDocForm';
import type { DraftPhoto } from '../../../clues/clueDraft';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import './index.css';

interface Props {
  form: DocFormState;
  /** The form's key in `form` (a DocType, or e.g. 'open_case'); rendered as `data-doc`. */
  formKey: string;
  /** Heading above the form, e.g. '附件6 消费品召回计划'. */
  title?: string;
  /** A line under the heading. */
  intro?: string;
}

/**
 * A document form drawn from its field descriptors (DOC_FORMS[docType].fields): one control per
 * FieldKind, sections that fold, the required marker, and each field's error under it.
 */
export function DocForm({ form, formKey, title, intro }: Props) {
  const groups = form.groups[formKey] ?? [];
  const values = form.values[formKey] ?? {};
  const folded = !!title && form.isCollapsed(formKey, WHOLE_FORM);
  const all = form.progress(formKey);
  return (
    <View className={`doc-form doc-form--${formKey}`}>
      {title ? (
        <View className="doc-form__head" onClick={() => form.toggleSection(formKey, WHOLE_FORM)}>
          <View className="doc-form__title-row">
            <Text className="doc-form__title">{title}</Text>
            <Text className="doc-form__caret">{folded ? '展开' : '收起'}</Text>
          </View>
          {intro ? <Text className="doc-form__intro">{intro}</Text> : null}
          {folded && all.required ? (
            <Text className="doc-form__intro">
              必填 {all.filled}/{all.required}
            </Text>
          ) : null}
        </View>
      ) : null}
      {(folded ? [] : groups).map((g, i) => {
        const closed = g.title ? form.isCollapsed(formKey, i) : false;
        const p = form.progress(formKey, g.fields);
        const bad = g.fields.some((f) => form.errors[errorKey(formKey, f.key)]);
        return (
          <View key={`${formKey}-${i}`} className={`card doc-form__group ${closed ? 'doc-form__group--closed' : ''}`}>
            {g.title ? (
              <View className="doc-form__section" onClick={() => form.toggleSection(formKey, i)}>
                <Text className="doc-form__section-title">{g.title}</Text>
                <Text className={`doc-form__section-meta ${bad ? 'doc-form__section-meta--bad' : ''}`}>
                  {bad ? '有待修改' : p.required ? `必填 ${p.filled}/${p.required}` : `${g.fields.length} 项`}
                </Text>
                <Text className="doc-form__caret">{closed ? '展开' : '收起'}</Text>
              </View>
            ) : null}
            {closed
              ? null
              : g.fields.map((f) => (
                  <DocField
                    key={f.key}
                    formKey={formKey}
                    field={f}
                    value={values[f.key]}
                    error={form.errors[errorKey(formKey, f.key)]}
                    set={form.set}
                    addPhotos={form.addPhotos}
                    retryPhoto={form.retryPhoto}
                    removePhoto={form.removePhoto}
                  />
                ))}
          </View>
        );
      })}
    </View>
  );
}

interface FieldProps {
  formKey: string;
  field: FormField;
  value: FieldDraft | undefined;
  error?: string;
  set: DocFormState['set'];
  addPhotos: DocFormState['addPhotos'];
  retryPhoto: DocFormState['retryPhoto'];
  removePhoto: DocFormState['removePhoto'];
}

/** One field: label (with * when required), its control, its error and hint. Re-renders only when its value or error changes. */
const DocField = memo(function DocField(p: FieldProps) {
  const { formKey, field: f, value, error } = p;
  const onChange = (v: FieldDraft) => p.set(formKey, f.key, v);
  const boxed = !['select', 'multi', 'bool', 'photos', 'rows'].includes(f.kind);
  return (
    <View
      className={`doc-field ${fieldClass(formKey, f.key)} doc-field--${f.kind} ${error ? 'doc-field--error' : ''}`}
      data-key={f.key}
      data-doc={formKey}
    >
      <View className="doc-field__head">
        <Text className="doc-field__label">
          {f.label}
          {f.required ? <Text className="doc-field__req"> *</Text> : null}
        </Text>
      </View>
      {boxed ? (
        <View className="doc-field__box">
          <Control {...p} onChange={onChange} />
        </View>
      ) : (
        <Control {...p} onChange={onChange} />
      )}
      {f.kind === 'tags' && typeof value === 'string' && splitTags(value).length > 0 ? (
        <View className="doc-tags">
          {splitTags(value).map((t, i) => (
            <Text key={`${t}-${i}`} className="doc-tags__item">
              {t}
            </Text>
          ))}
        </View>
      ) : null}
      {error ? <Text className="doc-field__error">{error}</Text> : null}
      {f.hint ? <Text className="doc-field__hint">{f.hint}</Text> : null}
    </View>
  );
});

const UNIT: Partial<Record<FormField['kind'], string>> = { money: '元', percent: '%' };

/** A text edited whole (the 新闻稿): about 15 lines tall at least, growing with the text, with its count. */
function LongText({ field: f, value, onChange }: FieldProps & { onChange: (v: FieldDraft) => void }) {
  const text = typeof value === 'string' ? value : '';
  const max = f.max ?? 5000;
  return (
    <View className="doc-longtext">
      <Textarea
        className="doc-textarea doc-textarea--long"
        value={text}
        maxlength={max}
        placeholder={`请输入${f.label}`}
        placeholderClass="doc-placeholder"
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className="doc-longtext__count">
        {text.length}/{max} 字
      </Text>
    </View>
  );
}

function Control(p: FieldProps & { onChange: (v: FieldDraft) => void }) {
  const { field: f, value, onChange, formKey } = p;
  const text = typeof value === 'string' ? value : '';
  switch (f.kind) {
    case 'text':
      return (
        <Input
          className="doc-input"
          value={text}
          maxlength={f.max ?? 200}
          placeholder={`请输入${f.label}`}
          placeholderClass="doc-placeholder"
          onInput={(e) => onChange(e.detail.value)}
        />
      );
    case 'textarea':
      return f.long ? (
        <LongText {...p} onChange={onChange} />
      ) : (
        <Textarea
          className="doc-textarea"
          value={text}
          maxlength={f.max ?? 5000}
          placeholder={`请输入${f.label}`}
          placeholderClass="doc-placeholder"
          autoHeight={false}
          onInput={(e) => onChange(e.detail.value)}
        />
      );
    case 'int':
    case 'money':
    case 'percent':
      return (
        <>
          <Input
            className="doc-input"
            type={f.kind === 'int' ? 'number' : 'digit'}
            value={text}
            maxlength={16}
            placeholder={f.kind === 'int' ? '请输入数量' : f.kind === 'money' ? '请输入金额' : '0–100'}
            placeholderClass="doc-placeholder"
            onInput={(e) => onChange(e.detail.value)}
          />
          {UNIT[f.kind] ? <Text className="doc-unit">{UNIT[f.kind]}</Text> : null}
        </>
      );
    case 'date':
      return <DateInput value={text} onChange={onChange} />;
    case 'select':
      return (
        <View className="doc-chips">
          {Object.entries(f.options ?? {}).map(([k, label]) => (
            <View
              key={k}
              className={`chip ${text === k ? 'chip--on' : ''}`}
              data-value={k}
              onClick={() => onChange(text === k && !f.required ? '' : k)}
            >
              <Text>{label}</Text>
            </View>
          ))}
        </View>
      );
    case 'multi': {
      const on = Array.isArray(value) ? (value as string[]) : [];
      const keys = Object.keys(f.options ?? {});
      return (
        <View className="doc-chips">
          {Object.entries(f.options ?? {}).map(([k, label]) => (
            <View
              key={k}
              className={`chip chip--multi ${on.includes(k) ? 'chip--on' : ''}`}
              data-value={k}
              onClick={() =>
                onChange(on.includes(k) ? on.filter((x) => x !== k) : keys.filter((x) => x === k || on.includes(x)))
              }
            >
              <Text>{on.includes(k) ? `✓ ${label}` : label}</Text>
            </View>
          ))}
        </View>
      );
    }
    case 'bool':
      return (
        <View className="doc-chips">
          {[true, false].map((b) => (
            <View
              key={String(b)}
              className={`chip chip--bool ${value === b ? 'chip--on' : ''}`}
              data-value={String(b)}
              onClick={() => onChange(b)}
            >
              <Text>{b ? '是' : '否'}</Text>
            </View>
          ))}
        </View>
      );
    case 'tags':
      return (
        <Input
          className="doc-input"
          value={text}
          maxlength={4000}
          placeholder="多项用逗号或顿号分隔"
          placeholderClass="doc-placeholder"
          onInput={(e) => onChange(e.detail.value)}
        />
      );
    case 'photos': {
      const photos = Array.isArray(value) ? (value as DraftPhoto[]) : [];
      const max = f.max ?? 9;
      return (
        <PhotoEditor
          photos={photos}
          max={max}
          onAdd={() => void p.addPhotos(formKey, f.key, max)}
          onRetry={(k) => p.retryPhoto(formKey, f.key, k)}
          onRemove={(k) => p.removePhoto(formKey, f.key, k)}
        />
      );
    }
    case 'rows':
      return <RowsInput field={f} rows={Array.isArray(value) ? (value as RowDraft[]) : []} onChange={onChange} />;
  }
}

/** A date: the native date picker in WeChat; typed YYYY-MM-DD in the browser (fillable, no popup). */
function DateInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  if (process.env.TARO_ENV === 'weapp') {
    const today = todayInShanghai();
    return (
      <>
        <Picker
          className="doc-picker"
          mode="date"
          value={isIsoDate(value) ? value : today}
          start="1990-01-01"
          end="2099-12-31"
          onChange={(e) => onChange(String(e.detail.value))}
        >
          <View className="doc-picker__value">
            <Text className={`doc-picker__text ${value ? '' : 'doc-placeholder'}`}>{value || '请选择日期'}</Text>
            <Text className="doc-picker__arrow">›</Text>
          </View>
        </Picker>
        {value ? (
          <Text className="doc-clear" onClick={() => onChange('')}>
            清除
          </Text>
        ) : null}
      </>
    );
  }
  return (
    <Input
      className="doc-input doc-input--date"
      type="text"
      value={value}
      maxlength={10}
      placeholder="YYYY-MM-DD"
      placeholderClass="doc-placeholder"
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}

/** A table as repeatable groups: each row's columns stacked, 删除 per row, 添加一行 below. */
function RowsInput({
  field,
  rows,
  onChange,
}: {
  field: FormField;
  rows: RowDraft[];
  onChange: (v: RowDraft[]) => void;
}) {
  const cols = field.columns ?? [];
  const setCell = (key: string, col: string, v: string) =>
    onChange(rows.map((r) => (r._key === key ? { ...r, [col]: v } : r)));
  return (
    <View className="doc-rows">
      {rows.map((r, i) => (
        <View key={r._key} className="doc-row">
          <View className="doc-row__head">
            <Text className="doc-row__num">第 {i + 1} 行</Text>
            <Text className="doc-row__remove" onClick={() => onChange(rows.filter((x) => x._key !== r._key))}>
              删除
            </Text>
          </View>
          {cols.map((c) => (
            <View key={c.key} className="doc-cell" data-col={c.key}>
              <Text className="doc-cell__label">
                {c.label}
                {c.required ? <Text className="doc-field__req"> *</Text> : null}
              </Text>
              <Input
                className="doc-cell__input"
                type={isNumberKind(c.kind) ? (c.kind === 'int' ? 'number' : 'digit') : 'text'}
                value={r[c.key] ?? ''}
                maxlength={c.max ?? 200}
                placeholder={c.required ? '必填' : '选填'}
                placeholderClass="doc-placeholder"
                onInput={(e) => setCell(r._key, c.key, e.detail.value)}
              />
            </View>
          ))}
        </View>
      ))}
      {rows.length < (field.max ?? 200) ? (
        <View className="doc-rows__add" onClick={() => onChange([...rows, emptyRow(field)])}>
          <Text>＋ 添加一行</Text>
        </View>
      ) : null}
    </View>
  );
}
