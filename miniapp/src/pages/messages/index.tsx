import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/EmptyState';
import { PageIntro } from '../../components/PageIntro';
import { PageShell } from '../../components/PageShell';
import { SignInPrompt } from '../../components/SignInPrompt';
import { Steps } from '../../components/Steps';
import { useSession } from '../../hooks/useSession';

const WHAT_YOU_GET = [
  { title: '报告进度', description: '你提交的缺陷报告被受理、转办和处理完成时的通知。' },
  { title: '补充材料', description: '工作人员需要你补充照片或说明时的提醒。' },
  { title: '召回提醒', description: '与你报告的产品相关的召回发布后，第一时间告诉你。' },
];

export default function MessagesPage() {
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };

  return (
    <PageShell className="messages">
      <PageIntro title="消息" description="报告的办理进度和与你相关的召回提醒会显示在这里。" />

      {session.loading && !session.signedIn ? (
        <View className="card">
          <EmptyState glyph="…" title="正在确认登录状态" />
        </View>
      ) : session.signedIn ? (
        <View className="card">
          <EmptyState glyph="信" title="暂无消息" description="提交缺陷报告后，受理和处理进度会显示在这里。" />
        </View>
      ) : (
        <SignInPrompt
          title="登录后查看消息"
          description="登录后可以查看报告办理进度，并接收召回提醒。"
          busy={busy}
          consumer={session.consumerSignIn}
          onSignIn={signIn}
          onStaffLogin={session.openStaffLogin}
        />
      )}
      {session.error ? <View className="notice">{session.error}</View> : null}

      <Text className="section-title">你会收到</Text>
      <View className="card">
        <Steps items={WHAT_YOU_GET} />
      </View>
      <View className="notice notice--info">
        <Text>微信提醒以订阅消息发送，每次发送前都会先征得你的同意，你可以随时在微信设置中关闭。</Text>
      </View>
    </PageShell>
  );
}
