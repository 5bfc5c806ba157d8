import type { TRecallPublic } from '@recall/shared';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant as Beijing time ('2025-11-20 14:30'), whatever the phone's time zone. China has
 * no daylight saving, so Asia/Shanghai is UTC+8 all year. Unparseable input comes back unchanged.
 */
export function formatShanghaiTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600 * 1000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** An ISO instant or date as its Beijing calendar date ('2025-11-20'). */
export function formatShanghaiDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatShanghaiTime(iso).slice(0, 10);
}

/** "数据更新至 …": how fresh the recall data is, so "nothing found" never reads as "safe". */
export function freshnessText(dataAsOf: string | null | undefined): string {
  return dataAsOf ? `数据更新至 ${formatShanghaiTime(dataAsOf)}` : '数据更新时间暂不可知';
}

/** The production-date range of a recall's scope (both ends inclusive), or null when unlimited. */
export function productionRange(r: Pick<TRecallPublic, 'productionFrom' | 'productionTo'>): string | null {
  if (r.productionFrom && r.productionTo) return `${r.productionFrom} 至 ${r.productionTo}`;
  if (r.productionFrom) return `${r.productionFrom} 及以后`;
  if (r.productionTo) return `${r.productionTo} 及以前`;
  return null;
}

/** 257500 → '257,500'. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A list shortened for a card: 'V8、P8' or 'V8、P8 等 12 个'. */
export function shortList(values: string[], max = 3, unit = '个'): string {
  if (values.length <= max) return values.join('、');
  return `${values.slice(0, max - 1).join('、')} 等 ${values.length} ${unit}`;
}

/** File sizes for people: '12.3 KB'. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/**
 * A stored GTIN-14 the way it is printed under the bar code: EAN-13 without the leading zero,
 * GTIN-8 without its six. A real GTIN-14 stays as it is.
 */
export function displayGtin(gtin: string): string {
  if (/^0{6}\d{8}$/.test(gtin)) return gtin.slice(6);
  if (/^0\d{13}$/.test(gtin)) return gtin.slice(1);
  return gtin;
}
