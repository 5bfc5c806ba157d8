import type { ReactNode } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import type { RecallRequestForm, RequestField } from '../../useRecallRequest';
import { RemedyChips } from '../RemedyChips';

/*
 * The fields of 申请召回 (batch, date, quantity, label photo, remedy, contact, note, consent), each
 * with its error from useRecallRequest; the page styles them (pages/recall-request/index.css).
 */

const NOTE_MAX = 500;

/** A field wrapped with its request path as `data-key` (stable for end-to-end tests). */
function Field({ field, children }: { field: RequestField; children: ReactNode }) {
  return (
    <View className={`rr-field rr-field--${field.replace('.', '-')}`} data-key={field}>
      {children}
    </View>
  );
}

export function RequestFormBody({
  form,
  range,
  suggested,
}: {
  form: RecallRequestForm;
  range: string;
  suggested: Parameters<typeof RemedyChips>[0]['suggested'];
}) {
  const { draft: d, errors, setText, set } = form;
  const text = (
    field: RequestField,
    key: 'batch' | 'contactName' | 'contactPhone' | 'contactAddress',
    label: string,
    hint: string,
    placeholder: string,
    max: number,
    optional = false,
  ) => (
    <Field field={field}>
      <FormField label={label} hint={hint} error={errors[field]} optional={optional}>
        <Input
          className="form-input"
          value={d[key]}
          maxlength={max}
          placeholder={placeholder}
          placeholderClass="form-placeholder"
          onInput={(e) => setText(key, e.detail.value)}
        />
      </FormField>
    </Field>
  );

  return (
    <View className="rr-form">
      <Text className="section-title">
        产品信息<Text className="section-title__hint">帮助生产者确认是否在召回范围</Text>
      </Text>
      <View className="card rr-card">
        {text(
          'batch',
          'batch',
          '批次号',
          range ? `标签或喷码上的“批号”“LOT”。召回范围：${range}。` : '标签或喷码上的“批号”“批次”“LOT”。',
          '例如 20211015A',
          100,
          true,
        )}
        <Field field="productionDate">
          <FormField label="生产日期" hint="标签上的“生产日期”“MFG”。" error={errors.productionDate} optional>
            <DateField
              value={d.productionDate}
              onChange={(v) => set('productionDate', v)}
              placeholder="请选择生产日期"
              end={todayInShanghai()}
              clearable
            />
          </FormField>
        </Field>
        <Field field="quantity">
          <FormField label="数量" hint="你有几件在召回范围内的这种产品。" error={errors.quantity}>
            <Input
              className="form-input"
              type="number"
              value={d.quantity}
              maxlength={4}
              placeholder="例如 1"
              placeholderClass="form-placeholder"
              onInput={(e) => setText('quantity', e.detail.value)}
            />
            <Text className="rr-unit">件</Text>
          </FormField>
        </Field>
        <Field field="labelPhotoId">
          <View className="rr-photo">
            <View className="rr-photo__head">
              <Text className="field__label">铭牌/标签照片</Text>
              <Text className="field__optional">选填</Text>
            </View>
            <PhotoEditor
              photos={d.photo ? [d.photo] : []}
              max={1}
              onAdd={() => void form.addPhoto()}
              onRetry={form.retryPhoto}
              onRemove={form.removePhoto}
            />
            {errors.labelPhotoId ? <Text className="field__error">{errors.labelPhotoId}</Text> : null}
            <Text className="field__hint">拍清楚型号、批次号和生产日期，生产者核实更快。</Text>
          </View>
        </Field>
      </View>

      <Text className="section-title">希望的补救方式</Text>
      <View className="card">
        <Field field="preferredRemedy">
          <RemedyChips value={d.preferredRemedy} onChange={(v) => set('preferredRemedy', v)} suggested={suggested} />
          {errors.preferredRemedy ? <Text className="field__error">{errors.preferredRemedy}</Text> : null}
          <Text className="field__hint">标有“召回措施”的是本次召回公布的措施；最终按召回计划办理。</Text>
        </Field>
      </View>

      <Text className="section-title">
        联系方式<Text className="section-title__hint">仅提供给生产者客服</Text>
      </Text>
      <View className="card rr-card">
        {text('contact.name', 'contactName', '姓名', '生产者客服联系你时的称呼。', '请输入姓名', 32)}
        {text('contact.phone', 'contactPhone', '联系电话', '手机号，或带区号的固定电话。', '例如 13812345678', 16)}
        {text(
          'contact.address',
          'contactAddress',
          '地址',
          '上门维修、更换或取回产品时使用。',
          '省、市、区和详细地址',
          200,
        )}
      </View>

      <Text className="section-title">补充说明</Text>
      <View className="card rr-card">
        <Field field="note">
          <FormField label="说明" hint="例如方便联系的时间、购买渠道。" error={errors.note} optional>
            <CountedTextarea
              className="rr-note"
              value={d.note}
              max={NOTE_MAX}
              placeholder="有其他需要告诉生产者的，请写在这里"
              onInput={(v) => setText('note', v)}
            />
          </FormField>
        </Field>
      </View>
    </View>
  );
}
