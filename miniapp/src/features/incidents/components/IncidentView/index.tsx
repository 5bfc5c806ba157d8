import { Text, View } from '@tarojs/components';
import { CATEGORIES } from '@recall/shared';
import { type TIncidentView } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { PhotoGallery } from '../../../../components/PhotoGrid';
import { formatShanghaiTime } from '../../../../utils/format';
import { ClueTimeline } from '../../../clues/components/ClueTimeline';
import { CoveringRecalls } from '../../../clues/components/CoveringRecalls';
import './index.css';

const grave = (r: TIncidentView) => r.injury === 'death' || r.injury === 'serious';

/** Where the report stands, in the producer's words. */
export function IncidentStageTag({ report }: { report: TIncidentView }) {
  return <Text className={`incident-stage incident-stage--${report.stage}`}>{report.stageLabel}</Text>;
}

const productLine = (r: TIncidentView) => [r.brand, r.productName, r.model].filter(Boolean).join(' ');

/** One report in the company's list: product, harm, where it went and where it stands. */
export function IncidentCard({ report: r, onOpen }: { report: TIncidentView; onOpen: (id: number) => void }) {
  return (
    <View className="card incident-card" data-id={r.id} hoverClass="card--active" onClick={() => onOpen(r.id)}>
      <View className="incident-card__head">
        <Text className="incident-card__product">{productLine(r)}</Text>
        <IncidentStageTag report={r} />
      </View>
      <Text className={`incident-card__harm ${grave(r) ? 'incident-card__harm--grave' : ''}`}>{r.harmSummary}</Text>
      <Text className="incident-card__meta">
        {r.occurredOn} · {r.regionName} · 报送{r.routing.bureauName}
      </Text>
      {r.recalls.length ? <Text className="incident-card__recall">该产品已有召回：{r.recalls[0].recallNo}</Text> : null}
    </View>
  );
}

/** The whole report as filed, where it was sent and why, the recall already covering it, and its timeline. */
export function IncidentDetail({ report: r }: { report: TIncidentView }) {
  const sentTo = [r.routing.bureauName, ...r.routing.copiedToNames].join('、');
  return (
    <View className="incident-detail">
      <View className="card incident-detail__head">
        <View className="incident-card__head">
          <Text className="incident-card__product">{productLine(r)}</Text>
          <IncidentStageTag report={r} />
        </View>
        <Text className={`incident-card__harm ${grave(r) ? 'incident-card__harm--grave' : ''}`}>{r.harmSummary}</Text>
        <Text className="incident-detail__sent">已报送：{sentTo}</Text>
        <Text className="incident-detail__reason">{r.routing.reason}</Text>
        {r.case ? <Text className="incident-detail__case">监管局已据此立案调查（{r.case.stateLabel}）</Text> : null}
      </View>

      <CoveringRecalls recalls={r.recalls} staff />

      <Text className="section-title">报告内容</Text>
      <View className="card">
        <InfoRow label="受理编号" value={r.receiptNo} />
        <InfoRow label="报告单位" value={r.producerName} />
        <InfoRow label="产品类别" value={CATEGORIES[r.categoryCode]} />
        <InfoRow label="批次" value={r.batch} />
        <InfoRow label="生产日期" value={r.productionDate} />
        <InfoRow label="商品条码" value={r.gtin} />
        <InfoRow label="事发日期" value={r.occurredOn} />
        <InfoRow label="事发地点" value={`${r.regionName}${r.place ?? ''}`} />
        <InfoRow label="事故经过" value={r.description} />
        <InfoRow label="伤亡及损失" value={r.harmSummary} />
        <InfoRow label="已采取的措施" value={r.measures} />
        <InfoRow
          label="联系人"
          value={r.contact ? [r.contact.name, r.contact.phone, r.contact.address].filter(Boolean).join('，') : null}
        />
        <InfoRow label="提交时间" value={formatShanghaiTime(r.createdAt)} />
      </View>
      {r.photos.length ? (
        <>
          <Text className="section-title">照片</Text>
          <View className="card">
            <PhotoGallery photos={r.photos} />
          </View>
        </>
      ) : null}

      <Text className="section-title">办理进度</Text>
      <View className="card">
        <ClueTimeline events={r.timeline} />
      </View>
    </View>
  );
}
