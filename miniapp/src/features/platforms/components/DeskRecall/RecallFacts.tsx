import { Text, View } from '@tarojs/components';
import { CATEGORIES } from '@recall/shared';
import type { TPlatformDelivery } from '@recall/shared/staff';
import { PLATFORM_EVENTS } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { productionRange } from '../../../../utils/format';

/** The recall as published (what the push carried): the public's details, for finding the listings. */
export function RecallFacts({ delivery }: { delivery: TPlatformDelivery }) {
  const r = delivery.recall;
  return (
    <View className="card plat-recall-facts">
      <Text className="plat-item__title">{r.title}</Text>
      <Text className="plat-muted">
        {r.recallNo} · 本次推送：{PLATFORM_EVENTS[delivery.event]}
        {r.withdrawn ? ' · 已撤回' : ''}
      </Text>
      <InfoRow label="生产者" value={r.producerName} />
      <InfoRow label="产品" value={r.productName} />
      <InfoRow label="品牌" value={r.brand} />
      <InfoRow label="类别" value={CATEGORIES[r.categoryCode]} />
      <InfoRow label="型号" value={r.models.join('、')} />
      <InfoRow label="商品条码" value={r.gtins.join('、')} />
      <InfoRow label="批次" value={r.batches.join('、')} />
      <InfoRow label="生产日期" value={productionRange(r)} />
      <InfoRow label="缺陷" value={r.defect} />
      <InfoRow label="可能后果" value={r.consequence} />
      <InfoRow label="补救措施" value={r.remedy} />
      <InfoRow label="召回开始" value={r.startDate} />
      <InfoRow label="咨询电话" value={r.contactPhone} />
    </View>
  );
}
