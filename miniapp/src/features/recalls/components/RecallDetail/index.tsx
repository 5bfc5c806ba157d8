import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATEGORIES, REMEDIES, type TRecallDetail } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { Steps } from '../../../../components/Steps';
import {
  displayGtin,
  formatCount,
  formatShanghaiDate,
  formatShanghaiTime,
  productionRange,
} from '../../../../utils/format';
import { DemoBadge } from '../DemoBadge';
import { Hotline } from '../Hotline';
import { StatusTag } from '../StatusTag';
import { Appearance, Emergency, hazardRemains, Progress, Responsible } from './PublicPlan';
import { RevisionList } from './Revisions';

/*
 * What a recall says, as the recall page shows it (classes styled by pages/recall/index.css):
 * the head with its warnings, then the facts from the remedy down to the change history.
 */

const SOURCES: Record<TRecallDetail['source'], string> = {
  case: '本平台办理的召回案件',
  import: '市场监管部门发布的召回信息',
  foreign: '国外召回信息',
  warning: '市场监管部门发布的消费提示',
};

const BATCHES_SHOWN = 12;

function howToSteps(r: TRecallDetail) {
  return [
    {
      title: '核对是否在范围内',
      description: '点上方“查一查”，输入产品标签上的批次号、生产日期，确认你的这件是否在召回范围内。',
    },
    {
      title: '联系生产者',
      description: r.contactPhone
        ? `拨打召回咨询电话 ${r.contactPhone}${r.remedyChannels ? '，或通过上面列出的召回途径' : ''}，说明型号、批次和购买渠道。`
        : '通过上面列出的召回途径联系生产者，说明型号、批次和购买渠道。',
    },
    {
      title: '免费补救',
      description: `按召回措施${r.remedyType ? `（${REMEDIES[r.remedyType]}）` : ''}办理。召回期间生产者应当免费处理，并承担消费者因召回支出的必要费用。`,
    },
  ];
}

/** Whether the person should stop using the product now (an ongoing recall not withdrawn). */
const recallActive = (r: TRecallDetail) => !r.withdrawn && (r.status === 'ongoing' || r.status === 'rerecall');

/** Withdrawn notice, status, title, demo notice, and 停止使用 (or 已完成). */
export function RecallHead({ r }: { r: TRecallDetail }) {
  const active = recallActive(r);
  return (
    <>
      {r.withdrawn ? (
        <View className="detail-withdrawn">
          <Text className="detail-withdrawn__title">该召回信息已撤回</Text>
          <Text className="detail-withdrawn__text">
            以下内容仅供查阅，不再作为召回依据。撤回原因见页面下方的变更记录。
          </Text>
        </View>
      ) : null}

      <View className="detail-head">
        <View className="detail-head__tags">
          <StatusTag status={r.status} />
          {r.demo ? <DemoBadge className="detail-head__demo" /> : null}
          <Text className="detail-head__cat">{CATEGORIES[r.categoryCode]}</Text>
        </View>
        <Text className="detail-head__title">{r.title}</Text>
        <Text className="detail-head__meta">
          {r.productName}
          {r.brand ? ` · 品牌 ${r.brand}` : ''}
        </Text>
        <Text className="detail-head__meta">召回开始于 {r.startDate}</Text>
      </View>

      {r.demo ? (
        <View className="notice detail-demo">
          <Text>本条为演示数据，用于展示功能，并非真实发布的召回信息。</Text>
        </View>
      ) : null}

      {active ? (
        <View className="detail-stop">
          <Text className="detail-stop__title">请立即停止使用</Text>
          <Text className="detail-stop__text">
            该产品存在缺陷，继续使用可能造成伤害。请先核对你的产品是否在召回范围内，并联系生产者免费补救。
          </Text>
        </View>
      ) : r.status === 'completed' && !r.withdrawn && hazardRemains(r) ? (
        <View className="detail-stop">
          <Text className="detail-stop__title">未补救的产品请停止使用</Text>
          <Text className="detail-stop__text">
            召回已结束，但召回范围内尚未补救的产品仍存在缺陷。请停止使用，并
            {r.contactPhone ? `拨打 ${r.contactPhone} ` : '按下方联系方式'}
            联系生产者办理补救；如遇推诿，可拨打 12315 反映。
          </Text>
        </View>
      ) : r.status === 'completed' && !r.withdrawn ? (
        <View className="notice notice--info">
          <Text>该召回已完成，召回范围内的产品均已补救。</Text>
        </View>
      ) : null}
      <Emergency r={r} />
    </>
  );
}

/** 召回措施 to 变更记录: remedy, contact, how to get it, press release, defect, scope, producer, record. */
export function RecallFacts({ r, canRequest }: { r: TRecallDetail; canRequest: boolean }) {
  const [allBatches, setAllBatches] = useState(false);
  const [pressOpen, setPressOpen] = useState(false);
  const batches = allBatches ? r.batches : r.batches.slice(0, BATCHES_SHOWN);
  return (
    <>
      <Text className="section-title">召回措施</Text>
      <View className="card detail-remedy">
        {r.remedyType ? <Text className="detail-remedy__type">{REMEDIES[r.remedyType]}</Text> : null}
        <Text className="detail-text">{r.remedy}</Text>
      </View>

      <Progress r={r} />

      <Text className="section-title">联系生产者</Text>
      <View className="card">
        <Hotline phone={r.contactPhone} channels={r.remedyChannels} />
      </View>

      {!r.withdrawn ? (
        <>
          <Text className="section-title">如何申请补救</Text>
          <View className="card">
            <Steps items={howToSteps(r)} />
            {canRequest ? (
              <View className="detail-soon">
                <Text>
                  也可以点上方“我有这件产品，申请召回”在线提交，生产者客服会按你留下的电话联系你，办理进度在“我的召回申请”中查看。如遇推诿，可拨打
                  12315 反映。
                </Text>
              </View>
            ) : (
              <View className="detail-soon">
                <Text>
                  线上申请功能即将开通，届时可在本页直接提交补救申请并查看进度。目前请通过电话或上述途径联系生产者；如遇推诿，可拨打
                  12315 反映。
                </Text>
              </View>
            )}
          </View>
        </>
      ) : null}

      {r.pressRelease ? (
        <>
          <Text className="section-title">新闻稿</Text>
          <View className="card detail-press">
            <Text className="detail-press__title">{r.pressRelease.title}</Text>
            <Text className={`detail-text detail-press__body ${pressOpen ? '' : 'detail-press__body--folded'}`}>
              {r.pressRelease.body}
            </Text>
            <Text className="link detail-press__toggle" onClick={() => setPressOpen(!pressOpen)}>
              {pressOpen ? '收起' : '展开全文'}
            </Text>
          </View>
        </>
      ) : null}

      <Text className="section-title">缺陷情况</Text>
      <View className="card">
        <Text className="detail-text">{r.defect}</Text>
        <Text className="detail-subtitle">可能导致的后果</Text>
        <Text className="detail-text">{r.consequence}</Text>
      </View>

      <Appearance r={r} />

      <Text className="section-title">召回范围</Text>
      <View className="card">
        <InfoRow label="产品名称" value={r.productName} />
        <InfoRow label="型号规格" value={r.models.join('、')} />
        <InfoRow label="商品条码" value={r.gtins.map(displayGtin).join('、')} />
        {r.batches.length ? (
          <InfoRow label="批次">
            <Text>{batches.join('、')}</Text>
            {r.batches.length > BATCHES_SHOWN ? (
              <Text className="link detail-more" onClick={() => setAllBatches(!allBatches)}>
                {allBatches ? ' 收起' : ` … 展开全部 ${r.batches.length} 个批次`}
              </Text>
            ) : null}
          </InfoRow>
        ) : null}
        <InfoRow label="生产日期" value={productionRange(r)} />
        <InfoRow label="召回数量" value={r.quantity > 0 ? `${formatCount(r.quantity)} 件` : null} />
        {!r.batches.length && !productionRange(r) ? (
          <Text className="detail-note">未限定批次和生产日期：所列型号、条码的全部产品都在召回范围内。</Text>
        ) : null}
      </View>

      <Text className="section-title">生产者</Text>
      <View className="card">
        <InfoRow label="名称" value={r.producerName} />
        <InfoRow label="信用代码" value={r.producerUscc} />
        <Responsible r={r} />
      </View>

      <Text className="section-title">召回信息</Text>
      <View className="card">
        <InfoRow label="召回编号" value={r.recallNo} />
        <InfoRow label="召回开始" value={r.startDate} />
        <InfoRow label="发布日期" value={r.publishedAt ? formatShanghaiDate(r.publishedAt) : null} />
        <InfoRow label="信息来源" value={SOURCES[r.source]} />
        <InfoRow label="最近更新" value={formatShanghaiTime(r.updatedAt)} />
      </View>

      <RevisionList revisions={r.revisions} />
    </>
  );
}
