import { confirmClearDraft } from '../../services/draftPrompt';
import { CountedTextarea } from '../../components/CountedTextarea';
import { useState, type ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { REMEDIES, todayInShanghai } from '@recall/shared';
import { ConsentTick } from '../../components/ConsentTick';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { Hotline } from '../../features/recalls/components/Hotline';
import { PageShell } from '../../components/PageShell';
import { PhotoEditor } from '../../components/PhotoGrid';
import { RemedyChips } from '../../features/participation/components/RemedyChips';
import { SignInPrompt } from '../../features/account/components/SignInPrompt';
import { PAGES, url } from '../../constants/routes';
import { useRecallDetail } from '../../features/recalls/useRecallDetail';
import {
  useRecallRequest,
  type RecallRequestForm,
  type RequestField,
} from '../../features/participation/useRecallRequest';
import { useSession } from '../../features/account/useSession';
import { askSubscribe } from '../../features/notify/subscribe';
import { productionRange, shortList } from '../../utils/format';
import { idParam } from '../../utils/params';
import '../../features/clues/components/ClueForm/index.css';
import './index.css';

const NOTE_MAX = 500;

/** A field wrapped with its request path as `data-key` (stable for end-to-end tests). */
function Field({ field, children }: { field: RequestField; children: ReactNode }) {
  return (
    <View className={`rr-field rr-field--${field.replace('.', '-')}`} data-key={field}>
      {children}
    </View>
  );
}

export default function RecallRequestPage() {
  const { params } = useRouter();
  const recallId = idParam(params.recallId);
  const session = useSession();
  const { recall, loading, error, notFound, reload } = useRecallDetail(recallId);
  const form = useRecallRequest(recallId, recall?.remedyType);
  const [busy, setBusy] = useState(false);

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };

  if (!recall) {
    return (
      <PageShell className="recall-request">
        {loading ? (
          <EmptyState glyph="…" title="正在加载召回信息" />
        ) : notFound ? (
          <EmptyState glyph="无" title="未找到该召回信息" description="链接可能有误，或该信息已不再公开。" />
        ) : (
          <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={error ?? undefined}>
            <Button className="btn btn--primary btn--small" onClick={() => void reload()}>
              重新加载
            </Button>
          </EmptyState>
        )}
      </PageShell>
    );
  }

  const r = recall;
  const head = (
    <View className="rr-head">
      <Text className="rr-head__label">申请召回</Text>
      <Text className="rr-head__title">{r.title}</Text>
      <Text className="rr-head__meta">
        {r.productName}
        {r.brand ? ` · ${r.brand}` : ''} · {r.producerName}
      </Text>
      {r.remedyType ? <Text className="rr-head__remedy">召回措施：{REMEDIES[r.remedyType]}</Text> : null}
    </View>
  );

  if (!r.acceptsRequests || r.withdrawn) {
    return (
      <PageShell className="recall-request">
        {head}
        <View className="card">
          <EmptyState
            glyph="!"
            tone="warning"
            title="该召回暂不接受在线申请"
            description="请通过下方电话或召回途径联系生产者办理；如遇推诿，可拨打 12315 反映。"
          />
          <Hotline phone={r.contactPhone} channels={r.remedyChannels} />
        </View>
      </PageShell>
    );
  }

  if (!session.signedIn) {
    return (
      <PageShell className="recall-request">
        {head}
        {session.loading ? (
          <EmptyState glyph="…" title="正在确认登录状态" />
        ) : (
          <SignInPrompt
            title="登录后申请召回"
            description="登录后可以把申请提交给生产者客服，并在“我的召回申请”中查看处理进度。"
            busy={busy}
            consumer={session.consumerSignIn}
            onSignIn={signIn}
            onStaffLogin={session.openStaffLogin}
          />
        )}
      </PageShell>
    );
  }

  const submit = async () => {
    // Asked inside the tap, once the request is complete (WeChat needs the gesture), while it is sent.
    let asked: Promise<void> | undefined;
    const res = await form.submit(() => {
      asked = askSubscribe('remedy_requested');
    });
    if (!res) return;
    await asked;
    void Taro.showToast({ title: '申请已提交', icon: 'success' });
    void Taro.redirectTo({ url: url(PAGES.request, { id: res.id }) });
  };

  const startOver = async () => {
    if (await confirmClearDraft()) form.reset();
  };

  const range = [
    r.batches.length ? `批次 ${shortList(r.batches, 4)}` : '',
    productionRange(r) ? `生产日期 ${productionRange(r)}` : '',
  ]
    .filter(Boolean)
    .join('；');

  return (
    <PageShell className="recall-request">
      {head}

      {form.restored ? (
        <View className="notice notice--info rr-restored">
          <Text>已恢复你上次未提交的申请。</Text>
          <Text className="link rr-restored__clear" onClick={startOver}>
            清空重填
          </Text>
        </View>
      ) : null}

      <RequestFormBody form={form} range={range} suggested={r.remedyType} />

      <View className={`card rr-consent ${form.errors.consent ? 'rr-consent--error' : ''}`}>
        <ConsentTick
          className="rr-consent__row consent"
          checked={form.draft.consent}
          onChange={(v) => form.set('consent', v)}
        >
          我同意将以上姓名、电话和地址提供给{r.producerName}的客服，仅用于办理本次召回补救，不作其他用途。
        </ConsentTick>
        {form.errors.consent ? <Text className="field__error">{form.errors.consent}</Text> : null}
      </View>

      <FormActions
        className="rr-actions"
        errorClass="rr-form-error"
        buttonClass="request-submit"
        label="提交申请"
        submitting={form.submitting}
        error={form.errors.form}
        hint="草稿会自动保存在本机，提交成功后清除。召回期间生产者应免费补救，并承担你因召回支出的必要费用。"
        onSubmit={submit}
      />
    </PageShell>
  );
}

function RequestFormBody({
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
