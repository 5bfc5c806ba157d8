import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TClueView } from '@recall/shared';
import { ActionSheet } from '../../../../components/ActionSheet';
import { consentText, receivingAuthority } from '../../crossProvince';
import type { usePassOn } from '../../usePassOn';
import { ProvincePicker } from '../ProvincePicker';

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

      <Text className="sheet__label">对方联系人或联系方式</Text>
      <View className={`sheet__box ${p.errors.contact ? 'sheet__box--error' : ''}`}>
        <Input
          className="bc-sheet__input pass-on-contact"
          value={p.form.contact}
          maxlength={200}
          placeholder="例如：缺陷产品管理处 王科长 021-12345678"
          placeholderClass="form-placeholder"
          onInput={(e) => p.setField('contact', e.detail.value)}
        />
      </View>
      {p.errors.contact ? <Text className="field__error">{p.errors.contact}</Text> : null}

      <Text className="sheet__label">移送文号或编号（选填）</Text>
      <View className={`sheet__box ${p.errors.reference ? 'sheet__box--error' : ''}`}>
        <Input
          className="bc-sheet__input pass-on-reference"
          value={p.form.reference}
          maxlength={100}
          placeholder="例如：苏市监移〔2026〕12号"
          placeholderClass="form-placeholder"
          onInput={(e) => p.setField('reference', e.detail.value)}
        />
      </View>
      {p.errors.reference ? <Text className="field__error">{p.errors.reference}</Text> : null}

      <Text className="sheet__label">移送说明</Text>
      <View className={`sheet__box sheet__area ${p.errors.note ? 'sheet__box--error' : ''}`}>
        <Textarea
          className="sheet__textarea pass-on-note"
          value={p.form.note}
          maxlength={500}
          placeholder="例如：生产者登记地在上海市，请依法处理。"
          placeholderClass="form-placeholder"
          onInput={(e) => p.setField('note', e.detail.value)}
        />
      </View>
      {p.errors.note ? <Text className="field__error">{p.errors.note}</Text> : null}

      <Text className="sheet__hint pass-on-consent">{consentText(c)}</Text>
    </ActionSheet>
  );
}
