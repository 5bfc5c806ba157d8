import { useMemo } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { isIsoDate, todayInShanghai } from '@recall/shared';
import { CheckResult } from '../../features/recalls/components/CheckResult';
import { FormField } from '../../components/FormField';
import { PageShell } from '../../components/PageShell';
import { useRecallCheck, type CheckField } from '../../features/recalls/useRecallCheck';
import { useRecallDetail } from '../../features/recalls/useRecallDetail';
import { displayGtin } from '../../utils/format';
import { idParam, param } from '../../utils/params';
import { ScanAction } from '../../components/ScanAction';
import './index.css';

type TextField = Exclude<CheckField, 'productionDate'>;

const TEXT_FIELDS: Array<{
  field: TextField;
  className: string;
  label: string;
  hint: string;
  placeholder: string;
  max: number;
}> = [
  {
    field: 'brand',
    className: 'check-brand',
    label: '品牌',
    hint: '包装正面、铭牌上的商标名称。',
    placeholder: '例如 豪牌',
    max: 100,
  },
  {
    field: 'model',
    className: 'check-model',
    label: '型号',
    hint: '铭牌、标签或说明书上的“型号”“规格型号”。',
    placeholder: '例如 V8',
    max: 100,
  },
  {
    field: 'batch',
    className: 'check-batch',
    label: '批次号',
    hint: '标签或喷码上的“批号”“批次”“LOT”，常和生产日期印在一起。',
    placeholder: '例如 20211015A',
    max: 100,
  },
];

export default function CheckPage() {
  const { params } = useRouter();
  const initial = useMemo(() => {
    const gtin = param(params.gtin, 14);
    const date = param(params.productionDate, 10);
    return {
      gtin: gtin ? displayGtin(gtin) : '',
      brand: param(params.brand, 100) ?? '',
      model: param(params.model, 100) ?? '',
      batch: param(params.batch, 100) ?? '',
      productionDate: date && isIsoDate(date) ? date : '',
    };
    // The page's query does not change while it is open.
  }, []);
  const recallId = idParam(params.recallId);
  const context = useRecallDetail(recallId);
  const check = useRecallCheck(initial);
  const today = todayInShanghai();

  const scan = async () => {
    const outcome = await check.scanIntoForm();
    if (outcome === 'unavailable')
      void Taro.showToast({ title: '浏览器中无法扫码，请输入条形码下方的数字', icon: 'none', duration: 2500 });
  };

  return (
    <PageShell className="check">
      <View className="check-intro">
        <Text className="check-intro__title">查一查我的这件是否在召回范围</Text>
        <Text className="check-intro__desc">
          对照产品标签、铭牌或包装填写。商品条码、品牌、型号至少填一项，批次号和生产日期越完整，结果越准确。
        </Text>
        {context.recall ? (
          <View className="check-intro__recall">
            <Text className="check-intro__recall-label">正在核对</Text>
            <Text className="check-intro__recall-title">{context.recall.title}</Text>
          </View>
        ) : null}
      </View>

      <View className="card check-form">
        <FormField
          className="check-gtin"
          label="商品条码"
          hint="条形码下方的一串数字，通常 13 位，印在包装背面或底部。"
          error={check.errors.gtin}
          action={<ScanAction onScan={scan} />}
        >
          <Input
            className="check-input check-input--digits"
            type="number"
            value={check.form.gtin}
            maxlength={14}
            placeholder="例如 6901234567892"
            placeholderClass="check-placeholder"
            onInput={(e) => check.setField('gtin', e.detail.value)}
          />
        </FormField>

        {TEXT_FIELDS.map((f) => (
          <FormField
            key={f.field}
            className={f.className}
            label={f.label}
            hint={f.hint}
            error={check.errors[f.field]}
            invalid={check.outlined.has(f.field)}
            needed={check.needed.has(f.field)}
          >
            <Input
              className="check-input"
              value={check.form[f.field]}
              maxlength={f.max}
              focus={check.focusField === f.field}
              placeholder={f.placeholder}
              placeholderClass="check-placeholder"
              onInput={(e) => check.setField(f.field, e.detail.value)}
              onBlur={check.clearFocus}
            />
          </FormField>
        ))}

        <FormField
          className="check-date"
          label="生产日期"
          hint="标签上的“生产日期”“MFG”，或喷印在包装上的日期。"
          error={check.errors.productionDate}
          needed={check.needed.has('productionDate')}
        >
          <Picker
            className="check-picker"
            mode="date"
            value={check.form.productionDate || today}
            start="1990-01-01"
            end={today}
            onChange={(e) => check.setField('productionDate', String(e.detail.value))}
          >
            <View className="check-picker__value">
              <Text className={check.form.productionDate ? '' : 'check-placeholder'}>
                {check.form.productionDate || '请选择生产日期'}
              </Text>
            </View>
          </Picker>
          {check.form.productionDate ? (
            <Text className="check-picker__clear" onClick={() => check.setField('productionDate', '')}>
              清除
            </Text>
          ) : null}
        </FormField>

        {check.errors.form ? (
          <View className="check-form-error">
            <Text>{check.errors.form}</Text>
          </View>
        ) : null}

        <Button
          className={`btn btn--primary check-submit ${check.submitting ? 'btn--busy' : ''}`}
          disabled={check.submitting || undefined}
          onClick={check.submit}
        >
          {check.submitting ? '正在核对…' : check.result ? '重新核对' : '查询是否在召回范围'}
        </Button>
      </View>

      {check.result ? <CheckResult result={check.result} recallId={recallId} /> : null}
    </PageShell>
  );
}
