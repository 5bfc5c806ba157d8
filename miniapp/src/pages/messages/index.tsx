import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { SUBSCRIBE_MOMENTS, type MessageKind, type TemplateKey, type TMessageView } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { ListFooter } from '../../components/ListFooter';
import { PageShell } from '../../components/PageShell';
import { SignInPrompt } from '../../features/account/components/SignInPrompt';
import { Steps } from '../../components/Steps';
import { useMessages } from '../../features/notify/useMessages';
import { useSession } from '../../features/account/useSession';
import { useUnreadBadge } from '../../features/notify/useUnreadBadge';
import { useTabPage } from '../../hooks/useTabPage';
import { PAGES } from '../../constants/routes';
import { askTemplates, canAskSubscribe } from '../../features/notify/subscribe';
import { formatShanghaiTime } from '../../utils/format';
import './index.css';

const CONSUMER_GETS = [
  { title: '报告进度', description: '你提交的缺陷报告被受理、分派、移送和处理完成时的通知。' },
  { title: '召回提醒', description: '你关注的产品或你报告过的产品发布召回时，第一时间告诉你。' },
  { title: '召回申请进度', description: '生产者受理、安排和完成你的召回申请的每一步。' },
];
const STAFF_GETS = [
  { title: '待办事项', description: '分派到本单位的线索、生产者提交的材料、监管部门的通知书。' },
  { title: '期限提醒', description: '办理期限届满前 2 个工作日提醒，超期时再次提醒。' },
];
const CONSUMER_TEMPLATES: readonly TemplateKey[] = ['clue_progress', 'recall_alert', 'request_progress'];

/** Colour of a kind's label: recall alerts red, deadlines amber, the rest blue. */
function tone(kind: MessageKind): string {
  if (kind === 'recall_matched' || kind === 'deadline_overdue') return 'alert';
  if (kind === 'deadline_soon') return 'warn';
  return 'info';
}

/** '今天 14:30' for today (Beijing time), else '2025-11-20 14:30'. */
function when(iso: string): string {
  const full = formatShanghaiTime(iso);
  const today = formatShanghaiTime(new Date().toISOString()).slice(0, 10);
  return full.startsWith(today) ? `今天 ${full.slice(11)}` : full;
}

function MessageRow({ m, onOpen }: { m: TMessageView; onOpen: (m: TMessageView) => void }) {
  const unread = !m.readAt;
  return (
    <View
      className={`message-row ${unread ? 'message-row--unread' : ''}`}
      hoverClass="message-row--active"
      data-id={m.id}
      onClick={() => onOpen(m)}
    >
      <View className={`message-row__dot ${unread ? '' : 'message-row__dot--read'}`} />
      <View className="message-row__body">
        <View className="message-row__head">
          <Text className={`message-row__kind message-row__kind--${tone(m.kind)}`}>{m.kindLabel}</Text>
          <Text className="message-row__time">{when(m.createdAt)}</Text>
        </View>
        <Text className="message-row__title">{m.title}</Text>
        {m.body ? <Text className="message-row__text">{m.body}</Text> : null}
      </View>
      {m.link ? <Text className="message-row__arrow">›</Text> : null}
    </View>
  );
}

export default function MessagesPage() {
  const session = useSession();
  useTabPage(PAGES.messages);
  const unread = useUnreadBadge();
  const list = useMessages(session.signedIn);
  const [busy, setBusy] = useState(false);
  const templates = session.staff ? SUBSCRIBE_MOMENTS.workspace_opened : CONSUMER_TEMPLATES;
  const gets = session.staff ? STAFF_GETS : CONSUMER_GETS;

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };
  const subscribe = () => {
    void askTemplates(templates).then(() => void list.reload());
  };

  if (!session.signedIn) {
    return (
      <PageShell className="messages">
        {session.loading ? (
          <View className="card">
            <EmptyState glyph="…" title="正在确认登录状态" />
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
          <Steps items={CONSUMER_GETS} />
        </View>
      </PageShell>
    );
  }

  const empty = list.loaded && list.items.length === 0;
  return (
    <PageShell className="messages">
      <View className="messages-bar">
        <View className="messages-tabs">
          <Text
            className={`messages-tab ${list.filter === 'all' ? 'messages-tab--on' : ''}`}
            onClick={() => list.setFilter('all')}
          >
            全部
          </Text>
          <Text
            className={`messages-tab messages-tab--unread ${list.filter === 'unread' ? 'messages-tab--on' : ''}`}
            onClick={() => list.setFilter('unread')}
          >
            {unread > 0 ? `未读 ${unread > 99 ? '99+' : unread}` : '未读'}
          </Text>
        </View>
        <Text
          className={`messages-read-all ${unread === 0 || list.readingAll ? 'messages-read-all--idle' : ''}`}
          onClick={() => void list.readAll()}
        >
          {list.readingAll ? '正在标记…' : '全部已读'}
        </Text>
      </View>

      {canAskSubscribe(templates) ? (
        <View className="notice notice--info messages-subscribe" onClick={subscribe}>
          <Text>想在微信里及时收到提醒？</Text>
          <Text className="link">开启微信提醒 ›</Text>
        </View>
      ) : null}

      {list.error && list.items.length === 0 ? (
        <View className="card">
          <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={list.error}>
            <Button className="btn btn--primary btn--small" onClick={() => void list.reload()}>
              重新加载
            </Button>
          </EmptyState>
        </View>
      ) : !list.loaded ? (
        <View className="card">
          <EmptyState glyph="…" title="正在加载" />
        </View>
      ) : empty ? (
        <View className="card">
          <EmptyState
            glyph="信"
            title={list.filter === 'unread' ? '没有未读消息' : '暂无消息'}
            description={
              session.staff
                ? '分派到本单位的线索、生产者的材料和办理期限提醒会显示在这里。'
                : '提交缺陷报告、关注产品或申请召回后，进度和提醒会显示在这里。'
            }
          />
        </View>
      ) : (
        <View className="messages-list">
          {list.items.map((m) => (
            <MessageRow key={m.id} m={m} onOpen={list.open} />
          ))}
        </View>
      )}

      {list.items.length > 0 ? (
        <ListFooter
          className="messages-footer"
          loading={list.loading}
          error={list.error}
          hasMore={list.hasMore}
          count={list.items.length}
          total={list.total}
          unit="条"
          onRetry={list.loadMore}
          onMore={list.loadMore}
        />
      ) : null}

      {empty ? (
        <>
          <Text className="section-title">你会收到</Text>
          <View className="card">
            <Steps items={gets} />
          </View>
          <View className="notice notice--info">
            <Text>微信提醒以订阅消息发送，每次发送前都会先征得你的同意，你可以随时在微信设置中关闭。</Text>
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
