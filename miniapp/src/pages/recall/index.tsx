import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { REMEDIES } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageShell } from '../../components/PageShell';
import { PAGES, subpage, url } from '../../constants/routes';
import { useSession } from '../../features/account/useSession';
import { openReport } from '../../features/clues/clueDraft';
import { recallFollowTarget, useFollowAction } from '../../features/notify/useFollow';
import { RecallFacts, RecallHead } from '../../features/recalls/components/RecallDetail';
import { WarningFacts, WarningHead } from '../../features/recalls/components/RecallDetail/Warning';
import { useRecallDetail } from '../../features/recalls/useRecallDetail';
import { useRecallShare } from '../../features/recalls/useRecallShare';
import { displayGtin } from '../../utils/format';
import { usePageParams } from '../../hooks/usePageParams';
import { idParam, param } from '../../utils/params';
import './index.css';

export default function RecallDetailPage() {
  const params = usePageParams();
  const id = idParam(params.id);
  const { recall, loading, error, notFound, reload } = useRecallDetail(id);
  const share = useRecallShare(recall, id);
  // Read only: a shared link must not sign anyone in just by opening.
  const session = useSession({ autoLoad: false });
  const follow = useFollowAction('recall');

  if (!recall) {
    return (
      <PageShell className="recall-detail">
        {loading ? (
          <EmptyState glyph="…" title="正在加载召回信息" />
        ) : notFound ? (
          <EmptyState glyph="无" title="未找到该召回信息" description="链接可能有误，或该信息已不再公开。">
            <Button
              className="btn btn--primary btn--small"
              onClick={() => void Taro.switchTab({ url: url(PAGES.index) })}
            >
              去查询召回
            </Button>
          </EmptyState>
        ) : (
          <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={error ?? undefined}>
            <Button className="btn btn--primary btn--small" onClick={() => void reload()}>
              重新加载
            </Button>
          </EmptyState>
        )}
      </PageShell>
    );
  }

  const r = recall;
  // A 消费提示 (the regulator's warning, not a producer's recall) is shown with its own label and words.
  const warning = r.kind === 'warning';
  const goCheck = () =>
    void Taro.navigateTo({
      url: url(PAGES.check, {
        recallId: r.id,
        // the bar code the person searched by, else the recall's own when it has just one
        gtin: param(params.gtin, 14) ?? (r.gtins.length === 1 ? displayGtin(r.gtins[0]) : undefined),
        brand: r.brand ?? undefined,
        model: r.models.length === 1 ? r.models[0] : undefined,
        batch: param(params.batch, 100),
        productionDate: param(params.productionDate, 10),
      }),
    });
  const goReport = () =>
    openReport({
      recallId: r.id,
      gtin: param(params.gtin, 14) ?? (r.gtins.length === 1 ? r.gtins[0] : undefined),
      brand: r.brand ?? undefined,
      model: r.models.length === 1 ? r.models[0] : undefined,
      productName: r.productName,
      categoryCode: r.categoryCode,
    });

  const goRequest = () => void Taro.navigateTo({ url: url(PAGES.recallRequest, { recallId: r.id }) });
  const canRequest = r.acceptsRequests && !r.withdrawn;
  // Followed products are for consumers (staff accounts cannot follow).
  const followTarget = session.staff || r.withdrawn ? null : recallFollowTarget(r, param(params.gtin, 14));

  return (
    <PageShell className="recall-detail">
      {warning ? <WarningHead r={r} /> : <RecallHead r={r} />}

      {canRequest ? (
        <View
          className="detail-check detail-check--remedy request-remedy"
          hoverClass="detail-check--active"
          onClick={goRequest}
        >
          <View className="detail-check__body">
            <Text className="detail-check__title">我有这件产品，申请召回</Text>
            <Text className="detail-check__hint">
              在线提交给生产者客服，免费{r.remedyType ? REMEDIES[r.remedyType] : '补救'}，进度可在“我的召回申请”查看
            </Text>
          </View>
          <Text className="detail-check__arrow">›</Text>
        </View>
      ) : null}

      {!r.withdrawn ? (
        <View
          className={`detail-check ${canRequest ? 'detail-check--secondary' : ''}`}
          hoverClass="detail-check--active"
          onClick={goCheck}
        >
          <View className="detail-check__body">
            <Text className="detail-check__title">
              {warning ? '查一查我的这件是否在消费提示范围' : '查一查我的这件是否在召回范围'}
            </Text>
            <Text className="detail-check__hint">输入标签上的批次号、生产日期，马上知道结果</Text>
          </View>
          <Text className="detail-check__arrow">›</Text>
        </View>
      ) : null}

      {followTarget ? (
        <View className="detail-follow">
          <Button
            className={`btn ${follow.done.recall ? 'btn--plain follow-product--done' : 'btn--ghost'} follow-product ${follow.busy ? 'btn--busy' : ''}`}
            disabled={!!follow.busy || undefined}
            onClick={() => follow.follow('recall', followTarget)}
          >
            {follow.busy ? '正在关注…' : follow.done.recall ? '已关注此产品' : '关注此产品'}
          </Button>
          {follow.done.recall ? (
            <Text className="link detail-follow__hint" onClick={follow.openMine}>
              已加入“我的产品”，召回信息更新或再次召回时通知你。查看我的产品 ›
            </Text>
          ) : (
            <Text className="detail-follow__hint">家里在用这件产品？关注后，召回信息更新或再次召回时通知你。</Text>
          )}
        </View>
      ) : null}

      {warning ? <WarningFacts r={r} /> : <RecallFacts r={r} canRequest={canRequest} />}

      <View className="detail-report" hoverClass="detail-report--active" onClick={goReport}>
        <View className="detail-report__body">
          <Text className="detail-report__title">报告问题</Text>
          <Text className="detail-report__hint">
            这件产品出现了召回信息以外的问题，或补救后仍有问题？报告给市场监管部门。
          </Text>
        </View>
        <Text className="detail-report__arrow">›</Text>
      </View>

      {session.canOpenBureau && !warning ? (
        // Staff of a bureau or the province: what each e-commerce platform did about this recall.
        <View className="detail-follow">
          <Button
            className="btn btn--plain recall-platforms-open"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'recallPlatforms'), { recallId: r.id }) })}
          >
            电商平台处置情况
          </Button>
        </View>
      ) : null}

      <View className="detail-share">
        {share.nativeShare ? (
          <Button className="btn btn--ghost detail-share__btn" openType="share">
            转发给家人朋友
          </Button>
        ) : (
          <Button className="btn btn--ghost detail-share__btn" onClick={share.copyLink}>
            复制链接
          </Button>
        )}
        <Text className="detail-share__hint">
          {share.nativeShare
            ? '家里的老人孩子可能也在用，转发提醒他们核对一下。'
            : '家里的老人孩子可能也在用，把链接发给他们核对一下。'}
        </Text>
      </View>
    </PageShell>
  );
}
