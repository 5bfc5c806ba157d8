import {
  API,
  type TBureauClueListQuery,
  type TClueAcceptRequest,
  type TClueCreateRequest,
  type TClueMergeRequest,
  type TClueRejectRequest,
  type TClueTransferRequest,
  type TClueView,
  type TRecallMatchRequest,
  type TStaffClueCreateRequest,
} from '@recall/shared';
import { call, callWith } from '../../services/client';

/** Clues (线索): each a route of the table in @recall/shared (src/api/table.ts). */

/**
 * A consumer's report with the draft's Idempotency-Key: sending the same key again returns the
 * same clue, so a retry after a dropped connection never files the report twice.
 */
export const createClue = (body: TClueCreateRequest, idempotencyKey: string) =>
  callWith(API.clues.create, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

export const fetchMyClues = () => call(API.clues.mine);

export const fetchClue = (id: number) => call(API.clues.view, { params: { id } });

export const fetchBureaus = () => call(API.reference.bureaus);

export type BureauClueFilter = Partial<Omit<TBureauClueListQuery, 'page' | 'pageSize'>>;

/** Clues routed or copied to the caller's bureau. */
export const fetchBureauClues = (filter: BureauClueFilter, page: number, pageSize = 20) =>
  call(API.clues.inbox, { query: { ...filter, page, pageSize } });

export const markClueRead = (id: number) => call(API.clues.read, { params: { id } });

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
      return call(API.clues.accept, { params, body: action.body });
    case 'reject':
      return call(API.clues.reject, { params, body: action.body });
    case 'transfer':
      return call(API.clues.transfer, { params, body: action.body });
    case 'merge':
      return call(API.clues.merge, { params, body: action.body });
  }
}

/** Clues that may report the same product problem. */
export const fetchDuplicates = (id: number) => call(API.clues.duplicates, { params: { id } });

/** Staff enter a clue from another source (第八条), with an Idempotency-Key like consumers. */
export const createStaffClue = (body: TStaffClueCreateRequest, idempotencyKey: string) =>
  callWith(API.clues.enter, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

/** Public recalls that already cover the product being described (before a report is sent). */
export const matchRecalls = (body: TRecallMatchRequest) => call(API.recalls.match, { body });
