import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/EmptyState';
import { PageIntro } from '../../components/PageIntro';
import { PageShell } from '../../components/PageShell';
import { SignInPrompt } from '../../components/SignInPrompt';
import { Steps } from '../../components/Steps';
import { useSession } from '../../hooks/useSession';
import './index.css';

const WHAT_TO_PROVIDE = [
  { title: '产品信息', description: '产品名称、品牌、型号规格、商品条码，购买时间和渠道。' },
  { title: '问题经过', description: '发生了什么、在什么情况下发生，是否造成人身伤害或财产损失。' },
  { title: '现场照片', description: '产品整体、铭牌或标签、问题部位的照片（位置等隐私信息会被去除）。' },
  { title: '联系方式', description: '便于工作人员核实情况时联系你，不会公开。' },
];

const HOW_IT_IS_HANDLED = [
  { title: '提交报告', description: '在线填写并提交，系统生成报告编号。' },
  { title: '属地受理', description: '报告按生产者所在地转交市场监管部门，按规定时限受理。' },
  { title: '核实线索', description: '工作人员分析线索，必要时通知生产者开展调查。' },
  { title: '结果告知', description: '受理、转办和处理结果会通过“消息”通知你。' },
];

export default function ReportPage() {
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };

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
      ) : session.signedIn ? (
        <View className="card report-ready">
          <Text className="report-ready__title">在线报告即将开放</Text>
          <Text className="report-ready__desc">
            你已登录为{session.me?.displayName}。在线填写报告的功能正在建设中，开放后可直接在这里提交并跟踪办理进度。
          </Text>
        </View>
      ) : (
        <SignInPrompt
          title="登录后提交报告"
          description="登录后可以提交缺陷报告，并在“消息”中查看受理和处理进度。"
          busy={busy}
          consumer={session.consumerSignIn}
          onSignIn={signIn}
          onStaffLogin={session.openStaffLogin}
        />
      )}
      {session.error ? <View className="notice">{session.error}</View> : null}

      <Text className="section-title">报告需要提供</Text>
      <View className="card">
        <Steps items={WHAT_TO_PROVIDE} />
      </View>

      <Text className="section-title">办理流程</Text>
      <View className="card">
        <Steps items={HOW_IT_IS_HANDLED} />
      </View>

      <View className="notice">
        <Text>如遇紧急安全问题或需要投诉举报，请拨打 12315 市场监管投诉举报热线。</Text>
      </View>
    </PageShell>
  );
}
