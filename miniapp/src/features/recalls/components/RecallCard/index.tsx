import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { CATEGORIES, type TRecallPublic } from '@recall/shared';
import { PAGES, url } from '../../../../constants/routes';
import { fullUrl } from '../../../../services/http';
import { shortList } from '../../../../utils/format';
import { actionRole, imageAlt } from '../../../../utils/a11y';
import { DemoBadge } from '../DemoBadge';
import { StatusTag } from '../StatusTag';
import { WarningTag } from '../KindTag';
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

interface Props {
  recall: TRecallPublic;
  /** Extra query for the detail page (a searched bar code, scanned batch / date travel on to the check form). */
  carry?: Record<string, string | undefined>;
  /** A small action in the card's foot (e.g. 关注); its tap must not open the card. */
  action?: ReactNode;
}

/** One recall in the results: what it is, who made it, whether it is still running; tap for the detail. */
export function RecallCard({ recall, carry, action }: Props) {
  const open = () => void Taro.navigateTo({ url: url(PAGES.recall, { id: recall.id, ...carry }) });
  return (
    <View className="recall-card" hoverClass="recall-card--active" onClick={open}>
      <View className="recall-card__head">
        {recall.kind === 'warning' ? <WarningTag /> : <StatusTag status={recall.status} />}
        {recall.demo ? <DemoBadge className="recall-card__demo" /> : null}
        <Text className="recall-card__cat">{CATEGORIES[recall.categoryCode]}</Text>
      </View>
      <View className="recall-card__body">
        <View className="recall-card__main">
          {/* The card opens on a tap anywhere; for a keyboard and a screen reader its name is the link
              (the card holds its own action, which a link around it would swallow). */}
          <Text className="recall-card__product" {...actionRole({ role: 'link' })}>
            {recall.productName}
          </Text>
          <Row label="品牌" value={recall.brand} />
          <Row label="型号" value={recall.models.length ? shortList(recall.models) : null} />
          <Row label="生产者" value={recall.producerName} />
          {recall.kind === 'warning' ? <Row label="发布机构" value={recall.bureauName} /> : null}
        </View>
        {/* The producer's appearance photo: to recognise the product at a glance. */}
        {recall.photos?.length ? (
          <Image
            className="recall-card__thumb"
            src={fullUrl(recall.photos[0].thumbUrl)}
            mode="aspectFill"
            {...imageAlt(`${recall.productName}外观照片`)}
          />
        ) : null}
      </View>
      <View className="recall-card__foot">
        <Text className="recall-card__date">
          {recall.kind === 'warning' ? `消费提示发布 ${recall.startDate}` : `召回开始 ${recall.startDate}`}
        </Text>
        <View className="recall-card__actions">
          {action}
          <Text className="recall-card__more">查看详情 ›</Text>
        </View>
      </View>
    </View>
  );
}
