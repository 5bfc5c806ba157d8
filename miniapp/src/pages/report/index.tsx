import { confirmClearDraft } from '../../services/draftPrompt';
import { useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ClueFormBody, ConsentBox, NotAClaimNotice } from '../../features/clues/components/ClueForm';
import { EmptyState } from '../../components/EmptyState';
import { FormActions } from '../../components/FormActions';
import { PageIntro } from '../../components/PageIntro';
import { PageShell } from '../../components/PageShell';
import { SignInPrompt } from '../../features/account/components/SignInPrompt';
import { Steps } from '../../components/Steps';
import { PAGES, url } from '../../constants/routes';
import { useClueForm } from '../../features/clues/useClueForm';
import { useCoveringRecalls } from '../../features/clues/useCoveringRecalls';
import { CoveringRecalls } from '../../features/clues/components/CoveringRecalls';
import { useRecallDetail } from '../../features/recalls/useRecallDetail';
import { useSession } from '../../features/account/useSession';
import { useUnreadBadge } from '../../features/notify/useUnreadBadge';
import { useTabPage } from '../../hooks/useTabPage';
import { keepReceipt, takePrefill, type ReportPrefill } from '../../features/clues/clueDraft';
import { askSubscribe } from '../../features/notify/subscribe';
import { idParam, param } from '../../utils/params';
import './index.css';

const HOW_IT_IS_HANDLED = [
  { title: '提交报告', description: '系统生成报告编号，并告诉你报告交给了哪个市场监管局、为什么。' },
  { title: '属地受理', description: '按生产者登记地分派；生产者不明的，交给购买或使用地的市场监管局。' },
  { title: '核实情况', description: '工作人员核实情况，必要时通知生产者开展调查分析。' },
  { title: '结果告知', description: '受理、移送和处理结果会显示在“我的报告”中。' },
];

function prefillFromQuery(params: Record<string, string | undefined>): ReportPrefill | null {
  const p: ReportPrefill = {
    gtin: param(params.gtin, 14),
    brand: param(params.brand, 100),
    model: param(params.model, 100),
    productName: param(params.productName, 100),
    categoryCode: param(params.categoryCode, 2),
    recallId: idParam(params.recallId),
  };
  return Object.values(p).some((v) => v !== undefined) ? p : null;
}

export default function ReportPage() {
  const session = useSession();
  const { params } = useRouter();
  const form = useClueForm('consumer');
  const context = useRecallDetail(form.draft.recallId);
  const covering = useCoveringRecalls(form.draft);
  const [busy, setBusy] = useState(false);
  const [queryApplied, setQueryApplied] = useState(false);
  useTabPage(PAGES.report);
  useUnreadBadge();

  // Product facts from the page that opened 报告 (a hand-off for switchTab, or this page's query).
  useDidShow(() => {
    const handed = takePrefill();
    const fromQuery = queryApplied ? null : prefillFromQuery(params);
    if (!queryApplied) setQueryApplied(true);
    const prefill = handed ?? fromQuery;
    if (prefill) void form.applyPrefill(prefill);
  });

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };

  const submit = async () => {
    // Asked inside the tap, once the report is complete (WeChat needs the gesture), while it is sent.
    let asked: Promise<void> | undefined;
    const res = await form.submit(() => {
      asked = askSubscribe('clue_submitted');
    });
    if (!res) return;
    keepReceipt(res);
    await asked;
    // The receipt takes the emptied form's place: back from it returns to where the report began.
    void Taro.redirectTo({ url: url(PAGES.clueReceipt, { id: res.id }) });
  };

  const startOver = async () => {
    if (await confirmClearDraft()) form.reset();
  };

  const goMine = () => void Taro.navigateTo({ url: url(PAGES.myClues) });

  return (
    <PageShell className="report">
      <PageIntro
        title="报告产品缺陷"
        description="产品存在可能危及人身、财产安全的问题，可以报告给市场监管部门核实处理。"
      />

      {session.loading && !session.signedIn ? (
        <View className="card">
          <EmptyState glyph="…" title="正在确认登录状态" />
        </View>
      ) : !session.signedIn ? (
        <>
          <SignInPrompt
            title="登录后提交报告"
            description="登录后可以提交缺陷报告，并在“我的报告”中查看受理和处理进度。"
            busy={busy}
            consumer={session.consumerSignIn}
            onSignIn={signIn}
            onStaffLogin={session.openStaffLogin}
          />
          <Text className="section-title">办理流程</Text>
          <View className="card">
            <Steps items={HOW_IT_IS_HANDLED} />
          </View>
        </>
      ) : (
        <>
          <View className="report-mine" hoverClass="report-mine--active" onClick={goMine}>
            <Text className="report-mine__title">我的报告</Text>
            <Text className="report-mine__hint">查看已提交报告的办理进度</Text>
            <Text className="report-mine__arrow">›</Text>
          </View>

          <NotAClaimNotice />

          {form.restored ? (
            <View className="notice notice--info report-restored">
              <Text>已恢复你上次未提交的草稿。</Text>
              <Text className="link report-restored__clear" onClick={startOver}>
                清空重填
              </Text>
            </View>
          ) : null}

          {form.draft.recallId && context.recall ? (
            <View className="notice notice--info report-context">
              <Text>关于召回信息：{context.recall.title}</Text>
            </View>
          ) : null}

          <ClueFormBody form={form} />

          <CoveringRecalls recalls={covering} />

          <ConsentBox
            checked={form.draft.consent}
            error={form.errors.consent}
            onChange={(v) => form.set('consent', v)}
          />

          <FormActions
            className="report-actions"
            errorClass="report-form-error"
            buttonClass="report-submit"
            label="提交报告"
            submitting={form.submitting}
            error={form.errors.form}
            hint="草稿会自动保存在本机，提交成功后清除。正在起火请拨打 119，有人受伤请拨打 120。"
            onSubmit={submit}
          />
        </>
      )}
      {session.error ? <View className="notice">{session.error}</View> : null}
    </PageShell>
  );
}
