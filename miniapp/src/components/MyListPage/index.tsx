import { useState, type ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import type { useSession } from '../../features/account/useSession';
import { EmptyState } from '../EmptyState';
import { PageShell } from '../PageShell';
import { SignInPrompt } from '../../features/account/components/SignInPrompt';

interface Props {
  className: string;
  session: ReturnType<typeof useSession>;
  /** The sign-in card's title and description, shown until someone signs in. */
  signIn: { title: string; description: string };
  /** Shown to a signed-in staff member instead of the page, on pages only consumers use. */
  staffNotice?: ReactNode;
  children: ReactNode;
}

/** The frame of a 我的… page: its children once the right person is signed in, else a sign-in card. */
export function MyListPage({ className, session, signIn, staffNotice, children }: Props) {
  const [busy, setBusy] = useState(false);
  const blockStaff = !!staffNotice && session.staff;

  if (!session.signedIn || blockStaff) {
    const onSignIn = async () => {
      setBusy(true);
      await session.signIn();
      setBusy(false);
    };
    return (
      <PageShell className={className}>
        {session.loading && !session.signedIn ? (
          <EmptyState glyph="…" title="正在确认登录状态" />
        ) : blockStaff ? (
          staffNotice
        ) : (
          <SignInPrompt
            title={signIn.title}
            description={signIn.description}
            busy={busy}
            consumer={session.consumerSignIn}
            onSignIn={onSignIn}
            onStaffLogin={session.openStaffLogin}
          />
        )}
      </PageShell>
    );
  }
  return <PageShell className={className}>{children}</PageShell>;
}

interface ListProps {
  list: {
    error: string | null;
    loaded: boolean;
    items: unknown[];
    reload: () => unknown;
  };
  /** The empty state shown when the list has nothing yet. */
  empty: ReactNode;
  children: ReactNode;
}

/** A 我的… list: a failed first load, then loading, then its empty state, else its rows. */
export function MyListBody({ list, empty, children }: ListProps) {
  if (list.error && list.items.length === 0) {
    return (
      <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={list.error}>
        <Button className="btn btn--primary btn--small" onClick={() => void list.reload()}>
          重新加载
        </Button>
      </EmptyState>
    );
  }
  if (!list.loaded) return <EmptyState glyph="…" title="正在加载" />;
  if (list.items.length === 0) return <View className="card">{empty}</View>;
  return <>{children}</>;
}
