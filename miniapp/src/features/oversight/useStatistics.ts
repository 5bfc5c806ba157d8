import { useCallback, useEffect, useState } from 'react';
import { quarterOf, todayInShanghai } from '@recall/shared';
import { type TStatisticsResponse } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchStatistics, fetchStatisticsCharts } from './api';

export interface PeriodChoice {
  period: string;
  label: string;
}

/** 本季度, 上季度, 本年, 上年: the periods a bureau reports on, from today in Shanghai. */
export function periodChoices(today = todayInShanghai()): PeriodChoice[] {
  const year = Number(today.slice(0, 4));
  const [y, q] = quarterOf(today).split('-Q').map(Number);
  const previous = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  return [
    { period: quarterOf(today), label: '本季度' },
    { period: previous, label: '上季度' },
    { period: String(year), label: '本年' },
    { period: String(year - 1), label: '上年' },
  ];
}

/** Statistics for a period and optionally one city, with the server-rendered charts. */
export function useStatistics() {
  const [period, setPeriod] = useState(() => periodChoices()[0].period);
  const [city, setCity] = useState<string | undefined>(undefined);
  const [data, setData] = useState<TStatisticsResponse | null>(null);
  const [charts, setCharts] = useState<Array<{ key: string; title: string; svg: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const query = { period, city };
      const [s, c] = await Promise.all([fetchStatistics(query), fetchStatisticsCharts(query)]);
      setData(s);
      setCharts(c.charts);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [period, city]);

  useEffect(() => {
    void load();
  }, [load]);

  return { period, setPeriod, city, setCity, data, charts, error, loading, reload: load };
}
