import { Picker, Text, View } from '@tarojs/components';
import {
  CATEGORIES,
  CATEGORY_CODES,
  CLUE_STATUSES,
  INJURY_LEVELS,
  todayInShanghai,
  type CategoryCode,
  type ClueStatus,
  type InjuryLevel,
  type TBureauClueListResponse,
} from '@recall/shared';
import { formatShanghaiTime } from '../../../../utils/format';
import type { useBureauInbox } from '../../useBureauInbox';
import { ClueStatusTag } from '../ClueStatus';

/* The bureau inbox's filters and rows (styled by the inbox page). */

type InboxClue = TBureauClueListResponse['items'][number];

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

/** Status, category, injury and date filters of the inbox, and 清除筛选. */
export function InboxFilters({ inbox }: { inbox: ReturnType<typeof useBureauInbox> }) {
  const f = inbox.filter;
  return (
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
      {Object.keys(f).length > 0 ? (
        <Text className="link inbox-filters__clear" onClick={inbox.clearFilter}>
          清除筛选
        </Text>
      ) : null}
    </View>
  );
}

/** One clue in the inbox: unread dot, status, marks, product, description, receipt number and contact. */
export function InboxItem({ c, onOpen }: { c: InboxClue; onOpen: (id: number) => void }) {
  return (
    <View
      className={`card inbox-item ${c.unread ? 'inbox-item--unread' : ''}`}
      hoverClass="inbox-item--active"
      onClick={() => onOpen(c.id)}
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
  );
}
