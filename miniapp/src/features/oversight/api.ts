import {
  STAFF_API,
  type TEvaluationQuery,
  type TEvaluationSaveRequest,
  type TStatisticsQuery,
} from '@recall/shared/staff';
import { call } from '../../services/client';

/** The province's statistics (统计分析): each a route of the table in @recall/shared. */
export const fetchOversight = () => call(STAFF_API.oversight.overview);
export const fetchStatistics = (query: TStatisticsQuery) => call(STAFF_API.oversight.statistics, { query });
export const fetchStatisticsCharts = (query: TStatisticsQuery) => call(STAFF_API.oversight.statisticsCharts, { query });

const qs = (q: TStatisticsQuery) =>
  `period=${encodeURIComponent(q.period)}${q.city ? `&city=${encodeURIComponent(q.city)}` : ''}`;
export const statisticsXlsxPath = (q: TStatisticsQuery) => `${STAFF_API.oversight.statisticsXlsx.path}?${qs(q)}`;
export const bulletinPath = (q: TStatisticsQuery) => `${STAFF_API.oversight.bulletin.path}?${qs(q)}`;

/** 评价 (苏 第二十一条): the cities' indicators, the province's scores and notes, and the exports. */
export const fetchEvaluation = (query: TEvaluationQuery) => call(STAFF_API.evaluation.show, { query });
export const saveEvaluation = (body: TEvaluationSaveRequest) => call(STAFF_API.evaluation.save, { body });
export const evaluationXlsxPath = (q: TEvaluationQuery) => `${STAFF_API.evaluation.xlsx.path}?${qs(q)}`;
export const evaluationDocxPath = (q: TEvaluationQuery) => `${STAFF_API.evaluation.docx.path}?${qs(q)}`;
