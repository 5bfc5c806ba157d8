import { API, type TStatisticsQuery } from '@recall/shared';
import { call } from '../../services/client';

/** The province's statistics (统计分析): each a route of the table in @recall/shared. */
export const fetchOversight = () => call(API.oversight.overview);
export const fetchStatistics = (query: TStatisticsQuery) => call(API.oversight.statistics, { query });
export const fetchStatisticsCharts = (query: TStatisticsQuery) => call(API.oversight.statisticsCharts, { query });

const qs = (q: TStatisticsQuery) =>
  `period=${encodeURIComponent(q.period)}${q.city ? `&city=${encodeURIComponent(q.city)}` : ''}`;
export const statisticsXlsxPath = (q: TStatisticsQuery) => `${API.oversight.statisticsXlsx.path}?${qs(q)}`;
export const bulletinPath = (q: TStatisticsQuery) => `${API.oversight.bulletin.path}?${qs(q)}`;
