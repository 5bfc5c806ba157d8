import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TPlatformRecallStatus } from '@recall/shared/staff';
import { EmptyState } from '../../../../components/EmptyState';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useDeskRecalls } from '../../../../features/platforms/usePlatforms';
import { actionRole } from '../../../../utils/a11y';
import { formatShanghaiTime } from '../../../../utils/format';
import '../../../../features/account/components/Workspace/index.css';
import '../../../../features/platforms/components/platforms.css';

/** 电商平台工作台: the recalls pushed to this platform, overdue first, then newest. */
export default function PlatformInbox() {
  return (
    <StaffGate
      className="ws plat-desk"
      title="电商平台工作台"
      allowed={(s) => s.canOpenPlatform}
      deniedText="此工作台仅供已登记电商平台的工作人员使用。"
    >
      {(me) => (
        <>
          <View className="ws-head">
            <Text className="ws-head__title">电商平台工作台</Text>
            <Text className="ws-head__org">{me.org?.name ?? '未关联平台'}</Text>
            <Text className="ws-head__who">
              {me.displayName} · {me.roleLabel}
            </Text>
          </View>
          <Received />
        </>
      )}
    </StaffGate>
  );
}

function Received() {
  const q = useDeskRecalls();
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void q.reload();
    shown.current = true;
  });
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));
  const items = q.data?.items ?? [];
  const overdue = items.filter((s) => s.overdue).length;
  return (
    <>
      <Text className="section-title">
        收到的召回（{items.length}）{overdue ? `，其中 ${overdue} 条有措施逾期` : ''}
      </Text>
      <View className="card">
        {q.loading && !q.data ? <Text className="plat-muted">正在加载…</Text> : null}
        {q.error ? <Text className="plat-muted">{q.error}</Text> : null}
        {q.data && !items.length ? (
          <EmptyState glyph="空" title="还没有收到召回" description="与本平台订阅范围相符的召回发布后会出现在这里。" />
        ) : null}
        {items.map((s) => (
          <ReceivedItem key={s.recall.id} s={s} />
        ))}
      </View>
    </>
  );
}

function ReceivedItem({ s }: { s: TPlatformRecallStatus }) {
  const open = () => void Taro.navigateTo({ url: url(subpage('platform', 'recall'), { recallId: s.recall.id }) });
  const pending = s.measures.filter((m) => m.state !== 'done').length;
  return (
    <View
      className={`plat-item plat-desk-item plat-desk-item-${s.recall.id}`}
      onClick={open}
      {...actionRole({ role: 'link' })}
    >
      <Text className="plat-item__title">{s.recall.title}</Text>
      <Text className="plat-muted">
        {s.recall.recallNo} · 推送于 {formatShanghaiTime(s.pushedAt)}
      </Text>
      <Text className={s.overdue ? 'plat-muted plat-overdue' : 'plat-muted'}>
        {s.overdue ? '有措施已逾期 · ' : ''}
        {s.acknowledgedAt ? '已确认收到' : '未确认收到'} · {pending ? `${pending} 项措施待完成` : '措施均已完成'}
      </Text>
    </View>
  );
}
