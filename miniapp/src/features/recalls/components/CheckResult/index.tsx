import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { REMEDIES, type TRecallCheckResponse, type TRecallPublic } from '@recall/shared';
import { PAGES, url } from '../../../../constants/routes';
import { freshnessText } from '../../../../utils/format';
import { DemoBadge } from '../DemoBadge';
import { Hotline } from '../Hotline';
import './index.css';
import { switchTabKeepingHistory } from '../../../../utils/navigate';

type UnitStatus = TRecallCheckResponse['status'];
type Need = TRecallCheckResponse['needs'][number];

export const NEED_LABELS: Record<Need, string> = { batch: '批次号', productionDate: '生产日期', model: '型号' };

const HEAD: Record<UnitStatus, { glyph: string; title: string }> = {
  affected: { glyph: '!', title: '在召回范围内' },
  not_affected: { glyph: 'i', title: '不在已公布的召回范围内' },
  unknown: { glyph: '?', title: '需要更多信息' },
};

const VERDICT_LABELS: Record<UnitStatus, string> = {
  affected: '在召回范围内',
  not_affected: '不在范围内',
  unknown: '待确认',
};

const openRecall = (id: number) => void Taro.navigateTo({ url: url(PAGES.recall, { id }) });
const goReport = () => switchTabKeepingHistory(PAGES.report);

function AffectedRecall({ recall }: { recall: TRecallPublic }) {
  return (
    <View className="check-remedy">
      <View className="check-remedy__head">
        <Text className="check-remedy__product">{recall.productName}</Text>
        {recall.demo ? <DemoBadge /> : null}
      </View>
      <Text className="check-remedy__label">补救方式{recall.remedyType ? `：${REMEDIES[recall.remedyType]}` : ''}</Text>
      <Text className="check-remedy__text">{recall.remedy}</Text>
      <Hotline className="check-remedy__hotline" phone={recall.contactPhone} channels={recall.remedyChannels} />
      <Button className="btn btn--ghost btn--small check-remedy__more" onClick={() => openRecall(recall.id)}>
        查看召回详情
      </Button>
    </View>
  );
}

interface Props {
  result: TRecallCheckResponse;
  /** The recall the person came from: its verdict is listed first. */
  recallId?: number;
}

/** The answer for one unit, in three clearly different states, then one verdict per matching recall. */
export function CheckResult({ result, recallId }: Props) {
  const { status } = result;
  const byId = new Map(result.recalls.map((r) => [r.id, r]));
  const verdicts = [...result.verdicts].sort(
    (a, b) => Number(b.recallId === recallId) - Number(a.recallId === recallId),
  );
  const affected = result.verdicts
    .filter((v) => v.status === 'affected')
    .map((v) => byId.get(v.recallId))
    .filter((r): r is TRecallPublic => r !== undefined);

  return (
    <View className={`check-result check-result--${status}`}>
      <View className="check-result__banner">
        <View className="check-result__glyph">
          <Text>{HEAD[status].glyph}</Text>
        </View>
        <View className="check-result__headline">
          <Text className="check-result__title">{HEAD[status].title}</Text>
          {status === 'affected' ? (
            <Text className="check-result__lead">请立即停止使用，联系生产者免费补救</Text>
          ) : status === 'unknown' && result.needs.length ? (
            <Text className="check-result__lead">请补充：{result.needs.map((n) => NEED_LABELS[n]).join('、')}</Text>
          ) : status === 'not_affected' ? (
            <Text className="check-result__lead">{freshnessText(result.dataAsOf)}</Text>
          ) : null}
        </View>
      </View>

      <View className="check-result__body">
        <Text className="check-result__reason">{result.reason}</Text>

        {status === 'affected' ? affected.map((r) => <AffectedRecall key={r.id} recall={r} />) : null}

        {status === 'unknown' ? (
          <Text className="check-result__next">
            {result.needs.length
              ? '已在上方标出需要补充的项目。批次号和生产日期通常印在产品铭牌、标签或包装上，补充后再查一次。'
              : '请补充更多产品信息后再查一次，或拨打召回咨询电话确认。'}
          </Text>
        ) : null}

        {status === 'not_affected' ? (
          <View className="check-result__safe-note">
            {/* The reason above already says that no recall is not a verdict of safety (the server words it). */}
            <Button className="btn btn--plain btn--small check-result__report" onClick={goReport}>
              报告产品缺陷
            </Button>
          </View>
        ) : null}

        {verdicts.length ? (
          <View className="verdicts">
            <Text className="verdicts__title">逐条核对（{verdicts.length} 项召回）</Text>
            {verdicts.map((v) => {
              const r = byId.get(v.recallId);
              return (
                <View
                  key={v.recallId}
                  className={`verdict verdict--${v.status}`}
                  hoverClass="verdict--active"
                  onClick={() => openRecall(v.recallId)}
                >
                  <View className="verdict__head">
                    <Text className="verdict__tag">{VERDICT_LABELS[v.status]}</Text>
                    {r?.demo ? <DemoBadge className="verdict__demo" /> : null}
                  </View>
                  <Text className="verdict__title">{r ? r.title : `召回 ${v.recallId}`}</Text>
                  <Text className="verdict__reason">{v.reason}</Text>
                  <Text className="verdict__more">查看召回详情 ›</Text>
                </View>
              );
            })}
          </View>
        ) : null}

        {status !== 'not_affected' ? (
          <Text className="check-result__fresh">{freshnessText(result.dataAsOf)}</Text>
        ) : null}
      </View>
    </View>
  );
}
