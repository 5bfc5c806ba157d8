import Taro from '@tarojs/taro';
import { Input, Picker, Text } from '@tarojs/components';
import { CATEGORIES, CATEGORY_CODES, isIsoDate, parseUscc, todayInShanghai } from '@recall/shared';
import { CLUE_FIELD_CLASS, type ClueForm } from '../../useClueForm';
import { usePlaceName } from '../../regions';
import { FormField } from '../../../../components/FormField';
import { ScanAction } from '../../../../components/ScanAction';
import { PickerValue, Section, SelectField, TextField } from './fields';

/** The free-text fields of 产品信息, by draft key: label, hint, example and limit. */
const PRODUCT_TEXT = {
  productName: {
    field: 'productName',
    name: 'productName',
    label: '产品名称',
    hint: '包装或说明书上的产品名称。',
    placeholder: '例如 电动自行车充电器',
    max: 100,
  },
  brand: {
    field: 'brand',
    name: 'brand',
    label: '品牌',
    hint: '包装正面、铭牌上的商标名称；没有品牌的产品可以不填。',
    placeholder: '例如 豪牌',
    max: 100,
    optional: true,
  },
  model: {
    field: 'model',
    name: 'model',
    label: '型号规格',
    hint: '铭牌、标签或说明书上的“型号”“规格型号”。',
    placeholder: '例如 V8',
    max: 100,
    optional: true,
  },
  batch: {
    field: 'batch',
    name: 'batch',
    label: '批次号',
    hint: '标签或喷码上的“批号”“批次”“LOT”。',
    placeholder: '例如 20211015A',
    max: 100,
    optional: true,
  },
  producerName: {
    field: 'producerName',
    name: 'producerName',
    label: '生产者名称',
    hint: '知道的话请填写：铭牌或合格证上的“制造商”“生产企业”。',
    placeholder: '例如 某某电器有限公司',
    max: 200,
    optional: true,
  },
} as const satisfies Record<string, Omit<Parameters<typeof TextField>[0], 'form'>>;

/** 产品信息: what the product is, how to tell the unit, and who made it. */
export function ProductSection({ form }: { form: ClueForm }) {
  const { draft: d, errors, set } = form;
  return (
    <Section title="产品信息">
      <SelectField
        className={CLUE_FIELD_CLASS.categoryCode}
        label="产品类别"
        hint="按产品的主要用途选择。"
        error={errors.categoryCode}
        options={CATEGORY_CODES}
        labels={CATEGORIES}
        value={d.categoryCode}
        placeholder="请选择产品类别"
        onChange={(v) => set('categoryCode', v)}
      />
      <TextField form={form} {...PRODUCT_TEXT.productName} />
      <TextField form={form} {...PRODUCT_TEXT.brand} />
      <TextField form={form} {...PRODUCT_TEXT.model} />
      <GtinField form={form} />
      <TextField form={form} {...PRODUCT_TEXT.batch} />
      <ProductionDateField form={form} />
      <TextField form={form} {...PRODUCT_TEXT.producerName} />
      <UsccField form={form} />
    </Section>
  );
}

function GtinField({ form }: { form: ClueForm }) {
  const scan = async () => {
    const outcome = await form.scanGtin();
    if (outcome === 'unavailable')
      void Taro.showToast({ title: '浏览器中无法扫码，请输入条形码下方的数字', icon: 'none', duration: 2500 });
  };
  return (
    <FormField
      className={CLUE_FIELD_CLASS.gtin}
      label="商品条码"
      hint="条形码下方的一串数字，通常 13 位。可以扫码填入。"
      error={form.errors.gtin}
      optional
      action={<ScanAction onScan={scan} />}
    >
      <Input
        className="form-input form-input--digits"
        type="number"
        value={form.draft.gtin}
        maxlength={14}
        placeholder="例如 6901234567892"
        placeholderClass="form-placeholder"
        onInput={(e) => form.setText('gtin', e.detail.value)}
      />
    </FormField>
  );
}

function ProductionDateField({ form }: { form: ClueForm }) {
  const { draft: d, set } = form;
  const today = todayInShanghai();
  return (
    <FormField
      className={CLUE_FIELD_CLASS.productionDate}
      label="生产日期"
      hint="标签上的“生产日期”“MFG”。"
      error={form.errors.productionDate}
      optional
    >
      <Picker
        className="form-picker"
        mode="date"
        value={d.productionDate && isIsoDate(d.productionDate) ? d.productionDate : today}
        start="1990-01-01"
        end={today}
        onChange={(e) => set('productionDate', String(e.detail.value))}
      >
        <PickerValue text={d.productionDate} placeholder="请选择生产日期" />
      </Picker>
      {d.productionDate ? (
        <Text className="clue-form__clear" onClick={() => set('productionDate', '')}>
          清除
        </Text>
      ) : null}
    </FormField>
  );
}

/** The producer's 统一社会信用代码, checked as it is typed (the check digit and the region it names). */
function UsccField({ form }: { form: ClueForm }) {
  const typed = form.draft.producerUscc;
  const uscc = typed.trim() ? parseUscc(typed) : null;
  // Where the producer is registered, by name (the code's first six digits; 苏州市 rather than 320500).
  const place = usePlaceName(uscc?.valid ? uscc.divisionCode : null);
  return (
    <FormField
      className={CLUE_FIELD_CLASS.producerUscc}
      label="统一社会信用代码"
      hint={
        uscc?.valid
          ? `代码有效${place ? `，登记地在${place}` : ''}：报告会转交生产者登记地的市场监管部门。`
          : '生产者的 18 位代码，常见于合格证、营业执照；不知道可以不填。'
      }
      error={form.errors.producerUscc ?? (uscc && !uscc.valid && typed.trim().length >= 18 ? uscc.reason : undefined)}
      optional
    >
      <Input
        className="form-input form-input--digits"
        value={typed}
        maxlength={18}
        placeholder="18 位数字或大写字母"
        placeholderClass="form-placeholder"
        onInput={(e) => form.setText('producerUscc', e.detail.value.toUpperCase())}
      />
    </FormField>
  );
}
