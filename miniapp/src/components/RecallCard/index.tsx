import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATEGORIES, type TRecallPublic } from '@recall/shared';
import { StatusTag } from '../StatusTag';
import './index.css';

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <View className="recall-card__row">
      <Text className="recall-card__label">{label}</Text>
      <Text className="recall-card__value">{value}</Text>
    </View>
  );
}

function productionRange(r: TRecallPublic): string | null {
  if (r.productionFrom && r.productionTo) return `${r.productionFrom} 至 ${r.productionTo}`;
  if (r.productionFrom) return `${r.productionFrom} 起`;
  if (r.productionTo) return `至 ${r.productionTo}`;
  return null;
}

/** One recall in the results: the essentials up front, defect and remedy on tap. */
export function RecallCard({ recall }: { recall: TRecallPublic }) {
  const [open, setOpen] = useState(false);
  const models =
    recall.models.length > 3
      ? `${recall.models.slice(0, 2).join('、')} 等 ${recall.models.length} 个型号`
      : recall.models.join('、');

  return (
    <View className="recall-card" onClick={() => setOpen(!open)}>
      <View className="recall-card__head">
        <StatusTag status={recall.status} />
        <Text className="recall-card__cat">{CATEGORIES[recall.categoryCode]}</Text>
        {recall.demo ? <Text className="recall-card__demo">演示数据</Text> : null}
        <Text className="recall-card__date">{recall.startDate}</Text>
      </View>
      <Text className="recall-card__product">{recall.productName}</Text>
      <Row label="品牌" value={recall.brand} />
      <Row label="型号" value={models} />
      <Row label="生产者" value={recall.producerName} />
      <Row label="召回数量" value={recall.quantity > 0 ? `${recall.quantity.toLocaleString('zh-CN')} 件` : null} />
      {open ? (
        <View className="recall-card__detail">
          <Row label="生产日期" value={productionRange(recall)} />
          <Row label="批次" value={recall.batches.slice(0, 5).join('、') + (recall.batches.length > 5 ? ' 等' : '')} />
          <Row label="缺陷情况" value={recall.defect} />
          <Row label="可能后果" value={recall.consequence} />
          <Row label="召回措施" value={recall.remedy} />
          <Row label="咨询电话" value={recall.contactPhone} />
          <Row label="召回编号" value={recall.recallNo} />
        </View>
      ) : null}
      <Text className="recall-card__toggle">{open ? '收起' : '查看缺陷情况与召回措施'}</Text>
    </View>
  );
}
