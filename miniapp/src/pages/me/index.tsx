import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '../../components/Cell';
import { PageShell } from '../../components/PageShell';
import { PAGES, url } from '../../constants/routes';
import { ProfileCard, ReadingPrefs, ServiceLinks, WorkspaceLinks } from '../../features/account/components/MeSections';
import { useSession } from '../../features/account/useSession';
import { useUnreadBadge } from '../../features/notify/useUnreadBadge';
import { useTabPage } from '../../hooks/useTabPage';
import { isWeapp } from '../../utils/env';
import './index.css';

/** The consumer's own things, in the order people look for them. */
const CONSUMER_LINKS = [
  {
    className: 'me-my-products',
    badge: '品',
    title: '我的产品',
    description: '关注家里在用的产品，一旦召回立即通知',
    path: PAGES.myProducts,
  },
  {
    className: 'me-my-clues',
    badge: '报',
    title: '我的报告',
    description: '已提交的缺陷报告和办理进度',
    path: PAGES.myClues,
  },
  {
    className: 'me-my-requests',
    badge: '召',
    title: '我的召回申请',
    description: '向生产者申请召回的产品和处理进度',
    path: PAGES.myRequests,
  },
];

export default function MePage() {
  const session = useSession();
  useTabPage(PAGES.me);
  useUnreadBadge();
  const [busy, setBusy] = useState(false);
  const me = session.me;

  const signIn = async () => {
    setBusy(true);
    await session.signIn();
    setBusy(false);
  };

  return (
    <PageShell className="me">
      <ProfileCard session={session} />

      {session.error ? (
        <View className="notice me-error" onClick={() => void session.reload()}>
          <Text>{session.error}，点此重试</Text>
        </View>
      ) : null}

      {!me && !session.loading && session.consumerSignIn ? (
        <View className="me-actions">
          <Button
            className={`btn btn--primary ${busy ? 'btn--busy' : ''}`}
            disabled={busy || undefined}
            onClick={signIn}
          >
            {busy ? '正在登录…' : isWeapp() ? '微信一键登录' : '体验登录'}
          </Button>
        </View>
      ) : null}

      <WorkspaceLinks session={session} />

      {!session.staff ? (
        <CellGroup title="报告与申请">
          {CONSUMER_LINKS.map((l) => (
            <Cell
              key={l.path}
              className={l.className}
              badge={l.badge}
              title={l.title}
              description={l.description}
              onClick={() => void Taro.navigateTo({ url: url(l.path) })}
            />
          ))}
        </CellGroup>
      ) : null}

      <ReadingPrefs />
      <ServiceLinks session={session} />

      {me ? (
        <View className="me-actions">
          <Button className="btn btn--danger me-logout" onClick={session.logOut}>
            退出登录
          </Button>
        </View>
      ) : null}
    </PageShell>
  );
}
