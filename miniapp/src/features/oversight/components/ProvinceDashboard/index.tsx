import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { quarterOf, todayInShanghai } from '@recall/shared';
import { type TStatisticsResponse } from '@recall/shared/staff';
import { Cell, CellGroup } from '../../../../components/Cell';
import { subpage, url } from '../../../../constants/routes';
import { actionRole } from '../../../../utils/a11y';
import { fetchStatistics } from '../../api';
import { useOversight } from '../../useOversight';
import './index.css';

const go = (page: 'oversight' | 'statistics' | 'evaluation') =>
  void Taro.navigateTo({ url: url(subpage('bureau', page)) });

function Stat(p: { num: number | string; label: string; tone?: 'warn'; k: string; to: 'oversight' | 'statistics' }) {
  return (
    <View
      className={`dash-stat dash-stat--${p.k}`}
      onClick={() => go(p.to)}
      {...actionRole({ label: `${p.label}：${p.num}，查看详情` })}
    >
      <Text className={`dash-stat__num ${p.tone === 'warn' && Number(p.num) > 0 ? 'dash-stat__num--warn' : ''}`}>
        {p.num}
      </Text>
      <Text className="dash-stat__label">{p.label}</Text>
    </View>
  );
}

/**
 * The province's dashboard at the top of its workspace: what is open, overdue and waiting for it
 * across the cities (督办), this quarter's recalls and clues (统计分析), each a link; and the
 * entries to 统计分析, 督办 and 评价.
 */
export function ProvinceDashboard() {
  const o = useOversight();
  const [stats, setStats] = useState<TStatisticsResponse | null>(null);
  useEffect(() => {
    fetchStatistics({ period: quarterOf(todayInShanghai()) })
      .then(setStats)
      .catch(() => setStats(null));
  }, []);
  const sum = (k: 'open' | 'overdueProducer' | 'overdueBureau') =>
    o.data ? o.data.cities.reduce((s, c) => s + c[k], 0) : '…';
  return (
    <>
      <View className="card dash">
        <Text className="dash__title">全省概况{o.data ? `（截至 ${o.data.asOf}）` : ''}</Text>
        {o.error ? <Text className="dash__error">{o.error}</Text> : null}
        <View className="dash__row">
          <Stat k="open" num={sum('open')} label="在办案件" to="oversight" />
          <Stat k="overdue-producer" num={sum('overdueProducer')} label="生产者逾期" tone="warn" to="oversight" />
          <Stat k="overdue-bureau" num={sum('overdueBureau')} label="监管部门逾期" tone="warn" to="oversight" />
          <Stat k="waiting" num={o.data ? o.data.waiting.length : '…'} label="待省局办理" tone="warn" to="oversight" />
        </View>
        <View className="dash__row">
          <Stat k="recalls" num={stats ? stats.recalls.total.count : '…'} label="本季度召回（次）" to="statistics" />
          <Stat k="units" num={stats ? stats.recalls.total.units : '…'} label="涉及产品（件）" to="statistics" />
          <Stat k="clues" num={stats ? stats.clues.total : '…'} label="本季度线索（条）" to="statistics" />
        </View>
      </View>
      <CellGroup title="全省召回工作">
        <Cell
          className="ws-entry-statistics"
          badge="统"
          title="统计分析"
          description="全省及各市的召回、线索、完成率，导出统计表和分析报告"
          onClick={() => go('statistics')}
        />
        <Cell
          className="ws-entry-oversight"
          badge="督"
          title="督办"
          description="各市在办案件的期限、逾期事项、待省局办理的异议和上报"
          onClick={() => go('oversight')}
        />
        <Cell
          className="ws-entry-evaluation"
          badge="评"
          title="评价"
          description="按六项内容评价各设区市的召回工作，录入评分和意见，导出评价表和报告"
          onClick={() => go('evaluation')}
        />
      </CellGroup>
    </>
  );
}
