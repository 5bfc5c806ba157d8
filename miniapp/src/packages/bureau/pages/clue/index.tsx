import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CLUE_SOURCES, INJURY_LEVELS, warningAllowedOnClue, type TMeResponse } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { ClueActionSheet, CLUE_ACTIONS } from '../../../../features/clues/components/ClueActionSheet';
import { ClueFacts } from '../../../../features/clues/components/ClueFacts';
import { ForeignRecallCard } from '../../../../features/clues/components/ForeignRecallCard';
import { CoveringRecalls } from '../../../../features/clues/components/CoveringRecalls';
import { ClueStatusTag } from '../../../../features/clues/components/ClueStatus';
import { ClueTimeline } from '../../../../features/clues/components/ClueTimeline';
import { allowedActions, canOpenCase, useBureauClue } from '../../../../features/clues/useBureauClue';
import { useBureaus, useReferences } from '../../../../features/clues/useBureaus';
import { canPassOn, downloadCluePackage } from '../../../../features/clues/crossProvince';
import { PassOnSheet } from '../../../../features/clues/components/PassOnSheet';
import { usePassOn } from '../../../../features/clues/usePassOn';
import { toastError } from '../../../../services/errors';
import { TechnicalPanel } from '../../../../features/technical/components/TechnicalPanel';
import { CommissionsPanel } from '../../../../features/commissions/components/CommissionsPanel';
import { ClueSharingPanel } from '../../../../features/commissions/components/ClueSharingPanel';
import { formatShanghaiDate, formatShanghaiTime } from '../../../../utils/format';
import { idParam } from '../../../../utils/params';
import './index.css';

export default function BureauCluePage() {
  return (
    <StaffGate
      className="bureau-clue-page"
      title="线索详情"
      allowed={(s) => s.canOpenBureau}
      deniedText="线索详情仅供市场监管部门工作人员查看。"
    >
      {(me) => <ClueScreen me={me} />}
    </StaffGate>
  );
}

function ClueScreen({ me }: { me: TMeResponse }) {
  const { params } = useRouter();
  const id = idParam(params.id);
  const b = useBureauClue(id);
  const bureaus = useBureaus();
  const refs = useReferences();
  const passOn = usePassOn(b.clue, b.setClue);

  if (!b.clue) {
    return (
      <LoadState
        noun="线索"
        loading={b.loading}
        error={b.error}
        notFound={b.notFound}
        notFoundTitle="无法查看该线索"
        onReload={b.reload}
      />
    );
  }

  const c = b.clue;
  // A bureau the clue was only copied to reads it; the bureau it is routed to handles it.
  const handling = !me.org || me.org.code === c.routing.bureauCode;
  // Only to a bureau that may open a case on it (the profile's duties; GET /api/bureaus transferLevels):
  // where none may (the province's clue in Liaoning), 移送 is not offered; the province commissions a check.
  const levels = bureaus.data?.transferLevels ?? [];
  const targets = (bureaus.data?.items ?? []).filter(
    (x) => x.code !== c.routing.bureauCode && levels.includes(x.level),
  );
  const actions = allowedActions(c, handling).filter((a) => a !== 'transfer' || !bureaus.data || targets.length > 0);
  const targetIndex = targets.findIndex((t) => t.code === b.form.toBureauCode);

  return (
    <View className="bureau-clue">
      <View className="bc-head">
        <View className="bc-head__tags">
          <ClueStatusTag status={c.status} />
          <Text className="bc-head__source">{CLUE_SOURCES[c.source]}</Text>
          {!handling ? <Text className="bc-head__copied">抄送</Text> : null}
        </View>
        <Text className="bc-head__title">
          {c.brand} {c.productName}
          {c.model ? ` ${c.model}` : ''}
        </Text>
        <Text className="bc-head__meta">
          {c.receiptNo} · 线索编号 {c.id} · {formatShanghaiTime(c.createdAt)}
        </Text>
        {c.injury === 'serious' || c.injury === 'death' || c.fire ? (
          <View className="bc-head__grave">
            <Text>
              {[c.injury === 'serious' || c.injury === 'death' ? INJURY_LEVELS[c.injury] : '', c.fire ? '起火' : '']
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </View>
        ) : null}
      </View>

      {!handling ? (
        <View className="notice notice--info">
          <Text>本单位为抄送单位，仅供知悉。线索由 {c.routing.bureauName} 处理。</Text>
        </View>
      ) : null}

      <Text className="section-title">分派</Text>
      <View className="card">
        <InfoRow label="处理单位" value={c.routing.bureauName} />
        <InfoRow label="分派理由" value={c.routing.reason} />
        <InfoRow label="抄送" value={c.routing.copiedToNames.join('、')} />
        {c.mergedInto ? <InfoRow label="已合并到" value={`线索编号 ${c.mergedInto}`} /> : null}
      </View>

      {c.crossProvince ? (
        <View className="card bc-open-case bc-cross-province">
          <View className="bc-open-case__body">
            <Text className="bc-open-case__title">{c.crossProvince.label}</Text>
            <Text className="bc-muted">
              {formatShanghaiTime(c.crossProvince.at)}
              {c.crossProvince.reference ? ` · ${c.crossProvince.reference}` : ''}
            </Text>
          </View>
          {c.crossProvince.direction === 'out' && (me.role === 'province' || me.role === 'admin') ? (
            <Button
              className="btn btn--ghost btn--small pass-on-package"
              onClick={() => void downloadCluePackage(c).catch(toastError)}
            >
              下载移送材料包
            </Button>
          ) : null}
        </View>
      ) : canPassOn(c, me) ? (
        <View className="card bc-open-case">
          <View className="bc-open-case__body">
            <Text className="bc-open-case__title">移送外省</Text>
            <Text className="bc-muted">生产者在外省的，移送生产者所在省的市场监督管理局依法处理。</Text>
          </View>
          <Button className="btn btn--ghost btn--small clue-pass-on" onClick={() => void passOn.open()}>
            移送外省
          </Button>
        </View>
      ) : null}

      {c.foreignRecall ? <ForeignRecallCard f={c.foreignRecall} /> : null}

      <CoveringRecalls recalls={c.recalls} staff />

      {canOpenCase(c, handling) && me.mayOpenCase !== false ? (
        <View className="card bc-open-case">
          <View className="bc-open-case__body">
            <Text className="bc-open-case__title">立案调查</Text>
            <Text className="bc-muted">经核实可能存在缺陷的，立案后通知生产者开展调查分析。</Text>
          </View>
          <Button
            className="btn btn--primary btn--small clue-open-case"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'openCase'), { clueId: c.id }) })}
          >
            立案
          </Button>
        </View>
      ) : null}

      {handling && warningAllowedOnClue('untraceable', c) ? (
        <View className="card bc-open-case">
          <View className="bc-open-case__body">
            <Text className="bc-open-case__title">发布消费提示</Text>
            <Text className="bc-muted">
              生产者无法追溯的，可向消费者发布消费提示{refs ? `（${refs.warning}）` : ''}。
            </Text>
          </View>
          <Button
            className="btn btn--ghost btn--small clue-warning"
            onClick={() =>
              void Taro.navigateTo({
                url: url(subpage('bureau', 'warning'), {
                  clueId: c.id,
                  productName: c.productName,
                  brand: c.brand,
                  model: c.model ?? undefined,
                  producerName: c.producerName ?? undefined,
                  categoryCode: c.categoryCode,
                }),
              })
            }
          >
            发布
          </Button>
        </View>
      ) : null}

      <ClueFacts c={c} />

      <Text className="section-title">可能重复的线索</Text>
      <View className="card">
        {b.dupError ? (
          <Text className="bc-muted">{b.dupError}</Text>
        ) : b.duplicates.length === 0 ? (
          <Text className="bc-muted">未发现相似线索</Text>
        ) : (
          b.duplicates.map((d) => (
            <View key={d.id} className="bc-dup">
              <View className="bc-dup__body">
                <Text className="bc-dup__title">
                  {d.brand} {d.productName}
                  {d.model ? ` ${d.model}` : ''}
                </Text>
                <Text className="bc-dup__meta">
                  {d.receiptNo} · 编号 {d.id} · {formatShanghaiDate(d.createdAt)}
                </Text>
                <Text className="bc-dup__why">{d.why}</Text>
              </View>
              {actions.includes('merge') ? (
                <Text className="link bc-dup__merge" onClick={() => b.open('merge', { intoClueId: String(d.id) })}>
                  合并到此
                </Text>
              ) : null}
            </View>
          ))
        )}
      </View>

      <TechnicalPanel clueId={c.id} canAsk={handling && c.status !== 'merged' && c.status !== 'rejected'} />
      {me.role === 'province' ? (
        <>
          <CommissionsPanel clueId={c.id} canCommission={c.status === 'received' || c.status === 'verifying'} />
          <ClueSharingPanel clueId={c.id} />
        </>
      ) : null}

      <Text className="section-title">办理记录</Text>
      <View className="card">
        <ClueTimeline events={c.timeline} />
      </View>

      {actions.length ? (
        <View className="action-bar">
          {actions.map((k) => (
            <Button
              key={k}
              className={`btn btn--small ${CLUE_ACTIONS[k].tone} ${CLUE_ACTIONS[k].className} action-bar__btn`}
              onClick={() => b.open(k)}
            >
              {CLUE_ACTIONS[k].label}
            </Button>
          ))}
        </View>
      ) : null}

      <ClueActionSheet b={b} targets={targets} targetIndex={targetIndex} bureaus={bureaus} />
      <PassOnSheet c={c} p={passOn} />
    </View>
  );
}
