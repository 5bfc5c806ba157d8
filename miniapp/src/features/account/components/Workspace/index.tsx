import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../../../components/EmptyState';
import { StaffGate, type Session } from '../StaffGate';
import './index.css';

interface Props {
  title: string;
  /** Whether the signed-in role may use this workspace. */
  allowed: (s: Session) => boolean;
  deniedText: string;
  listTitle: string;
  emptyTitle: string;
  emptyText: string;
  /** Entries to the workspace's tools, shown above the list. */
  tools?: ReactNode;
}

/** Frame shared by the staff workspaces (bureau and producer subpackages). */
export function Workspace({ title, allowed, deniedText, listTitle, emptyTitle, emptyText, tools }: Props) {
  return (
    <StaffGate className="ws" title={title} allowed={allowed} deniedText={deniedText}>
      {(me) => (
        <>
          <View className="ws-head">
            <Text className="ws-head__title">{title}</Text>
            <Text className="ws-head__org">{me.org?.name ?? '未关联单位'}</Text>
            <Text className="ws-head__who">
              {me.displayName} · {me.roleLabel}
            </Text>
          </View>
          {tools}
          <Text className="section-title">{listTitle}</Text>
          <View className="card">
            <EmptyState glyph="空" title={emptyTitle} description={emptyText} />
          </View>
        </>
      )}
    </StaffGate>
  );
}
