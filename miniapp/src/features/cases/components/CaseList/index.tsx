import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { TCaseSummary } from '@recall/shared/staff';
import type { CaseTab, useCases } from '../../useCases';
import { formatShanghaiDate } from '../../../../utils/format';
import { EmptyState } from '../../../../components/EmptyState';
import { ListFooter } from '../../../../components/ListFooter';
import { DeadlineBadge } from '../DeadlineBadge';
import './index.css';

type CaseListState = ReturnType<typeof useCases>;

interface Props {
  list: CaseListState;
  variant: 'bureau' | 'producer';
  onOpen: (id: number) => void;
  emptyText: string;
}

/** Cases with the tabs 全部 / 即将到期 / 已逾期 (with counts), a keyword search, and rows that open the case. */
export function CaseList({ list, variant, onOpen, emptyText }: Props) {
  const [text, setText] = useState(list.q);
  const tabs: Array<{ key: CaseTab; label: string; count?: number; tone?: string }> = [
    { key: 'all', label: '全部' },
    { key: 'soon', label: '即将到期', count: list.counts.dueSoon, tone: 'soon' },
    { key: 'overdue', label: '已逾期', count: list.counts.overdue, tone: 'overdue' },
  ];
  return (
    <View className="case-list">
      <View className="case-tabs">
        {tabs.map((t) => (
          <View
            key={t.key}
            className={`case-tab case-tab--${t.key} ${list.tab === t.key ? 'case-tab--on' : ''}`}
            onClick={() => list.setTab(t.key)}
          >
            <Text>{t.label}</Text>
            {t.count ? <Text className={`case-tab__count case-tab__count--${t.tone}`}>{t.count}</Text> : null}
          </View>
        ))}
      </View>
      <View className="case-search">
        <Input
          className="case-search__input"
          value={text}
          maxlength={50}
          confirmType="search"
          placeholder="案件编号、产品或生产者"
          placeholderClass="case-search__ph"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => list.search(text)}
        />
        <Text className="link case-search__go" onClick={() => list.search(text)}>
          搜索
        </Text>
      </View>

      {list.error && list.items.length === 0 ? (
        <View className="card">
          <EmptyState glyph="!" tone="warning" title="暂时无法加载案件" description={list.error}>
            <Button className="btn btn--primary btn--small" onClick={list.retry}>
              重新加载
            </Button>
          </EmptyState>
        </View>
      ) : list.loaded && list.items.length === 0 ? (
        <View className="card">
          <EmptyState
            glyph="空"
            title={list.tab !== 'all' || list.q ? '没有符合条件的案件' : '暂无案件'}
            description={list.tab !== 'all' || list.q ? '换个条件试试。' : emptyText}
          />
        </View>
      ) : (
        <View>
          {list.items.map((c) => (
            <CaseRow key={c.id} c={c} variant={variant} onOpen={onOpen} />
          ))}
          <ListFooter
            className="case-list__footer"
            loading={list.loading}
            error={list.error}
            hasMore={list.hasMore}
            count={list.items.length}
            total={list.total}
            unit="件"
            onRetry={list.retry}
            onMore={list.loadMore}
          />
        </View>
      )}
    </View>
  );
}

function CaseRow({
  c,
  variant,
  onOpen,
}: {
  c: TCaseSummary;
  variant: 'bureau' | 'producer';
  onOpen: (id: number) => void;
}) {
  return (
    <View
      className={`card case-row ${c.awaitingReceipt && variant === 'producer' ? 'case-row--receipt' : ''}`}
      hoverClass="case-row--active"
      data-case-id={c.id}
      onClick={() => onOpen(c.id)}
    >
      <View className="case-row__head">
        <Text className="case-row__no">{c.caseNo}</Text>
        {c.voluntary ? <Text className="case-row__tag">主动召回</Text> : null}
        {c.awaitingReceipt ? (
          <Text className="case-row__tag case-row__tag--receipt">
            {variant === 'producer' ? '待确认送达' : '待送达确认'}
          </Text>
        ) : null}
        <View className="case-row__spacer" />
        <DeadlineBadge deadline={c.deadline} compact />
      </View>
      <Text className="case-row__title">
        {c.brand ? `${c.brand} ` : ''}
        {c.productName}
      </Text>
      <Text className="case-row__producer">{variant === 'producer' ? c.bureauName : c.producerName}</Text>
      <View className="case-row__foot">
        <Text className="case-row__state">{c.stateLabel}</Text>
        <Text className="case-row__time">{formatShanghaiDate(c.updatedAt)}</Text>
      </View>
    </View>
  );
}
