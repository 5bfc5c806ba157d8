import { parsePeriod, type TPublicStatistics } from '@recall/shared';
import { recallTables, type RecallFact } from './statistics';

/** A recall as the public statistics count it: a published recall's public facts, no more. */
export type PublicRecallFact = RecallFact & { startDate: string };

export interface PublicProgress {
  /** Recalls run on this platform (their progress is shown on each recall's page). */
  recalls: number;
  involved: number;
  completed: number;
}

const KIND_NAMES = { voluntary: '主动召回', ordered: '责令召回', other: '其他渠道发布的召回' } as const;

/** 12345 → 12345; 2318100 → 231.81万, as the notices print large numbers. */
export function units(n: number): string {
  if (n < 10000) return String(n);
  return `${(Math.round(n / 100) / 100).toFixed(2).replace(/\.?0+$/, '')}万`;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);
const cnDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The tables of a period's public statistics, and the notice's sentence that sums them up. */
export function publicStatistics(input: {
  key: string;
  place: string;
  today: string;
  facts: PublicRecallFact[];
  progress: PublicProgress;
  years: string[];
}): TPublicStatistics {
  const period = parsePeriod(input.key)!;
  const asOf = input.today < period.to ? input.today : period.to;
  const t = recallTables(input.facts);
  const byKind = (['voluntary', 'ordered', 'other'] as const).map((kind) => ({
    kind,
    name: KIND_NAMES[kind],
    ...t.byKind[kind === 'other' ? 'imported' : kind],
  }));
  const byQuarter = /^\d{4}$/.test(input.key)
    ? [1, 2, 3, 4].map((q) => {
        const p = parsePeriod(`${input.key}-Q${q}`)!;
        const rs = input.facts.filter((f) => f.startDate >= p.from && f.startDate <= p.to);
        return {
          key: `${input.key}-Q${q}`,
          label: p.label.slice(5),
          count: rs.length,
          units: rs.reduce((s, f) => s + f.units, 0),
        };
      })
    : [];
  const completion = { ...input.progress, rate: percent(input.progress.completed, input.progress.involved) };
  const result: TPublicStatistics = {
    period: { key: input.key, ...period },
    place: input.place,
    asOf,
    summary: '',
    total: t.total,
    byKind,
    byCategory: t.byCategory,
    byCity: t.byCity,
    byDefectClass: t.byDefectClass,
    byQuarter,
    completion,
    years: input.years,
  };
  result.summary = summarize(result, input.today);
  return result;
}

/** 2025年，全省共实施消费品召回X次，涉及产品Y件…… (SAMR's notices, the Hunan bulletin). */
export function summarize(s: TPublicStatistics, today: string): string {
  const when = `${s.period.label}${today < s.period.to ? `（数据截至${cnDay(s.asOf)}）` : ''}`;
  if (today < s.period.from) return `${s.period.label}尚未开始，暂无召回数据。`;
  if (!s.total.count) return `${when}，全省暂无已发布的消费品召回。`;
  const parts = [
    `${when}，全省共实施消费品召回${s.total.count}次，涉及产品${units(s.total.units)}件，涉及生产企业${s.total.producers}家。`,
  ];
  const kinds = s.byKind.filter((k) => k.count).map((k) => `${k.name}${k.count}次、涉及产品${units(k.units)}件`);
  parts.push(`其中，${kinds.join('；')}。`);
  const top = [...s.byCategory].sort((a, b) => b.units - a.units || a.code.localeCompare(b.code))[0];
  parts.push(
    `从产品类别看，召回数量最多的是${top.name}，涉及产品${units(top.units)}件，占召回总数量的${percent(top.units, s.total.units)}%。`,
  );
  if (s.completion.recalls)
    parts.push(
      `在本平台实施的${s.completion.recalls}次召回涉及产品${units(s.completion.involved)}件，已完成召回${units(s.completion.completed)}件，完成率${s.completion.rate}%。`,
    );
  return parts.join('');
}

/** The open-data download: one row per figure, UTF-8 with a BOM so spreadsheets read the Chinese. */
export function publicStatisticsCsv(s: TPublicStatistics): string {
  const rows: Array<Array<string | number>> = [
    ['统计期间', '统计项', '名称', '召回次数', '涉及产品数量（件）', '生产企业（家）'],
  ];
  const label = s.period.label;
  rows.push([label, '合计', s.place, s.total.count, s.total.units, s.total.producers]);
  for (const k of s.byKind) rows.push([label, '召回方式', k.name, k.count, k.units, '']);
  for (const q of s.byQuarter) rows.push([label, '季度', q.label, q.count, q.units, '']);
  for (const c of s.byCategory) rows.push([label, '产品类别', c.name, c.count, c.units, '']);
  for (const c of s.byCity) rows.push([label, '地区', c.name, c.count, c.units, c.producers]);
  for (const d of s.byDefectClass) rows.push([label, '缺陷类别', d.name, d.count, d.units, '']);
  rows.push([label, '完成情况', '本平台实施的召回', s.completion.recalls, s.completion.involved, '']);
  rows.push([label, '完成情况', '已完成召回产品（件）', '', s.completion.completed, '']);
  rows.push([label, '完成情况', '完成率（%）', '', s.completion.rate, '']);
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
