import {
  STAFF_API,
  type TPlatformCreate,
  type TPlatformMeasureInput,
  type TPlatformUpdate,
} from '@recall/shared/staff';
import { call } from '../../services/client';

/** 电商平台 registry (province, admin): each a route of the table in @recall/shared. */
export const fetchPlatforms = () => call(STAFF_API.platforms.list);
export const fetchPlatform = (id: number) => call(STAFF_API.platforms.view, { params: { id } });
export const createPlatform = (body: TPlatformCreate) => call(STAFF_API.platforms.create, { body });
export const updatePlatform = (id: number, body: TPlatformUpdate) =>
  call(STAFF_API.platforms.update, { params: { id }, body });
export const renewCredentials = (id: number) => call(STAFF_API.platforms.renewCredentials, { params: { id } });
export const fetchPlatformRecord = (query: { from: string; to: string }) => call(STAFF_API.platforms.record, { query });
export const platformRecordXlsxPath = (q: { from: string; to: string }) =>
  `${STAFF_API.platforms.recordXlsx.path}?from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}`;

/** 电商平台处置 of one recall (the recall's bureau, the province). */
export const fetchRecallPlatforms = (recallId: number) => call(STAFF_API.platforms.forRecall, { params: { recallId } });

/** The platform's own workspace. */
export const fetchPlatformMe = () => call(STAFF_API.platformDesk.me);
export const fetchDeskRecalls = () => call(STAFF_API.platformDesk.recalls);
export const fetchDeskRecall = (recallId: number) => call(STAFF_API.platformDesk.recall, { params: { recallId } });
export const acknowledgeDelivery = (deliveryId: string) =>
  call(STAFF_API.platformDesk.acknowledge, { params: { deliveryId } });
export const reportMeasure = (recallId: number, body: TPlatformMeasureInput) =>
  call(STAFF_API.platformDesk.report, { params: { recallId }, body });
