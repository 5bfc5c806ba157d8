import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { PAGES, url } from '../../../../constants/routes';
import { useSession } from '../../useSession';
import { EmptyState } from '../../../../components/EmptyState';
import { PageShell } from '../../../../components/PageShell';

export type Session = ReturnType<typeof useSession>;

interface Props {
  /** What this screen is, for the "needs sign-in" message. */
  title: string;
  /** Whether the signed-in role may use this screen. */
  allowed: (s: Session) => boolean;
  deniedText: string;
  className?: string;
  /** The screen itself, for a signed-in person who is allowed. */
  children: (me: TMeResponse, session: Session) => ReactNode;
}

/** Staff screens: waits for the session, asks to sign in, refuses other roles, then shows the screen. */
export function StaffGate({ title, allowed, deniedText, className, children }: Props) {
  const session = useSession();
  const me = session.me;
  const goLogin = () => void Taro.navigateTo({ url: url(PAGES.login) });
  const goHome = () => void Taro.switchTab({ url: url(PAGES.me) });

  if (session.loading && !me) {
    return (
      <PageShell className={className}>
        <EmptyState glyph="…" title="正在确认登录状态" />
      </PageShell>
    );
  }
  if (!me) {
    return (
      <PageShell className={className}>
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
      <PageShell className={className}>
        <EmptyState glyph="!" tone="warning" title="无法进入此页面" description={deniedText}>
          <Button className="btn btn--plain btn--small" onClick={goHome}>
            返回“我的”
          </Button>
        </EmptyState>
      </PageShell>
    );
  }
  return <PageShell className={className}>{children(me, session)}</PageShell>;
}
