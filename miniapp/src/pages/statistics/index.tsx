import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TPublicStatistics } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageShell } from '../../components/PageShell';
import { publicStatisticsCsvUrl } from '../../features/public-statistics/api';
import { StatsTable } from '../../features/public-statistics/components/StatsTable';
import {
  QUARTERS,
  quarterOpen,
  usePublicStatistics,
  type QuarterKey,
} from '../../features/public-statistics/usePublicStatistics';
import { pressable } from '../../utils/a11y';
import { isWeapp } from '../../utils/env';
import './index.css';

/** 召回统计: what the province's published recalls add up to, for anyone, without signing in. */
export default function PublicStatisticsPage() {
  const st = usePublicStatistics();
  return (
    <PageShell className="pstats">
      <View className="card">
        <Text className="pstats__heading" {...(isWeapp() ? {} : { role: 'heading', 'aria-level': '1' })}>
          召回统计
        </Text>
        <Text className="pstats__intro">
          全省已发布的缺陷消费品召回，按年度或季度汇总。数据来自公开的召回信息，不含任何个人信息。
        </Text>
        <Chips
          label="年份"
          items={st.years.map((y) => ({ key: y, text: `${y}年` }))}
          value={st.year}
          onChange={st.chooseYear}
        />
        <Chips
          label="期间"
          items={QUARTERS.filter((q) => quarterOpen(st.year, q.key)).map((q) => ({ key: q.key, text: q.label }))}
          value={st.quarter}
          onChange={(k) => st.setQuarter(k as QuarterKey)}
        />
      </View>

      {st.error ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={st.error}>
          <Button className="btn btn--primary btn--small" onClick={() => void st.reload()}>
            重新加载
          </Button>
        </EmptyState>
      ) : null}
      {st.loading && !st.data ? <EmptyState glyph="…" title="正在统计" /> : null}
      {st.data && !st.error ? <Report s={st.data} /> : null}
    </PageShell>
  );
}

interface Chip {
  key: string;
  text: string;
}

/** One row of choices; the chosen one is marked for screen readers too. */
function Chips({
  label,
  items,
  value,
  onChange,
}: {
  label: string;
  items: Chip[];
  value: string;
  onChange: (key: string) => void;
}) {
  return (
    <View className="pstats__choice" {...(isWeapp() ? {} : { role: 'group', 'aria-label': label })}>
      <Text className="pstats__label">{label}</Text>
      <View className="pstats__chips">
        {items.map((c) => (
          <View
            key={c.key || 'all'}
            className={`pstats__chip ${value === c.key ? 'pstats__chip--on' : ''}`}
            {...pressable(() => onChange(c.key), { pressed: value === c.key })}
          >
            <Text>{c.text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function Report({ s }: { s: TPublicStatistics }) {
  const live = isWeapp() ? {} : { 'aria-live': 'polite' as const };
  return (
    <>
      <View className="card pstats__summary" {...live}>
        <Text className="pstats__title" {...(isWeapp() ? {} : { role: 'heading', 'aria-level': '2' })}>
          {s.period.label}
          {s.place}消费品召回情况
        </Text>
        <Text className="pstats__sentence">{s.summary}</Text>
        <View className="pstats__figures">
          <Figure value={s.total.count} unit="次" name="召回" />
          <Figure value={s.total.units} unit="件" name="涉及产品" />
          <Figure value={s.total.producers} unit="家" name="生产企业" />
          {/* no recall run on this platform: no rate to speak of, rather than a misleading 0% */}
          <Figure
            value={s.completion.recalls ? s.completion.rate : '—'}
            unit={s.completion.recalls ? '%' : ''}
            name="完成率"
          />
        </View>
      </View>
      <StatsTable
        className="pstats__by-kind"
        caption="按召回方式"
        head={['召回方式', '次数', '数量（件）']}
        rows={s.total.count ? s.byKind.map((x) => [x.name, x.count, x.units]) : []}
      />
      {s.byQuarter.length ? (
        <StatsTable
          className="pstats__by-quarter"
          caption="按季度"
          head={['季度', '次数', '数量（件）']}
          rows={s.total.count ? s.byQuarter.map((x) => [x.label, x.count, x.units]) : []}
        />
      ) : null}
      <StatsTable
        className="pstats__by-category"
        caption="按产品类别"
        head={['产品类别', '次数', '数量（件）']}
        rows={s.byCategory.map((x) => [x.name, x.count, x.units])}
      />
      <StatsTable
        className="pstats__by-city"
        caption="按地区"
        head={['地区', '次数', '数量（件）', '企业（家）']}
        rows={s.byCity.map((x) => [x.name, x.count, x.units, x.producers])}
      />
      <StatsTable
        className="pstats__by-defect"
        caption="按缺陷类别"
        head={['缺陷类别', '次数', '数量（件）']}
        rows={s.byDefectClass.map((x) => [x.name, x.count, x.units])}
      />
      <StatsTable
        className="pstats__completion"
        caption="完成情况（在本平台实施的召回）"
        head={['项目', '数值']}
        rows={
          s.completion.recalls
            ? [
                ['召回次数', s.completion.recalls],
                ['涉及产品（件）', s.completion.involved],
                ['已完成召回（件）', s.completion.completed],
                ['完成率', `${s.completion.rate}%`],
              ]
            : []
        }
      />
      <View className="card pstats__open-data">
        <Text className="pstats__note">
          数据截至{s.asOf}。只统计已发布且未撤回的召回；召回数量以生产者召回计划中的涉及数量为准。
        </Text>
        <Button className="btn btn--plain pstats__csv" onClick={() => void openCsv(s.period.key)}>
          下载开放数据（CSV）
        </Button>
      </View>
    </>
  );
}

function Figure({ value, unit, name }: { value: number | string; unit: string; name: string }) {
  return (
    <View className="pstats__figure">
      <Text className="pstats__figure-value">
        {value}
        {unit ? <Text className="pstats__figure-unit">{unit}</Text> : null}
      </Text>
      <Text className="pstats__figure-name">{name}</Text>
    </View>
  );
}

/** Browser: the file downloads. WeChat cannot open a CSV: its address is copied for a computer. */
async function openCsv(period: string): Promise<void> {
  const link = publicStatisticsCsvUrl(period);
  if (!isWeapp()) {
    const a = document.createElement('a');
    a.href = link;
    a.rel = 'noopener';
    a.setAttribute('download', '');
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return;
  }
  const answer = await Taro.showModal({
    title: '请在电脑浏览器下载',
    content: '开放数据是 CSV 表格，手机上无法直接打开。复制下载链接后，请在电脑浏览器中打开。',
    confirmText: '复制链接',
    confirmColor: '#1B5BBF',
  });
  if (answer.confirm) await Taro.setClipboardData({ data: link });
}
