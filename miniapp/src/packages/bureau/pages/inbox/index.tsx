import Taro from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import {
  CATEGORIES,
  CATEGORY_CODES,
  CLUE_STATUSES,
  INJURY_LEVELS,
  todayInShanghai,
  type CategoryCode,
  type ClueStatus,
  type InjuryLevel,
} from '@recall/shared';
import { Cell, CellGroup } from '../../../../components/Cell';
import { ClueStatusTag } from '../../../../features/clues/components/ClueStatus';
import { EmptyState } from '../../../../components/EmptyState';
import { ListFooter } from '../../../../components/ListFooter';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { BUREAU_CLUE, BUREAU_ENTER, BUREAU_IMPORT, subpage, url } from '../../../../constants/routes';
import { useBureauInbox } from '../../../../features/clues/useBureauInbox';
import { formatShanghaiTime } from '../../../../utils/format';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

const STATUSES = Object.keys(CLUE_STATUSES) as ClueStatus[];
const INJURIES = Object.keys(INJURY_LEVELS) as InjuryLevel[];

/** A selector with 全部 first; '' means no filter. */
function FilterPicker<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
}: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (v: T | undefined) => void;
}) {
  const range = ['全部', ...options.map((o) => labels[o])];
  const index = value ? options.indexOf(value) + 1 : 0;
  return (
    <Picker
      mode="selector"
      range={range}
      value={index}
      onChange={(e) => {
        const i = Number(e.detail.value);
        onChange(i === 0 ? undefined : options[i - 1]);
      }}
    >
      <View className={`inbox-filter ${value ? 'inbox-filter--on' : ''}`}>
        <Text>{value ? labels[value] : label}</Text>
        <Text className="inbox-filter__caret">▾</Text>
      </View>
    </Picker>
  );
}

function DateFilter({ label, value, onChange }: { label: string; value?: string; onChange: (v?: string) => void }) {
  const today = todayInShanghai();
  return (
    <Picker
      mode="date"
      value={value ?? today}
      start="2019-01-01"
      end={today}
      onChange={(e) => onChange(String(e.detail.value))}
    >
      <View className={`inbox-filter ${value ? 'inbox-filter--on' : ''}`}>
        <Text>{value ? `${label} ${value}` : label}</Text>
        <Text className="inbox-filter__caret">▾</Text>
      </View>
    </Picker>
  );
}

export default function BureauInbox() {
  return (
    <StaffGate
      className="ws inbox"
      title="市场监管局工作台"
      allowed={(s) => s.canOpenBureau}
      deniedText="此工作台仅供市场监管部门工作人员使用。"
    >
      {(me) => <Inbox orgName={me.org?.name ?? '未关联单位'} who={`${me.displayName} · ${me.roleLabel}`} />}
    </StaffGate>
  );
}

function Inbox({ orgName, who }: { orgName: string; who: string }) {
  const inbox = useBureauInbox(true);
  const f = inbox.filter;
  const filtered = Object.keys(f).length > 0;
  const open = (id: number) => void Taro.navigateTo({ url: url(BUREAU_CLUE, { id }) });

  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">市场监管局工作台</Text>
        <Text className="ws-head__org">{orgName}</Text>
        <Text className="ws-head__who">{who}</Text>
        <View className="inbox-stats">
          <View className="inbox-stat">
            <Text className="inbox-stat__num inbox-unread">{inbox.unread}</Text>
            <Text className="inbox-stat__label">未读线索</Text>
          </View>
          <View className="inbox-stat">
            <Text className="inbox-stat__num">{inbox.total}</Text>
            <Text className="inbox-stat__label">{filtered ? '符合条件' : '全部线索'}</Text>
          </View>
        </View>
      </View>

      <CellGroup title="工具">
        <Cell
          className="ws-entry-cases"
          badge="案"
          title="案件"
          description="召回案件的通知、文书、期限和办理记录"
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'cases')) })}
        />
        <Cell
          className="ws-entry-invite"
          badge="邀"
          title="生产者邀请码"
          description="生产者凭邀请码绑定后，在小程序中接收通知书、报告召回"
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'invite')) })}
        />
        <Cell
          className="ws-entry-enter"
          badge="录"
          title="录入线索"
          description="监督抽查、风险监测、12315 等其他来源的线索"
          onClick={() => void Taro.navigateTo({ url: url(BUREAU_ENTER) })}
        />
        <Cell
          className="ws-entry-import"
          badge="导"
          title="导入召回信息"
          description="上传 .jsonl 文件，批量发布或更新召回信息"
          onClick={() => void Taro.navigateTo({ url: url(BUREAU_IMPORT) })}
        />
      </CellGroup>

      <Text className="section-title">缺陷线索</Text>
      <View className="inbox-filters">
        <FilterPicker
          label="状态"
          value={f.status}
          options={STATUSES}
          labels={CLUE_STATUSES}
          onChange={(status) => inbox.setFilter({ status })}
        />
        <FilterPicker
          label="类别"
          value={f.category}
          options={CATEGORY_CODES}
          labels={CATEGORIES as Record<CategoryCode, string>}
          onChange={(category) => inbox.setFilter({ category })}
        />
        <FilterPicker
          label="伤害"
          value={f.injury}
          options={INJURIES}
          labels={INJURY_LEVELS}
          onChange={(injury) => inbox.setFilter({ injury })}
        />
        <DateFilter label="起" value={f.from} onChange={(from) => inbox.setFilter({ from })} />
        <DateFilter label="止" value={f.to} onChange={(to) => inbox.setFilter({ to })} />
        {filtered ? (
          <Text className="link inbox-filters__clear" onClick={inbox.clearFilter}>
            清除筛选
          </Text>
        ) : null}
      </View>

      {inbox.error && inbox.items.length === 0 ? (
        <View className="card">
          <EmptyState glyph="!" tone="warning" title="暂时无法加载线索" description={inbox.error}>
            <Button className="btn btn--primary btn--small" onClick={inbox.retry}>
              重新加载
            </Button>
          </EmptyState>
        </View>
      ) : inbox.loaded && inbox.items.length === 0 ? (
        <View className="card">
          <EmptyState
            glyph="空"
            title={filtered ? '没有符合条件的线索' : '暂无线索'}
            description={
              filtered ? '换个筛选条件试试。' : '分派或抄送给本单位的缺陷线索会显示在这里，受理期限按法定工作日计算。'
            }
          />
        </View>
      ) : (
        <View className="inbox-list">
          {inbox.items.map((c) => (
            <View
              key={c.id}
              className={`card inbox-item ${c.unread ? 'inbox-item--unread' : ''}`}
              hoverClass="inbox-item--active"
              onClick={() => open(c.id)}
            >
              <View className="inbox-item__head">
                {c.unread ? <View className="inbox-item__dot" /> : null}
                <ClueStatusTag status={c.status} />
                {c.copiedOnly ? <Text className="inbox-tag inbox-tag--copied">抄送</Text> : null}
                {c.injury === 'serious' || c.injury === 'death' ? (
                  <Text className="inbox-tag inbox-tag--grave">{INJURY_LEVELS[c.injury]}</Text>
                ) : null}
                {c.fire ? <Text className="inbox-tag inbox-tag--grave">起火</Text> : null}
                <View className="inbox-item__spacer" />
                <Text className="inbox-item__time">{formatShanghaiTime(c.createdAt)}</Text>
              </View>
              <Text className="inbox-item__title">
                {c.brand} {c.productName}
                {c.model ? ` ${c.model}` : ''}
              </Text>
              <Text className="inbox-item__desc">{c.description}</Text>
              <Text className="inbox-item__meta">
                {c.receiptNo} · {CATEGORIES[c.categoryCode]}
                {c.contact ? ` · ${c.contact.name} ${c.contact.phone}` : ''}
              </Text>
            </View>
          ))}
          <ListFooter
            className="inbox-footer"
            loading={inbox.loading}
            error={inbox.error}
            hasMore={inbox.hasMore}
            count={inbox.items.length}
            total={inbox.total}
            unit="条"
            onRetry={inbox.retry}
            onMore={inbox.loadMore}
          />
        </View>
      )}
    </>
  );
}
