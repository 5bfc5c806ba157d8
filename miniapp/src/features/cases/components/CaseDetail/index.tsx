import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CATEGORIES, RECALL_REQUEST_STATUS_SHORT, type RecallRequestStatus, type CategoryCode } from '@recall/shared';
import {
  DOC_TYPES,
  type DocType,
  type TCaseActionOption,
  type TCaseView,
  type TCompletion,
} from '@recall/shared/staff';
import { BUREAU_CLUE, PAGES, url } from '../../../../constants/routes';
import { openSignedFile } from '../../../../services/download';
import { formatCount, formatShanghaiTime } from '../../../../utils/format';
import { InfoRow } from '../../../../components/InfoRow';
import { CaseTimeline } from '../CaseTimeline';
import { AssistancePanel } from '../../../county/components/AssistancePanel';
import { DeadlineBadge } from '../DeadlineBadge';
import { DocumentList } from '../DocumentList';
import { completionTone } from '../../completionTone';
import { useReferences } from '../../../clues/useBureaus';
import './index.css';

interface Props {
  view: TCaseView;
  variant: 'bureau' | 'producer';
  onAction: (option: TCaseActionOption) => void;
  /** The action being sent right now (a direct one, without a form). */
  busyAction?: string | null;
  /** Opens the 送达回执 form for a notice: the producer confirms; the bureau records a paper delivery. */
  onConfirmReceipt?: (docId: number) => void;
  /** Shown under the completion card (the producer's other-channel counts). */
  completionExtra?: ReactNode;
}

/** The whole case screen of both workspaces: state, deadline, completion, actions, documents and timeline. */
export function CaseDetail({ view: c, variant, onAction, busyAction, onConfirmReceipt, completionExtra }: Props) {
  const producer = variant === 'producer';
  // Newest first: the latest notice is the one the next step waits for.
  const awaiting = c.documents.filter((d) => d.needsReceipt && !d.receipt).sort((a, b) => b.id - a.id);
  // The notices (附件1/3/4 of the workflow, whatever the province numbers them) start their periods on
  // receipt; an act's dates run from its issue.
  const notices = awaiting.some((d) => DOC_TYPES[d.type as DocType]?.annex);
  const dossierRule = useReferences()?.dossier;
  const category = c.categoryCode in CATEGORIES ? CATEGORIES[c.categoryCode as CategoryCode] : c.categoryCode;

  return (
    <View className="case-detail" data-case-id={c.id}>
      <View className="cd-head">
        <View className="cd-head__tags">
          <Text className="cd-head__no">{c.caseNo}</Text>
          {c.voluntary ? <Text className="cd-head__tag">主动召回</Text> : null}
        </View>
        <Text className="case-state">{c.stateLabel}</Text>
        <Text className="cd-head__product">
          {c.brand ? `${c.brand} ` : ''}
          {c.productName}
          {c.model ? ` ${c.model}` : ''}
        </Text>
        <Text className="cd-head__meta">
          {producer ? c.bureauName : c.producerName} · {category}
        </Text>
      </View>

      {producer && awaiting.length ? (
        <View className="notice cd-receipt-notice">
          <Text className="cd-receipt-notice__title">请确认送达</Text>
          <Text className="cd-receipt-notice__text">
            {notices
              ? '确认收到后才能提交报告、计划或异议；期限自送达之日起算。'
              : '请确认已收到以下文书；文书中写明的期限自签发之日起算。'}
          </Text>
          {awaiting.map((d) => (
            <View key={d.id} className="cd-receipt-notice__doc">
              <View className="cd-receipt-notice__body">
                <Text className="cd-receipt-notice__name">{d.title}</Text>
                {d.docNo ? <Text className="cd-receipt-notice__no">{d.docNo}</Text> : null}
              </View>
              <Button
                className="btn btn--primary btn--small confirm-receipt"
                data-doc-id={d.id}
                onClick={() => onConfirmReceipt?.(d.id)}
              >
                确认送达
              </Button>
            </View>
          ))}
        </View>
      ) : null}

      {!producer && awaiting.length && onConfirmReceipt ? (
        <View className="notice cd-receipt-notice">
          <Text className="cd-receipt-notice__title">待送达确认</Text>
          <Text className="cd-receipt-notice__text">
            生产者未在小程序确认的，凭签收的纸质送达回执登记：送达方式、实际收到日期和签收人
            {notices ? '；期限自实际收到之日起算。' : '。'}
          </Text>
          {awaiting.map((d) => (
            <View key={d.id} className="cd-receipt-notice__doc">
              <View className="cd-receipt-notice__body">
                <Text className="cd-receipt-notice__name">{d.title}</Text>
                {d.docNo ? <Text className="cd-receipt-notice__no">{d.docNo}</Text> : null}
              </View>
              <Button
                className="btn btn--small record-receipt"
                data-doc-id={d.id}
                onClick={() => onConfirmReceipt(d.id)}
              >
                登记纸质送达
              </Button>
            </View>
          ))}
        </View>
      ) : null}

      <View className="card cd-deadline">
        <DeadlineBadge deadline={c.deadline} />
        {c.stageSummaryDueOn ? (
          <Text className="cd-deadline__stage">阶段性总结：请于 {c.stageSummaryDueOn} 前提交</Text>
        ) : null}
        {c.recallNo ? (
          <Text
            className="link cd-deadline__recall"
            onClick={() => c.recallId && void Taro.navigateTo({ url: url(PAGES.recall, { id: c.recallId }) })}
          >
            已发布召回 {c.recallNo} ›
          </Text>
        ) : null}
      </View>

      {c.completion ? (
        <>
          <Text className="section-title">召回完成情况</Text>
          <View className="card">
            <CompletionCard completion={c.completion} />
            {completionExtra}
          </View>
        </>
      ) : null}

      <Text className="section-title">办理</Text>
      <View className="card cd-actions">
        {c.actions.length === 0 ? (
          <Text className="cd-muted">
            {producer ? '当前没有需要本企业办理的事项。' : '当前没有需要本单位办理的事项。'}
          </Text>
        ) : (
          c.actions.map((a, i) => {
            const busy = busyAction === a.action;
            const blocked = !!a.blockedReason;
            return (
              <View key={a.action} className="cd-action">
                <Button
                  className={`btn ${i === 0 && !blocked ? 'btn--primary' : 'btn--ghost'} case-action ${blocked ? 'case-action--blocked' : ''} ${busy ? 'btn--busy' : ''}`}
                  data-action={a.action}
                  disabled={blocked || busy || undefined}
                  onClick={() => !blocked && !busy && onAction(a)}
                >
                  {busy ? '正在提交…' : a.label}
                </Button>
                {a.blockedReason ? <Text className="cd-action__blocked">{a.blockedReason}</Text> : null}
              </View>
            );
          })
        )}
      </View>

      <Text className="section-title">案件信息</Text>
      <View className="card">
        <InfoRow label="案件编号" value={c.caseNo} />
        <InfoRow label="承办单位" value={c.bureauName} />
        <InfoRow label="生产者" value={c.producerName} />
        <InfoRow label="信用代码" value={c.producerUscc} />
        <InfoRow label="产品" value={`${c.brand ? `${c.brand} ` : ''}${c.productName}`} />
        <InfoRow label="型号" value={c.model} />
        <InfoRow label="产品类别" value={category} />
        <InfoRow label="缺陷类别" value={c.defectClassName} />
        {c.determinationBasis ? <InfoRow label="认定依据" value={c.determinationBasis} /> : null}
        <InfoRow label={c.voluntary ? '召回原因' : '可能的缺陷'} value={c.summary} />
        <InfoRow label="发现日期" value={c.discoveredOn} />
        <InfoRow label="更新时间" value={formatShanghaiTime(c.updatedAt)} />
        {!producer && c.clueId ? (
          <InfoRow label="来源线索">
            <Text className="link" onClick={() => void Taro.navigateTo({ url: url(BUREAU_CLUE, { id: c.clueId! }) })}>
              线索编号 {c.clueId} ›
            </Text>
          </InfoRow>
        ) : null}
      </View>

      <Text className="section-title">
        文书<Text className="section-title__hint">共 {c.documents.length} 份</Text>
      </Text>
      <View className="card">
        <DocumentList caseId={c.id} documents={c.documents} />
      </View>

      {!producer ? (
        <>
          <Text className="section-title">协查</Text>
          <View className="card">
            <AssistancePanel c={c} />
          </View>
        </>
      ) : null}

      <Text className="section-title">办理记录</Text>
      <View className="card">
        <CaseTimeline events={c.timeline} documents={c.documents} />
      </View>

      {c.dossierUrl ? (
        <View className="cd-dossier">
          <Button className="btn btn--ghost cd-dossier__btn" onClick={() => void openSignedFile(c.dossierUrl!, 'zip')}>
            下载电子案卷
          </Button>
          <Text className="cd-muted cd-dossier__hint">
            全部文书、回执与办理记录的压缩包{dossierRule ? `（${dossierRule}）` : ''}。
          </Text>
        </View>
      ) : null}
    </View>
  );
}

/** 完成率 = 完成召回消费品数量 / 涉及消费品数量 (附件9/10), with where the completed units came from. */
export function CompletionCard({ completion: k }: { completion: TCompletion }) {
  const width = Math.max(0, Math.min(100, k.rate));
  const tone = completionTone(k.rate);
  const requests = Object.entries(k.requests).filter(([, n]) => n > 0);
  return (
    <View className="cd-completion">
      <View className="cd-completion__top">
        <Text className={`completion-rate completion-rate--${tone}`}>{k.rate.toFixed(1)}%</Text>
        <Text className="cd-completion__count">
          已完成 {formatCount(k.completed)} / 涉及 {formatCount(k.involved)} 件
        </Text>
      </View>
      <View className="cd-completion__bar">
        <View className={`cd-completion__fill cd-completion__fill--${tone}`} style={{ width: `${width}%` }} />
      </View>
      <InfoRow label="小程序申请" value={`${formatCount(k.completedByRequests)} 件`} />
      <InfoRow label="其他渠道" value={`${formatCount(k.completedByOtherChannels)} 件`} />
      {requests.length ? (
        <InfoRow
          label="申请状态"
          value={requests
            .map(
              ([s, n]) =>
                `${s in RECALL_REQUEST_STATUS_SHORT ? RECALL_REQUEST_STATUS_SHORT[s as RecallRequestStatus] : s} ${n}`,
            )
            .join(' · ')}
        />
      ) : null}
      {k.channels.map((ch) => (
        <InfoRow
          key={ch.channel}
          label={ch.channel}
          value={`${formatCount(ch.units)} 件（${formatShanghaiTime(ch.updatedAt)}）`}
        />
      ))}
    </View>
  );
}
