import Taro, { useRouter } from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import {
  CATEGORIES,
  CATEGORY_CODES,
  WARNING_GROUNDS,
  WARNING_GROUND_KEYS,
  WARNING_LABEL,
  WARNING_NOTICE,
  type CategoryCode,
} from '@recall/shared';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { EmptyState } from '../../../../components/EmptyState';
import { FormField } from '../../../../components/FormField';
import { PhotoEditor } from '../../../../components/PhotoGrid';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { SubmitBar } from '../../../../features/cases/components/SubmitBar';
import { WarningTag } from '../../../../features/recalls/components/KindTag';
import { MAX_WARNING_PHOTOS, useWarningForm, type WarningDraft } from '../../../../features/warnings/useWarningForm';
import { useReferences } from '../../../../features/clues/useBureaus';
import { idParam, param } from '../../../../utils/params';
import './index.css';

export default function WarningPage() {
  return (
    <StaffGate
      className="warning-page"
      title="发布消费提示"
      allowed={(s) => s.canOpenBureau}
      deniedText="消费提示由市场监管部门发布。"
    >
      {() => <WarningForm />}
    </StaffGate>
  );
}

const categoryCodes = CATEGORY_CODES as readonly CategoryCode[];

/**
 * 发布消费提示 (办法 第十九条) from a case (`?caseId=`) or a clue whose producer is unknown
 * (`?clueId=`), or its correction (`?id=`): the product, the hazard, what consumers should do,
 * and a preview of what consumers will see in the recall lookup.
 */
function WarningForm() {
  const { params } = useRouter();
  const refs = useReferences();
  const id = idParam(params.id);
  const caseId = idParam(params.caseId);
  const clueId = idParam(params.clueId);
  const w = useWarningForm(
    { id: id ?? undefined, caseId: caseId ?? undefined, clueId: clueId ?? undefined },
    {
      productName: param(params.productName, 200) ?? '',
      brand: param(params.brand, 100) ?? '',
      models: param(params.model, 100) ?? '',
      producerName: param(params.producerName, 200) ?? '',
      categoryCode: (categoryCodes.find((c) => c === params.categoryCode) ?? '01') as CategoryCode,
      ground: clueId ? 'untraceable' : 'untraceable',
    },
  );
  if (w.loading) return <EmptyState glyph="…" title="正在读取消费提示" />;
  const d = w.draft;

  const text = (field: keyof WarningDraft, label: string, hint: string, optional = false) => (
    <FormField label={label} hint={hint} error={w.errors[field]} optional={optional} dataKey={field}>
      <Input
        className="form-input"
        value={String(d[field])}
        placeholder={`请输入${label}`}
        placeholderClass="form-placeholder"
        onInput={(e) => w.set(field, e.detail.value as never)}
      />
    </FormField>
  );
  const area = (field: keyof WarningDraft, label: string, hint: string, max: number) => (
    <FormField label={label} hint={hint} error={w.errors[field]} dataKey={field}>
      <CountedTextarea
        value={String(d[field])}
        max={max}
        placeholder={`请填写${label}`}
        onInput={(v) => w.set(field, v as never)}
      />
    </FormField>
  );

  const submit = async () => {
    const done = await w.submit();
    if (!done) return;
    void Taro.showToast({ title: id ? '已更正' : '已发布', icon: 'success' });
    setTimeout(() => void Taro.navigateBack().catch(() => undefined), 600);
  };

  return (
    <View className="warning-form">
      <View className="notice notice--info">
        <Text>
          生产者无法追溯、责令召回拒不召回或有其他不能实施召回的情形时，市场监管部门发布消费提示
          {refs ? `（${refs.warning}）` : ''}。发布后，消费者在召回查询、扫码和“我的产品”中看到，并标明“
          {WARNING_LABEL}”。
        </Text>
      </View>

      {!id ? (
        <FormField label="发布理由" hint="属于哪一种情形" error={w.errors.ground} dataKey="ground">
          <Picker
            mode="selector"
            range={WARNING_GROUND_KEYS.map((g) => WARNING_GROUNDS[g].label)}
            value={Math.max(0, WARNING_GROUND_KEYS.indexOf(d.ground))}
            onChange={(e) => w.set('ground', WARNING_GROUND_KEYS[Number(e.detail.value)])}
          >
            <View className="warning-form__pick">
              <Text>{WARNING_GROUNDS[d.ground].label}</Text>
              <Text className="warning-form__caret">›</Text>
            </View>
          </Picker>
        </FormField>
      ) : null}

      {text('productName', '产品名称', '消费者在商品上看到的名称')}
      {text('brand', '品牌', '商标或品牌名', true)}
      <FormField label="产品类别" hint="按召回产品类别" error={w.errors.categoryCode} dataKey="categoryCode">
        <Picker
          mode="selector"
          range={categoryCodes.map((c) => CATEGORIES[c])}
          value={Math.max(0, categoryCodes.indexOf(d.categoryCode))}
          onChange={(e) => w.set('categoryCode', categoryCodes[Number(e.detail.value)])}
        >
          <View className="warning-form__pick">
            <Text>{CATEGORIES[d.categoryCode]}</Text>
            <Text className="warning-form__caret">›</Text>
          </View>
        </Picker>
      </FormField>
      {text('models', '型号规格', '多个用顿号或逗号分开', true)}
      {text('gtins', '商品条码', '13 位数字，多个用顿号或逗号分开；填写后消费者扫码即可看到', true)}
      {text('batches', '批次', '多个用顿号或逗号分开；不填表示所列型号、条码的全部产品', true)}
      {text('productionFrom', '生产起始日期', '格式 2025-06-01', true)}
      {text('productionTo', '生产截止日期', '格式 2025-10-31', true)}
      {text('producerName', '生产者', '已知的名称；无法追溯的可不填', true)}
      {area('hazard', '存在的缺陷', '消费者能看懂的缺陷说明', 2000)}
      {area('consequence', '安全风险', '可能造成的伤害或损失', 2000)}
      {area('advice', '消费者应采取的措施', '停止使用、如何处置、向谁反映（12315）', 2000)}
      <FormField
        label="产品照片"
        hint={`帮助消费者认出产品，最多 ${MAX_WARNING_PHOTOS} 张；照片中的拍摄地点等信息会被去除`}
        error={w.errors.photoIds}
        optional
        dataKey="photoIds"
      >
        <PhotoEditor
          photos={w.photos.photos}
          max={MAX_WARNING_PHOTOS}
          onAdd={() => void w.photos.add()}
          onRetry={w.photos.retry}
          onRemove={w.photos.remove}
        />
      </FormField>
      {id ? area('note', '更正原因', '公开显示在变更记录中', 200) : null}

      <Text className="section-title">预览：消费者看到的样子</Text>
      <View className="card warning-preview">
        <View className="warning-preview__tags">
          <WarningTag />
          <Text className="warning-preview__cat">{CATEGORIES[d.categoryCode]}</Text>
        </View>
        <Text className="warning-preview__title">
          关于{d.brand ? `${d.brand}牌` : ''}
          {d.productName || '（产品名称）'}的消费提示
        </Text>
        <Text className="warning-preview__notice">{WARNING_NOTICE}</Text>
        <Text className="warning-preview__label">存在的缺陷</Text>
        <Text className="warning-preview__text">{d.hazard || '（未填写）'}</Text>
        <Text className="warning-preview__label">安全风险</Text>
        <Text className="warning-preview__text">{d.consequence || '（未填写）'}</Text>
        <Text className="warning-preview__label">消费者应当怎么做</Text>
        <Text className="warning-preview__text">{d.advice}</Text>
        <Text className="warning-preview__label">咨询投诉电话</Text>
        <Text className="warning-preview__text">12315</Text>
      </View>

      <SubmitBar
        label={id ? '提交更正' : '发布消费提示'}
        busy={w.busy}
        onSubmit={() => void submit()}
        error={w.errors.form}
        errorCount={Object.values(w.errors).filter(Boolean).length}
      />
    </View>
  );
}
