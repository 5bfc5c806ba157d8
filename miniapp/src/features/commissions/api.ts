import {
  STAFF_API,
  type TClueShareRequest,
  type TCommissionCreate,
  type TCommissionFeedback,
  type TCommissionListQuery,
} from '@recall/shared/staff';
import { call } from '../../services/client';

/** 委托核查 (辽 第五、九、十七条) and 线索共享 (辽 第八条): routes of the table in @recall/shared. */

export const fetchCommissions = (query: TCommissionListQuery = {}) => call(STAFF_API.commissions.list, { query });

export const fetchCommission = (id: number) => call(STAFF_API.commissions.view, { params: { id } });

export const createCommission = (body: TCommissionCreate) => call(STAFF_API.commissions.create, { body });

export const sendFeedback = (id: number, body: TCommissionFeedback) =>
  call(STAFF_API.commissions.feedback, { params: { id }, body });

export const fetchSharing = (clueId: number) => call(STAFF_API.clueSharing.view, { params: { id: clueId } });

export const shareClue = (clueId: number, body: TClueShareRequest) =>
  call(STAFF_API.clueSharing.share, { params: { id: clueId }, body });
