import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PAGES, url } from '../../constants/routes';
import { useSession } from '../../hooks/useSession';
import { EmptyState } from '../EmptyState';
import { PageShell } from '../PageShell';
import './index.css';

interface Props {
  title: string;
  /** Whether the signed-in role may use this workspace. */
  allowed: (s: ReturnType<typeof useSession>) => boolean;
  deniedText: string;
  listTitle: string;
  emptyTitle: string;
  emptyText: string;
}

/** Frame shared by the staff workspaces (bureau and producer subpackages). */
export function Workspace({ title, allowed, deniedText, listTitle, emptyTitle, emptyText }: Props) {
  const session = useSession();
  const me = session.me;
  const goLogin = () => void Taro.navigateTo({ url: url(PAGES.login) });
  const goHome = () => void Taro.switchTab({ url: url(PAGES.me) });

  if (session.loading && !me) {
    return (
      <PageShell className="ws">
        <EmptyState glyph="…" title="正在确认登录状态" />
      </PageShell>
    );
  }
  if (!me) {
    return (
      <PageShell className="ws">
        <EmptyState glyph="工" title={`${title}需要登录`} description="请使用工作人员账号登录后再进入。">
          <Button className="btn btn--primary btn--small" onClick={goLogin}>
            工作人员登录
          </Button>
        </EmptyState>
      </PageShell>
    );
  }
  if (!allowed(session)) {
    return (
      <PageShell className="ws">
        <EmptyState glyph="!" tone="warning" title="无法进入此工作台" description={deniedText}>
          <Button className="btn btn--plain btn--small" onClick={goHome}>
            返回“我的”
          </Button>
        </EmptyState>
      </PageShell>
    );
  }

  return (
    <PageShell className="ws">
      <View className="ws-head">
        <Text className="ws-head__title">{title}</Text>
        <Text className="ws-head__org">{me.org?.name ?? '未关联单位'}</Text>
        <Text className="ws-head__who">
          {me.displayName} · {me.roleLabel}
        </Text>
      </View>
      <Text className="section-title">{listTitle}</Text>
      <View className="card">
        <EmptyState glyph="空" title={emptyTitle} description={emptyText} />
      </View>
    </PageShell>
  );
}
