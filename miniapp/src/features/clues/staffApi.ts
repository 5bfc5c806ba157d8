import { STAFF_API } from '@recall/shared/staff';
import {
  type TBureauClueListQuery,
  type TClueAcceptRequest,
  type TClueMergeRequest,
  type TClueRejectRequest,
  type TClueTransferRequest,
  type TClueView,
  type TStaffClueCreateRequest,
} from '@recall/shared';
import { call, callWith } from '../../services/client';

/** The bureau's side of clues (收件箱, 处理, 录入): routes of STAFF_API, loaded only by the staff subpackages. */

export type BureauClueFilter = Partial<Omit<TBureauClueListQuery, 'page' | 'pageSize'>>;

/** Clues routed or copied to the caller's bureau. */
export const fetchBureauClues = (filter: BureauClueFilter, page: number, pageSize = 20) =>
  call(STAFF_API.clues.inbox, { query: { ...filter, page, pageSize } });

export const markClueRead = (id: number) => call(STAFF_API.clues.read, { params: { id } });

export type ClueAction =
  | { kind: 'accept'; body: TClueAcceptRequest }
  | { kind: 'reject'; body: TClueRejectRequest }
  | { kind: 'transfer'; body: TClueTransferRequest }
  | { kind: 'merge'; body: TClueMergeRequest };

/** 受理 / 不予受理 / 移送 / 合并 → the updated clue. */
export function actOnClue(id: number, action: ClueAction): Promise<TClueView> {
  const params = { id };
  switch (action.kind) {
    case 'accept':
      return call(STAFF_API.clues.accept, { params, body: action.body });
    case 'reject':
      return call(STAFF_API.clues.reject, { params, body: action.body });
    case 'transfer':
      return call(STAFF_API.clues.transfer, { params, body: action.body });
    case 'merge':
      return call(STAFF_API.clues.merge, { params, body: action.body });
  }
}

/** Clues that may report the same product problem. */
export const fetchDuplicates = (id: number) => call(STAFF_API.clues.duplicates, { params: { id } });

/** Staff enter a clue from another source (第八条), with an Idempotency-Key like consumers. */
export const createStaffClue = (body: TStaffClueCreateRequest, idempotencyKey: string) =>
  callWith(STAFF_API.clues.enter, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

/** Public recalls that already cover the product being described (before a report is sent). */
