import { STAFF_API } from '@recall/shared/staff';
import { type TWarningCorrectRequest, type TWarningListQuery, type TWarningPublishRequest } from '@recall/shared';
import { call } from '../../services/client';

/** 消费提示 (办法 第十九条): each a route of the table in @recall/shared (src/api/table.ts). */
export const fetchWarnings = (query: TWarningListQuery) => call(STAFF_API.warnings.list, { query });
export const fetchWarning = (id: number) => call(STAFF_API.warnings.view, { params: { id } });
export const publishWarning = (body: TWarningPublishRequest) => call(STAFF_API.warnings.publish, { body });
export const correctWarning = (id: number, body: TWarningCorrectRequest) =>
  call(STAFF_API.warnings.correct, { params: { id }, body });
export const withdrawWarning = (id: number, reason: string) =>
  call(STAFF_API.warnings.withdraw, { params: { id }, body: { reason } });
