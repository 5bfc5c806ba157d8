import { Button, Image, Text, View } from '@tarojs/components';
import type { TStatisticsResponse } from '@recall/shared/staff';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { placeOf, useBureaus } from '../../../../features/clues/useBureaus';
import { bulletinPath, statisticsXlsxPath } from '../../../../features/oversight/api';
import { periodChoices, useStatistics } from '../../../../features/oversight/useStatistics';
import { openStaffFile } from '../../../../services/download';
import { imageAlt } from '../../../../utils/a11y';
import './index.css';

export default function StatisticsPage() {
  return (
    <StaffGate
      className="stats-page"
      title="统计分析"
      allowed={(s) => ['bureau', 'province', 'admin'].includes(s.me?.role ?? '')}
      deniedText="统计分析供市场监管部门工作人员使用。"
    >
      {(me) => <Statistics wholeProvince={me.role !== 'bureau'} />}
    </StaffGate>
  );
}

function Statistics({ wholeProvince }: { wholeProvince: boolean }) {
  const st = useStatistics();
  const bureaus = useBureaus(wholeProvince);
  const cities = (bureaus.data?.items ?? []).filter((b) => b.level === 'city');
  const query = { period: st.period, city: st.city };
  const title = st.data ? `${st.data.period.label}${st.data.place}` : '';
  return (
    <View className="stats">
      <View className="card">
        <Text className="stats__label">统计期间</Text>
        <View className="stats__chips">
          {periodChoices().map((p) => (
            <Button
              key={p.period}
              className={`choice-chip stats__chip ${st.period === p.period ? 'choice-chip--on' : ''}`}
              onClick={() => st.setPeriod(p.period)}
            >
              {p.label}（{p.period}）
            </Button>
          ))}
        </View>
        {wholeProvince ? (
          <>
            <Text className="stats__label">地区</Text>
            <View className="stats__chips">
              <Button
                className={`choice-chip stats__chip ${!st.city ? 'choice-chip--on' : ''}`}
                onClick={() => st.setCity(undefined)}
              >
                全省
              </Button>
              {cities.map((b) => (
                <Button
                  key={b.code}
                  className={`choice-chip stats__chip ${st.city === b.code ? 'choice-chip--on' : ''}`}
                  onClick={() => st.setCity(b.code)}
                >
                  {placeOf(b.name)}
                </Button>
              ))}
            </View>
          </>
        ) : null}
      </View>

      {st.error ? <View className="notice notice--error">{st.error}</View> : null}
      {st.loading && !st.data ? <Text className="stats__loading">正在统计…</Text> : null}
      {st.data ? <Tables s={st.data} title={title} /> : null}

      {st.charts.map((c) => (
        <View key={c.key} className="card stats__chart">
          <Image
            className="stats__chart-img"
            mode="widthFix"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`}
            {...imageAlt(c.title)}
          />
          <Text className="stats__caption">{c.title}</Text>
        </View>
      ))}

      {st.data ? (
        <View className="stats__exports">
          <Button
            className="btn btn--plain"
            onClick={() => void openStaffFile(statisticsXlsxPath(query), 'xlsx', `${title}召回统计.xlsx`)}
          >
            导出统计表（XLSX）
          </Button>
          <Button
            className="btn btn--primary"
            onClick={() => void openStaffFile(bulletinPath(query), 'docx', `${title}缺陷消费品召回分析报告.docx`)}
          >
            下载分析报告（DOCX）
          </Button>
        </View>
      ) : null}
    </View>
  );
}

type Row = Array<string | number>;

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: Row[] }) {
  return (
    <View className="card stats__table">
      <Text className="stats__table-title">{caption}</Text>
      <View className="stats__row stats__row--head">
        {head.map((h) => (
          <Text key={h} className="stats__cell">
            {h}
          </Text>
        ))}
      </View>
      {rows.length ? (
        rows.map((r, i) => (
          <View key={i} className="stats__row">
            {r.map((v, j) => (
              <Text key={j} className="stats__cell">
                {v}
              </Text>
            ))}
          </View>
        ))
      ) : (
        <Text className="stats__none">本期没有记录</Text>
      )}
    </View>
  );
}

function Tables({ s, title }: { s: TStatisticsResponse; title: string }) {
  const r = s.recalls;
  return (
    <>
      <View className="card stats__summary">
        <Text className="stats__summary-title">{title}</Text>
        <Text className="stats__summary-line">
          召回 {r.total.count} 次，涉及生产者 {r.total.producers} 家、产品 {r.total.units} 件；主动召回{' '}
          {r.byKind.voluntary.count} 次，责令召回 {r.byKind.ordered.count} 次，导入的召回信息 {r.byKind.imported.count}{' '}
          次。
        </Text>
        <Text className="stats__summary-line">
          收到线索 {s.clues.total} 条，立案 {s.clues.becameCases} 件，形成召回 {s.clues.becameRecalls} 次；完成率{' '}
          {s.completion.rate}%。
        </Text>
        <Text className="stats__summary-line">
          跨省移送：移送外省市场监管部门 {s.clues.crossProvince.passedOut} 条，收到外省移送{' '}
          {s.clues.crossProvince.received} 条。
        </Text>
      </View>
      <Table
        caption="按产品类别"
        head={['产品类别', '次数', '数量（件）']}
        rows={r.byCategory.map((x) => [x.name, x.count, x.units])}
      />
      <Table
        caption="按地区"
        head={['地区', '生产者', '次数', '数量（件）']}
        rows={r.byCity.map((x) => [x.name, x.producers, x.count, x.units])}
      />
      <Table
        caption="按缺陷类别"
        head={['缺陷类别', '次数', '数量（件）']}
        rows={r.byDefectClass.map((x) => [x.name, x.count, x.units])}
      />
      <Table caption="线索来源" head={['来源', '线索（条）']} rows={s.clues.bySource.map((x) => [x.name, x.count])} />
      <Table caption="线索渠道" head={['渠道', '线索（条）']} rows={s.clues.byChannel.map((x) => [x.name, x.count])} />
      <Table
        caption="线索地区及转化"
        head={['地区', '线索', '立案', '召回']}
        rows={s.clues.byCity.map((x) => [x.name, x.count, x.cases, x.recalls])}
      />
      <Table
        caption="典型案例"
        head={['召回', '数量（件）', '缺陷类别']}
        rows={s.typical.map((x) => [x.title, x.units, x.defectClass])}
      />
    </>
  );
}
