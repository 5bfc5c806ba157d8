import { Button, Text, View } from '@tarojs/components';
import type { TPlatformRecallStatus } from '@recall/shared/staff';
import { formatShanghaiTime } from '../../../../utils/format';
import { useRecallPlatforms } from '../../usePlatforms';
import { MeasureList } from './Measures';
import '../platforms.css';

/** 电商平台处置: each platform a recall was pushed to, whether it answered and what it did, by when. */
export function RecallPlatformsPanel({ recallId }: { recallId: number }) {
  const q = useRecallPlatforms(recallId);
  const items = q.data?.items ?? [];
  return (
    <View className="card recall-platforms">
      <Text className="section-title">电商平台处置</Text>
      {q.loading && !q.data ? <Text className="plat-muted">正在加载推送和处置情况…</Text> : null}
      {q.error ? (
        <View>
          <Text className="plat-muted">{q.error}</Text>
          <Button className="btn btn--plain btn--small" onClick={() => void q.reload()}>
            重新加载
          </Button>
        </View>
      ) : null}
      {q.data && !items.length ? (
        <Text className="plat-muted recall-platforms__none">
          这条召回尚未推送给任何电商平台（没有平台订阅与之相符）。
        </Text>
      ) : null}
      {items.map((s) => (
        <PlatformStatus key={s.platform.id} s={s} />
      ))}
    </View>
  );
}

function PlatformStatus({ s }: { s: TPlatformRecallStatus }) {
  return (
    <View className={`plat-item recall-platforms__item recall-platforms__item-${s.platform.id}`}>
      <Text className="plat-item__title">
        {s.platform.name}
        {s.overdue ? <Text className="plat-overdue">（有措施逾期）</Text> : null}
      </Text>
      <Text className="plat-muted">
        推送：{formatShanghaiTime(s.pushedAt)} · {s.delivery.stateLabel}
        {s.delivery.attempts > 1 ? `（已尝试 ${s.delivery.attempts} 次）` : ''}
      </Text>
      <Text className="plat-muted recall-platforms__ack">
        {s.acknowledgedAt ? `已确认收到：${formatShanghaiTime(s.acknowledgedAt)}` : '尚未确认收到'}
      </Text>
      {s.hoursToAct !== null ? <Text className="plat-muted">首次处置用时：{s.hoursToAct} 个工作小时</Text> : null}
      <MeasureList measures={s.measures} />
    </View>
  );
}
