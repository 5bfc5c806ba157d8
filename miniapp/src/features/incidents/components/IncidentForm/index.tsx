import type { ReactNode } from 'react';
import { Input, Picker, Switch, Text, View } from '@tarojs/components';
import { CATEGORIES, CATEGORY_CODES, todayInShanghai, type CategoryCode } from '@recall/shared';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import { MAX_PHOTOS } from '../../../../services/photoPicker';
import { nativeLabel } from '../../../../utils/a11y';
import { PickerValue } from '../../../clues/components/ClueForm/fields';
import { RegionField } from '../../../clues/components/RegionField';
import { incidentFieldClass, type IncidentField, type IncidentForm, type IncidentTextKey } from '../../useIncidentForm';
import '../../../clues/components/ClueForm/index.css';
import './index.css';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
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

function TextInput(p: {
  form: IncidentForm;
  field: IncidentField;
  name: IncidentTextKey;
  label: string;
  hint: string;
  placeholder: string;
  max: number;
  optional?: boolean;
  digits?: boolean;
}) {
  const { draft, errors, setText } = p.form;
  return (
    <FormField
      className={incidentFieldClass(p.field)}
      label={p.label}
      hint={p.hint}
      error={errors[p.field]}
      optional={p.optional ?? false}
    >
      <Input
        className={`form-input ${p.digits ? 'form-input--digits' : ''}`}
        type={p.digits ? 'number' : 'text'}
        value={draft[p.name]}
        maxlength={p.max}
        placeholder={p.placeholder}
        placeholderClass="form-placeholder"
        onInput={(e) => setText(p.name, e.detail.value)}
      />
    </FormField>
  );
}

function TextArea(p: {
  form: IncidentForm;
  field: IncidentField;
  name: IncidentTextKey;
  label: string;
  hint: string;
  placeholder: string;
}) {
  return (
    <FormField className={incidentFieldClass(p.field)} label={p.label} hint={p.hint} error={p.form.errors[p.field]}>
      <CountedTextarea
        value={p.form.draft[p.name]}
        max={2000}
        placeholder={p.placeholder}
        onInput={(v) => p.form.setText(p.name, v)}
      />
    </FormField>
  );
}

/**
 * 事故报告 (办法 第四条): the product, what happened where, the harm in numbers, what the company has
 * done, and whom the bureau calls. The victims' names are not asked for.
 */
export function IncidentFormBody({ form }: { form: IncidentForm }) {
  const { draft: d, errors, set } = form;
  const today = todayInShanghai();
  return (
    <View className="clue-form incident-form">
      <Section title="产品信息">
        <FormField
          className={incidentFieldClass('categoryCode')}
          label="产品类别"
          hint="按召回统计的产品类别选择。"
          error={errors.categoryCode}
        >
          <Picker
            className="form-picker"
            mode="selector"
            range={CATEGORY_CODES.map((c) => CATEGORIES[c])}
            value={Math.max(0, CATEGORY_CODES.indexOf(d.categoryCode as CategoryCode))}
            onChange={(e) => set('categoryCode', CATEGORY_CODES[Number(e.detail.value)] ?? '')}
          >
            <PickerValue
              text={d.categoryCode ? CATEGORIES[d.categoryCode as CategoryCode] : ''}
              placeholder="请选择产品类别"
            />
          </Picker>
        </FormField>
        <TextInput
          form={form}
          field="productName"
          name="productName"
          label="产品名称"
          hint="产品的通用名称。"
          placeholder="例如 电暖器"
          max={100}
        />
        <TextInput
          form={form}
          field="brand"
          name="brand"
          label="品牌"
          hint="产品上标注的商标。"
          placeholder="例如 暖阳"
          max={100}
          optional
        />
        <TextInput
          form={form}
          field="model"
          name="model"
          label="型号规格"
          hint="铭牌或包装上的型号。"
          placeholder="例如 NY-2000"
          max={100}
          optional
        />
        <TextInput
          form={form}
          field="batch"
          name="batch"
          label="批次"
          hint="生产批号或批次号。"
          placeholder="例如 20260901"
          max={100}
          optional
        />
        <FormField
          className={incidentFieldClass('productionDate')}
          label="生产日期"
          hint="涉事产品的生产日期。"
          error={errors.productionDate}
          optional
        >
          <DateField
            value={d.productionDate}
            end={today}
            clearable
            placeholder="请选择生产日期"
            onChange={(v) => set('productionDate', v)}
          />
        </FormField>
        <TextInput
          form={form}
          field="gtin"
          name="gtin"
          label="商品条码"
          hint="包装上条形码下方的数字，用于查找已有的召回。"
          placeholder="8、12、13 或 14 位数字"
          max={14}
          optional
          digits
        />
      </Section>

      <Section title="事故情况">
        <FormField
          className={incidentFieldClass('occurredOn')}
          label="事发日期"
          hint="事故或伤害发生的日期。"
          error={errors.occurredOn}
        >
          <DateField
            value={d.occurredOn}
            end={today}
            placeholder="请选择事发日期"
            onChange={(v) => set('occurredOn', v)}
          />
        </FormField>
        <FormField
          className={incidentFieldClass('regionCode')}
          label="事发地区"
          hint="事故发生在哪个省、市、区县。"
          error={errors.regionCode}
        >
          <RegionField
            code={d.regionCode}
            name={d.regionName}
            onChange={(code, name) => {
              set('regionCode', code);
              set('regionName', name);
            }}
          />
        </FormField>
        <TextInput
          form={form}
          field="place"
          name="place"
          label="详细地点"
          hint="街道、小区或场所，不必写门牌号。"
          placeholder="例如 珠江路某小区"
          max={200}
          optional
        />
        <TextArea
          form={form}
          field="description"
          name="description"
          label="事故经过"
          hint="产品在什么情况下出了什么问题，造成了什么后果。"
          placeholder="例如：用户夜间使用时电源线处起火，引燃窗帘……"
        />
      </Section>

      <Section title="伤亡及损失" hint="没有的填 0 或不填">
        <View className="incident-form__counts">
          <TextInput
            form={form}
            field="harm.deaths"
            name="deaths"
            label="死亡人数"
            hint="人"
            placeholder="0"
            max={6}
            digits
          />
          <TextInput
            form={form}
            field="harm.seriousInjuries"
            name="seriousInjuries"
            label="重伤人数"
            hint="人"
            placeholder="0"
            max={6}
            digits
          />
          <TextInput
            form={form}
            field="harm.minorInjuries"
            name="minorInjuries"
            label="轻伤人数"
            hint="人"
            placeholder="0"
            max={6}
            digits
          />
        </View>
        <View className={`clue-form__switch ${incidentFieldClass('harm')}`}>
          <View className="clue-form__switch-body">
            <Text className="clue-form__switch-title">是否引发火灾</Text>
            <Text className="clue-form__switch-hint">产品冒烟、起火或引燃周围物品</Text>
          </View>
          <Switch
            checked={d.fire}
            color="#D93025"
            onChange={(e) => set('fire', e.detail.value)}
            {...nativeLabel('是否引发火灾')}
          />
        </View>
        {errors.harm ? <Text className="field__error incident-form__harm-error">{errors.harm}</Text> : null}
        <TextInput
          form={form}
          field="harm.propertyDamage"
          name="propertyDamage"
          label="财产损失"
          hint="损坏了什么，大致损失多少。"
          placeholder="例如 卧室家具烧毁，约 2 万元"
          max={500}
          optional
        />
      </Section>

      <Section title="已采取的措施">
        <TextArea
          form={form}
          field="measures"
          name="measures"
          label="本企业已采取的措施"
          hint="例如暂停销售或发货、通知销售者、排查同批次产品、告知消费者、联系伤者。"
          placeholder="例如：已暂停该批次发货，派员赴现场了解情况……"
        />
        <View className={`clue-form__photos ${incidentFieldClass('photoIds')}`}>
          <View className="clue-form__photos-head">
            <Text className="field__label">照片</Text>
            <Text className="field__optional">选填，最多 {MAX_PHOTOS} 张</Text>
          </View>
          <PhotoEditor
            photos={d.photos}
            max={MAX_PHOTOS}
            onAdd={() => void form.addPhotos()}
            onRetry={form.retryPhoto}
            onRemove={form.removePhoto}
          />
          {errors.photoIds ? <Text className="field__error">{errors.photoIds}</Text> : null}
          <Text className="field__hint">现场、涉事产品、铭牌或标签的照片；照片中的位置信息会被去除。</Text>
        </View>
      </Section>

      <Section title="联系人" hint="监管局核实情况时联系">
        <TextInput
          form={form}
          field="contact.name"
          name="contactName"
          label="姓名"
          hint="本企业负责此事的人员。"
          placeholder="请输入姓名"
          max={32}
        />
        <TextInput
          form={form}
          field="contact.phone"
          name="contactPhone"
          label="联系电话"
          hint="手机号，或带区号的固定电话。"
          placeholder="例如 13812345678"
          max={16}
        />
        <TextInput
          form={form}
          field="contact.address"
          name="contactAddress"
          label="联系地址"
          hint="本企业的办公地址。"
          placeholder="省、市、区和详细地址"
          max={200}
          optional
        />
      </Section>
    </View>
  );
}
