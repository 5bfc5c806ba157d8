import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TClueView } from '@recall/shared';
import { ActionSheet } from '../../../../components/ActionSheet';
import { consentText, receivingAuthority } from '../../crossProvince';
import type { usePassOn } from '../../usePassOn';
import { ProvincePicker } from '../ProvincePicker';

/** The typed rows of the sheet, after the province: whom there, the reference, what is sent. */
const ROWS = [
  {
    field: 'contact',
    label: '对方联系人或联系方式',
    className: 'bc-sheet__input pass-on-contact',
    max: 200,
    placeholder: '例如：缺陷产品管理处 王科长 021-12345678',
  },
  {
    field: 'reference',
    label: '移送文号或编号（选填）',
    className: 'bc-sheet__input pass-on-reference',
    max: 100,
    placeholder: '本局移送函的文号',
  },
  {
    field: 'note',
    label: '移送说明',
    className: 'sheet__textarea pass-on-note',
    max: 500,
    placeholder: '例如：生产者登记地在上海市，请依法处理。',
    area: true,
  },
] as const;

/** 移送外省: to which province's regulator, whom there, the reference and what is sent. */
export function PassOnSheet({ c, p }: { c: TClueView; p: ReturnType<typeof usePassOn> }) {
  if (!p.kind) return null;
  const authority = receivingAuthority(p.form);
  return (
    <ActionSheet
      className="bc-sheet"
      panelClassName="bc-sheet--passOn"
      title="移送外省"
      error={p.errors.form}
      sending={p.sending}
      confirmLabel="确认移送"
      confirmClassName="bc-sheet__confirm pass-on-confirm"
      onClose={p.close}
      onConfirm={() => void p.confirm()}
    >
      <Text className="sheet__hint">生产者在外省的，移送生产者所在省的市场监督管理局依法处理，线索随即办结。</Text>
      <Text className="sheet__label">接收省份</Text>
      <ProvincePicker
        className="pass-on-province"
        code={p.form.provinceCode}
        name={p.form.provinceName}
        error={p.errors.provinceCode}
        exclude={c.routing.bureauCode}
        placeholder="请选择生产者所在的省份"
        onChange={(code, name) => {
          p.setField('provinceCode', code);
          p.setField('provinceName', name);
        }}
      />
      {p.errors.provinceCode ? <Text className="field__error">{p.errors.provinceCode}</Text> : null}
      {authority ? <Text className="bc-muted pass-on-authority">接收单位：{authority}</Text> : null}

      {ROWS.map((r) => (
        <SheetField
          key={r.field}
          {...r}
          value={p.form[r.field]}
          error={p.errors[r.field]}
          onInput={(v) => p.setField(r.field, v)}
        />
      ))}

      <Text className="sheet__hint pass-on-consent">{consentText(c)}</Text>
    </ActionSheet>
  );
}

/** One typed row of the sheet: its label, the box (a line, or an `area` for longer text) and its error. */
function SheetField(props: {
  label: string;
  className: string;
  value: string;
  max: number;
  placeholder: string;
  error?: string;
  area?: boolean;
  onInput: (value: string) => void;
}) {
  const { label, className, value, max, placeholder, error, area, onInput } = props;
  const input = { className, value, maxlength: max, placeholder, placeholderClass: 'form-placeholder' };
  return (
    <>
      <Text className="sheet__label">{label}</Text>
      <View className={`sheet__box ${area ? 'sheet__area' : ''} ${error ? 'sheet__box--error' : ''}`}>
        {area ? (
          <Textarea {...input} onInput={(e) => onInput(e.detail.value)} />
        ) : (
          <Input {...input} onInput={(e) => onInput(e.detail.value)} />
        )}
      </View>
      {error ? <Text className="field__error">{error}</Text> : null}
    </>
  );
}
