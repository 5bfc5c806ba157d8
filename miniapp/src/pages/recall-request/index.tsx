import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { REMEDIES } from '@recall/shared';
import { ConsentTick } from '../../components/ConsentTick';
import { EmptyState } from '../../components/EmptyState';
import { FormActions } from '../../components/FormActions';
import { Hotline } from '../../features/recalls/components/Hotline';
import { PageShell } from '../../components/PageShell';
import { SignInPrompt } from '../../features/account/components/SignInPrompt';
import { PAGES, url } from '../../constants/routes';
import { useRecallDetail } from '../../features/recalls/useRecallDetail';
import { useRecallRequest } from '../../features/participation/useRecallRequest';
import { useSession } from '../../features/account/useSession';
import { askSubscribe } from '../../features/notify/subscribe';
import { productionRange, shortList } from '../../utils/format';
import { confirmClearDraft } from '../../services/draftPrompt';
import { idParam } from '../../utils/params';
import '../../features/clues/components/ClueForm/index.css';
import { RequestFormBody } from '../../features/participation/components/RequestForm';
import './index.css';

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
