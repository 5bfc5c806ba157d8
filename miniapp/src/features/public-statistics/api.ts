import { CONSUMER_API } from '@recall/shared';
import { call } from '../../services/client';
import { fullUrl } from '../../services/http';

/** The public statistics (召回统计): open data, no sign-in. */
export const fetchPublicStatistics = (period: string) =>
  call(CONSUMER_API.publicStatistics.statistics, { query: { period } });

/** The open-data download (CSV) of a period, as a full address. */
export const publicStatisticsCsvUrl = (period: string) =>
  fullUrl(`${CONSUMER_API.publicStatistics.csv.path}?period=${encodeURIComponent(period)}`);
