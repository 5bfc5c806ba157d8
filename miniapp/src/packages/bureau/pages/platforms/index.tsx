import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { TPlatformView } from '@recall/shared/staff';
import { subpage, url } from '../../../../constants/routes';
import { InfoRow } from '../../../../components/InfoRow';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { usePlatformList } from '../../../../features/platforms/usePlatforms';
import { lastDeliveryWords, subscriptionWords, tallyWords } from '../../../../features/platforms/words';
import '../../../../features/platforms/components/platforms.css';

/** 电商平台: the platforms the province registered, what each receives and how it answered. */
export default function PlatformsPage() {
  return (
    <StaffGate
      className="plat-page"
      title="电商平台"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'admin'}
      deniedText="电商平台登记由省市场监管局管理。"
    >
      {() => <Registry />}
    </StaffGate>
  );
}

function Registry() {
  const q = usePlatformList();
  // Back from the form: the list shows what was saved.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void q.reload();
    shown.current = true;
  });
  const items = q.data?.items ?? [];
  const go = (page: 'platformForm' | 'platformRecord', id?: number) =>
    void Taro.navigateTo({ url: url(subpage('bureau', page), { id }) });
  return (
    <View className="plat-registry">
      <View className="card">
        <Text className="plat-muted">
          登记的电商平台会收到与订阅范围相符的召回（发布、更正、扩大范围、完成和撤回），并在平台工作台确认收到、报告下架和通知消费者等措施。
        </Text>
        <View className="plat-actions">
          <Button className="btn btn--primary btn--small plat-new" onClick={() => go('platformForm')}>
            登记电商平台
          </Button>
          <Button className="btn btn--plain btn--small plat-open-record" onClick={() => go('platformRecord')}>
            处置记录与导出
          </Button>
        </View>
      </View>
      <View className="card">
        <Text className="section-title">已登记的平台（{items.length}）</Text>
        {q.loading && !q.data ? <Text className="plat-muted">正在加载…</Text> : null}
        {q.error ? <Text className="plat-muted">{q.error}</Text> : null}
        {q.data && !items.length ? <Text className="plat-muted plat-none">还没有登记电商平台。</Text> : null}
        {items.map((p) => (
          <PlatformRow key={p.id} p={p} onEdit={() => go('platformForm', p.id)} />
        ))}
      </View>
    </View>
  );
}

function PlatformRow({ p, onEdit }: { p: TPlatformView; onEdit: () => void }) {
  return (
    <View className={`plat-item plat-row-${p.id}`}>
      <Text className="plat-item__title">
        {p.name}
        {p.disabled ? '（已停用）' : ''}
      </Text>
      <InfoRow label="订阅范围" value={subscriptionWords(p.subscription)} />
      <InfoRow label="最近推送" value={lastDeliveryWords(p)} />
      <InfoRow label="处置情况" value={tallyWords(p.tally)} />
      <Button className="btn btn--plain btn--small plat-edit" onClick={onEdit}>
        修改{p.name}
      </Button>
    </View>
  );
}
