import type { TIncidentView } from '@recall/shared/staff';
import { useDetail, useMyList } from '../../hooks/useResource';
import { fetchIncident, fetchMyIncidents } from './api';

/** The company's incident reports, newest first, reloaded whenever the page shows. */
export const useMyIncidents = (enabled: boolean) => useMyList<TIncidentView>(enabled, fetchMyIncidents);

/** One report by `?id=`. */
export const useIncident = (id: number | undefined) =>
  useDetail(id, fetchIncident, { missingId: '缺少报告编号', missingIsNotFound: true, refreshOnShow: true });
