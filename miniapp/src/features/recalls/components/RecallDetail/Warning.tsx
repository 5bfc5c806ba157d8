import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CATEGORIES, type TRecallDetail } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { PAGES, url } from '../../../../constants/routes';
import { displayGtin, formatShanghaiDate, formatShanghaiTime, productionRange } from '../../../../utils/format';
import { useReferences } from '../../../clues/useBureaus';
import { Hotline } from '../Hotline';
import { WarningTag } from '../KindTag';
import { Appearance } from './PublicPlan';
import { RevisionList } from './Revisions';

/*
 * A 消费提示 (办法 第十九条) on the recall page: labelled as the regulator's warning, never as a
 * producer's recall; what to do is the bureau's advice and the number to call is 12315.
 */

/** Label, the sentence that it is not a recall, title, and what to do now (or why it is closed). */
export function WarningHead({ r }: { r: TRecallDetail }) {
  const replacedBy = r.warning?.supersededBy;
  return (
    <>
      {r.withdrawn ? (
        <View className="detail-withdrawn">
          <Text className="detail-withdrawn__title">{replacedBy ? '该消费提示已由召回取代' : '该消费提示已撤回'}</Text>
          <Text className="detail-withdrawn__text">
            {replacedBy ? '生产者已发布召回，请按召回信息办理。' : '以下内容仅供查阅。撤回原因见页面下方的变更记录。'}
          </Text>
          {replacedBy ? (
            <Text
              className="link detail-withdrawn__link warning-replaced"
              onClick={() => void Taro.redirectTo({ url: url(PAGES.recall, { id: replacedBy.id }) })}
            >
              查看召回：{replacedBy.title} ›
            </Text>
          ) : null}
        </View>
      ) : null}

      <View className="detail-head">
        <View className="detail-head__tags">
          <WarningTag />
          <Text className="detail-head__cat">{CATEGORIES[r.categoryCode]}</Text>
        </View>
        <Text className="detail-head__title">{r.title}</Text>
        <Text className="detail-head__meta">
          {r.productName}
          {r.brand ? ` · 品牌 ${r.brand}` : ''}
        </Text>
        <Text className="detail-head__meta">
          {r.bureauName ?? '市场监管部门'}发布于 {r.startDate}
        </Text>
      </View>

      <View className="warning-notice">
        <Text className="warning-notice__text">{r.warning?.notice}</Text>
        {r.warning ? <Text className="warning-notice__ground">发布理由：{r.warning.groundLabel}</Text> : null}
      </View>

      {!r.withdrawn ? (
        <View className="detail-stop">
          <Text className="detail-stop__title">请立即停止使用</Text>
          <Text className="detail-stop__text">{r.remedy}</Text>
        </View>
      ) : null}
    </>
  );
}

/** The hazard, the products concerned, whom to call, who issued it, and its change history. */
export function WarningFacts({ r }: { r: TRecallDetail }) {
  const refs = useReferences();
  return (
    <>
      <Text className="section-title">存在的缺陷</Text>
      <View className="card">
        <Text className="detail-text">{r.defect}</Text>
        <Text className="detail-subtitle">安全风险</Text>
        <Text className="detail-text">{r.consequence}</Text>
      </View>

      <Text className="section-title">消费者应当怎么做</Text>
      <View className="card">
        <Text className="detail-text">{r.remedy}</Text>
        <Hotline phone={r.contactPhone ?? '12315'} channels={null} />
      </View>

      <Appearance r={r} />

      <Text className="section-title">涉及产品</Text>
      <View className="card">
        <InfoRow label="产品名称" value={r.productName} />
        <InfoRow label="品牌" value={r.brand} />
        <InfoRow label="型号规格" value={r.models.join('、')} />
        <InfoRow label="商品条码" value={r.gtins.map(displayGtin).join('、')} />
        <InfoRow label="批次" value={r.batches.join('、')} />
        <InfoRow label="生产日期" value={productionRange(r)} />
        <InfoRow label="生产者" value={r.producerName} />
      </View>

      <Text className="section-title">发布信息</Text>
      <View className="card">
        <InfoRow label="编号" value={r.recallNo} />
        <InfoRow label="发布机构" value={r.bureauName} />
        <InfoRow label="发布日期" value={r.publishedAt ? formatShanghaiDate(r.publishedAt) : r.startDate} />
        <InfoRow label="依据" value={refs?.warning} />
        <InfoRow label="最近更新" value={formatShanghaiTime(r.updatedAt)} />
      </View>

      <RevisionList revisions={r.revisions} />
    </>
  );
}
