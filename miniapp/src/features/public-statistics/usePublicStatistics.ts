import { useCallback, useEffect, useState } from 'react';
import { todayInShanghai, type TPublicStatistics } from '@recall/shared';
import { errorMessage } from '../../services/errors';
import { fetchPublicStatistics } from './api';

/** 全年 and the four quarters: the periods the public notices report on. */
export const QUARTERS = [
  { key: '', label: '全年' },
  { key: 'Q1', label: '一季度' },
  { key: 'Q2', label: '二季度' },
  { key: 'Q3', label: '三季度' },
  { key: 'Q4', label: '四季度' },
] as const;
export type QuarterKey = (typeof QUARTERS)[number]['key'];

/** The period as the API names it: 2026, or 2026-Q3. */
export const periodKey = (year: string, quarter: QuarterKey) => (quarter ? `${year}-${quarter}` : year);

/** A quarter that has not begun yet has nothing to show: it is not offered. */
export function quarterOpen(year: string, quarter: QuarterKey, today = todayInShanghai()): boolean {
  if (!quarter) return year <= today.slice(0, 4);
  const firstMonth = (Number(quarter.slice(1)) - 1) * 3 + 1;
  return `${year}-${String(firstMonth).padStart(2, '0')}` <= today.slice(0, 7);
}

/** Years to choose from before the first answer arrives: this year and the two before. */
export function fallbackYears(today = todayInShanghai()): string[] {
  const y = Number(today.slice(0, 4));
  return [y, y - 1, y - 2].map(String);
}

/** The statistics of a chosen year (and quarter), loaded again whenever the choice changes. */
export function usePublicStatistics(initialYear?: string) {
  const [year, setYear] = useState(() => initialYear ?? todayInShanghai().slice(0, 4));
  const [quarter, setQuarter] = useState<QuarterKey>('');
  const [data, setData] = useState<TPublicStatistics | null>(null);
  const [years, setYears] = useState<string[]>(() => fallbackYears());
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const period = periodKey(year, quarter);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const s = await fetchPublicStatistics(period);
      setData(s);
      if (s.years.length) setYears(s.years);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [period]);

  useEffect(() => {
    void load();
  }, [load]);

  const chooseYear = (y: string) => {
    setYear(y);
    if (!quarterOpen(y, quarter)) setQuarter('');
  };

  return { year, chooseYear, quarter, setQuarter, period, years, data, error, loading, reload: load };
}
