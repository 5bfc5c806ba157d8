import { CountedTextarea } from '../../../../components/CountedTextarea';
import { useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Switch, Text, View } from '@tarojs/components';
import {
  CATEGORIES,
  CATEGORY_CODES,
  CLUE_SOURCES,
  INJURY_LEVELS,
  isIsoDate,
  parseUscc,
  todayInShanghai,
  type ClueSource,
  type InjuryLevel,
} from '@recall/shared';
import { CLUE_FIELD_CLASS, type ClueField, type ClueForm } from '../../useClueForm';
import { MAX_PHOTOS } from '../../../../services/photoPicker';
import { ConsentTick } from '../../../../components/ConsentTick';
import { FormField } from '../../../../components/FormField';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import { RegionField } from '../RegionField';
import { ScanAction } from '../../../../components/ScanAction';
import './index.css';

const DESCRIPTION_MAX = 2000;
const INJURIES = Object.keys(INJURY_LEVELS) as InjuryLevel[];
const STAFF_SOURCES = (Object.keys(CLUE_SOURCES) as ClueSource[]).filter(
  (s): s is Exclude<ClueSource, 'consumer'> => s !== 'consumer',
);

type TextKey =
  | 'productName'
  | 'brand'
  | 'model'
  | 'batch'
  | 'producerName'
  | 'purchaseChannel'
  | 'contactName'
  | 'contactPhone'
  | 'contactAddress';

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

/**
 * The fields of a clue report in four sections (产品信息 / 问题情况 / 购买或使用地点 / 联系方式)
 * plus photos. Used by the consumer's report and, with the source picker and an optional contact,
 * by staff entering a clue from another source.
 */
export function ClueFormBody({ form }: { form: ClueForm }) {
  const { draft: d, errors, setText, set } = form;
  const staff = form.kind === 'staff';
  const today = todayInShanghai();

  const text = (
    field: ClueField,
    key: TextKey,
    label: string,
    hint: string,
    placeholder: string,
    max: number,
    optional = false,
    type: 'text' | 'number' = 'text',
  ) => (
    <FormField className={CLUE_FIELD_CLASS[field]} label={label} hint={hint} error={errors[field]} optional={optional}>
      <Input
        className="form-input"
        type={type}
        value={d[key]}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass="form-placeholder"
        onInput={(e) => setText(key, e.detail.value)}
      />
    </FormField>
  );

  const scan = async () => {
    const outcome = await form.scanGtin();
    if (outcome === 'unavailable')
      void Taro.showToast({ title: '浏览器中无法扫码，请输入条形码下方的数字', icon: 'none', duration: 2500 });
  };

  const uscc = d.producerUscc.trim() ? parseUscc(d.producerUscc) : null;

  return (
    <View className="clue-form">
      {staff ? (
        <Section title="线索来源">
          <SelectField
            className={CLUE_FIELD_CLASS.source}
            label="来源"
            hint="《江苏省缺陷消费品召回管理》第八条所列的线索来源。"
            error={errors.source}
            options={STAFF_SOURCES}
            labels={CLUE_SOURCES}
            value={d.source}
            placeholder="请选择线索来源"
            onChange={(v) => set('source', v)}
          />
        </Section>
      ) : null}

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
        {text('productName', 'productName', '产品名称', '包装或说明书上的产品名称。', '例如 电动自行车充电器', 100)}
        {text('brand', 'brand', '品牌', '包装正面、铭牌上的商标名称。', '例如 豪牌', 100)}
        {text('model', 'model', '型号规格', '铭牌、标签或说明书上的“型号”“规格型号”。', '例如 V8', 100, true)}
        <FormField
          className={CLUE_FIELD_CLASS.gtin}
          label="商品条码"
          hint="条形码下方的一串数字，通常 13 位。可以扫码填入。"
          error={errors.gtin}
          optional
          action={<ScanAction onScan={scan} />}
        >
          <Input
            className="form-input form-input--digits"
            type="number"
            value={d.gtin}
            maxlength={14}
            placeholder="例如 6901234567892"
            placeholderClass="form-placeholder"
            onInput={(e) => setText('gtin', e.detail.value)}
          />
        </FormField>
        {text('batch', 'batch', '批次号', '标签或喷码上的“批号”“批次”“LOT”。', '例如 20211015A', 100, true)}
        <FormField
          className={CLUE_FIELD_CLASS.productionDate}
          label="生产日期"
          hint="标签上的“生产日期”“MFG”。"
          error={errors.productionDate}
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
        {text(
          'producerName',
          'producerName',
          '生产者名称',
          '知道的话请填写：铭牌或合格证上的“制造商”“生产企业”。',
          '例如 某某电器有限公司',
          200,
          true,
        )}
        <FormField
          className={CLUE_FIELD_CLASS.producerUscc}
          label="统一社会信用代码"
          hint={
            uscc?.valid
              ? `代码有效，登记地区代码 ${uscc.divisionCode ?? ''}：报告会转交该地的市场监管部门。`
              : '生产者的 18 位代码，常见于合格证、营业执照；不知道可以不填。'
          }
          error={
            errors.producerUscc ?? (uscc && !uscc.valid && d.producerUscc.trim().length >= 18 ? uscc.reason : undefined)
          }
          optional
        >
          <Input
            className="form-input form-input--digits"
            value={d.producerUscc}
            maxlength={18}
            placeholder="18 位数字或大写字母"
            placeholderClass="form-placeholder"
            onInput={(e) => setText('producerUscc', e.detail.value.toUpperCase())}
          />
        </FormField>
      </Section>

      <Section title="问题情况">
        <FormField
          className={CLUE_FIELD_CLASS.description}
          label="问题描述"
          hint="发生了什么、在什么情况下发生、是否反复出现。请尽量具体。"
          error={errors.description}
        >
          <CountedTextarea
            value={d.description}
            max={DESCRIPTION_MAX}
            placeholder="例如：充电约 20 分钟后充电器外壳发烫变形，有焦味，插头处发黑。"
            onInput={(v) => setText('description', v)}
          />
        </FormField>
        <FormField
          className={CLUE_FIELD_CLASS.injury}
          label="是否造成伤害"
          hint="造成严重伤害或死亡的，报告会同时告知省市场监管局。"
          error={errors.injury}
        >
          <View className="clue-form__choices">
            {INJURIES.map((level) => (
              <View
                key={level}
                className={`choice-chip clue-form__choice ${d.injury === level ? 'choice-chip--on clue-form__choice--on' : ''} ${level === 'serious' || level === 'death' ? 'clue-form__choice--grave' : ''}`}
                onClick={() => set('injury', level)}
              >
                <Text>{INJURY_LEVELS[level]}</Text>
              </View>
            ))}
          </View>
        </FormField>
        <View className={`clue-form__switch ${CLUE_FIELD_CLASS.fire}`}>
          <View className="clue-form__switch-body">
            <Text className="clue-form__switch-title">是否起火</Text>
            <Text className="clue-form__switch-hint">产品冒烟、起火或燃烧</Text>
          </View>
          <Switch checked={d.fire} color="#D93025" onChange={(e) => set('fire', e.detail.value)} />
        </View>
        <View className={`clue-form__photos ${CLUE_FIELD_CLASS.photoIds}`}>
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
          <Text className="field__hint">
            拍摄产品整体、铭牌或标签、问题部位。支持 JPG、PNG、WebP，每张不超过 10 MB；照片中的位置信息会被去除。
          </Text>
        </View>
      </Section>

      <Section title="购买或使用地点" hint="用于确定由哪个市场监管局处理">
        <FormField
          className={CLUE_FIELD_CLASS.regionCode}
          label="所在地区"
          hint="在哪里购买或使用。生产者不明时，报告由该地的市场监管局处理。"
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
        {text(
          'purchaseChannel',
          'purchaseChannel',
          '购买渠道',
          '网店名称或商场、门店名称。',
          '例如 某电商平台某某旗舰店',
          100,
          true,
        )}
      </Section>

      <Section title="联系方式" hint={staff ? '选填' : '仅处理的市场监管局可见'}>
        {text('contact.name', 'contactName', '姓名', '便于工作人员核实情况时称呼你。', '请输入姓名', 32, staff)}
        {text(
          'contact.phone',
          'contactPhone',
          '联系电话',
          '手机号，或带区号的固定电话。',
          '例如 13812345678',
          16,
          staff,
        )}
        {text(
          'contact.address',
          'contactAddress',
          '联系地址',
          '必要时工作人员可能需要上门查看产品。',
          '省、市、区和详细地址',
          200,
          staff,
        )}
      </Section>
    </View>
  );
}

/** A form field choosing one of fixed options with a selector Picker. */
function SelectField<T extends string>(p: {
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

function PickerValue({ text, placeholder }: { text: string; placeholder: string }) {
  return (
    <View className="form-picker__value">
      <Text className={`form-picker__text ${text ? '' : 'form-placeholder'}`}>{text || placeholder}</Text>
      <Text className="form-picker__arrow">›</Text>
    </View>
  );
}

/** A clue report is not a compensation claim or a complaint (湖南 bulletin): said plainly. */
export function NotAClaimNotice() {
  return (
    <View className="notice clue-claim">
      <Text className="clue-claim__title">缺陷线索报告不是索赔或投诉</Text>
      <Text className="clue-claim__text">
        报告用于市场监管部门发现和核实产品缺陷，不处理赔偿、退换货等个人诉求。需要赔偿或投诉举报，请拨打 12315。
      </Text>
    </View>
  );
}

const PRIVACY_TERMS = [
  '我们收集：你填写的产品信息、问题描述、购买或使用地点、照片，以及姓名、电话、地址。',
  '用途：仅用于市场监管部门核实和处理这条缺陷线索，必要时联系你了解情况。',
  '联系方式加密保存，只有处理这条线索的市场监管局能看到完整信息；抄送的单位只能看到部分隐去的信息。',
  '上传的照片会去除拍摄地点等位置信息后保存。',
  '你的个人信息不会公开，也不会提供给生产者。',
];

/** 隐私说明 and the consent box of the consumer's report. */
export function ConsentBox({
  checked,
  error,
  onChange,
}: {
  checked: boolean;
  error?: string;
  onChange: (v: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`card clue-consent report-consent ${error ? 'clue-consent--error' : ''}`}>
      <ConsentTick className="clue-consent__row" checked={checked} onChange={onChange}>
        我已阅读并同意
        <Text
          className="link"
          onClick={(e) => {
            e.stopPropagation();
            setOpen(!open);
          }}
        >
          《隐私说明》
        </Text>
        ，提交的内容真实。
      </ConsentTick>
      {open ? (
        <View className="clue-consent__terms">
          <Text className="clue-consent__terms-title">隐私说明</Text>
          {PRIVACY_TERMS.map((t) => (
            <Text key={t} className="clue-consent__term">
              · {t}
            </Text>
          ))}
        </View>
      ) : null}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}
