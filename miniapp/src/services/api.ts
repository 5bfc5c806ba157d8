import { z } from 'zod';
import {
  ZBureauClueListResponse,
  ZBureauListResponse,
  ZClueCreateResponse,
  ZClueView,
  ZDuplicateSuggestions,
  ZMeResponse,
  ZMyCluesResponse,
  ZUploadResponse,
  ZRecallCheckResponse,
  ZRecallDetail,
  ZRecallImportResult,
  ZRecallListResponse,
  type TBureauClueListQuery,
  type TBureauClueListResponse,
  type TBureauListResponse,
  type TClueAcceptRequest,
  type TClueCreateRequest,
  type TClueCreateResponse,
  type TClueMergeRequest,
  type TClueRejectRequest,
  type TClueTransferRequest,
  type TClueView,
  type TMeResponse,
  type TStaffClueCreateRequest,
  type TUploadResponse,
  type TRecallCheckRequest,
  type TRecallCheckResponse,
  type TRecallDetail,
  type TRecallImportResult,
  type TRecallListQuery,
  type TRecallListResponse,
} from '@recall/shared';
import { request, upload } from './request';

/** Typed endpoints used by the pages. Shapes are the contract in @recall/shared. */

/** GET /api/me → ZMeResponse */
export function fetchMe(): Promise<TMeResponse> {
  return request({ url: '/api/me', schema: ZMeResponse, auth: true });
}

export type RecallSearch = Partial<Pick<TRecallListQuery, 'q' | 'gtin' | 'category' | 'from' | 'to'>> & {
  page: number;
  pageSize?: number;
};

/** GET /api/recalls?q=&gtin=&category=&from=&to=&page=&pageSize= → ZRecallListResponse (public, no sign-in). */
export function searchRecalls(query: RecallSearch): Promise<TRecallListResponse> {
  return request({
    url: '/api/recalls',
    data: {
      q: query.q,
      gtin: query.gtin,
      category: query.category,
      from: query.from,
      to: query.to,
      page: query.page,
      pageSize: query.pageSize ?? 20,
    },
    schema: ZRecallListResponse,
  });
}

/** GET /api/recalls/:id → ZRecallDetail (public). */
export function fetchRecall(id: number): Promise<TRecallDetail> {
  return request({ url: `/api/recalls/${id}`, schema: ZRecallDetail });
}

/** POST /api/recalls/check → ZRecallCheckResponse (public): is this one unit in a recall's scope? */
export function checkUnit(body: TRecallCheckRequest): Promise<TRecallCheckResponse> {
  return request({ url: '/api/recalls/check', method: 'POST', data: body, schema: ZRecallCheckResponse });
}

/** POST /api/recalls/import (bureau / province staff), multipart field `file` holding a .jsonl file. */
export function importRecalls(file: { path: string; name: string }): Promise<TRecallImportResult> {
  return upload({
    url: '/api/recalls/import',
    filePath: file.path,
    name: 'file',
    fileName: file.name,
    schema: ZRecallImportResult,
    auth: true,
  });
}

// ---------------------------------------------------------------- clues (缺陷线索)

/** POST /api/uploads (signed in), multipart field `file`: one photo (JPEG/PNG/WebP, ≤ 10 MB). */
export function uploadPhoto(
  file: { path: string; name?: string },
  onProgress?: (percent: number) => void,
): Promise<TUploadResponse> {
  return upload({
    url: '/api/uploads',
    filePath: file.path,
    name: 'file',
    fileName: file.name,
    schema: ZUploadResponse,
    auth: true,
    onProgress,
  });
}

/**
 * POST /api/clues with the draft's Idempotency-Key: sending the same key again returns the same
 * clue, so a retry after a dropped connection never files the report twice.
 */
export function createClue(body: TClueCreateRequest, idempotencyKey: string): Promise<TClueCreateResponse> {
  return request({
    url: '/api/clues',
    method: 'POST',
    data: body,
    schema: ZClueCreateResponse,
    auth: true,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** GET /api/clues → the signed-in person's own reports. */
export function fetchMyClues(): Promise<z.output<typeof ZMyCluesResponse>> {
  return request({ url: '/api/clues', schema: ZMyCluesResponse, auth: true });
}

/** GET /api/clues/:id → one clue with its timeline (the reporter, or staff of a bureau it reached). */
export function fetchClue(id: number): Promise<TClueView> {
  return request({ url: `/api/clues/${id}`, schema: ZClueView, auth: true });
}

/** GET /api/bureaus → the province's bureaus (cities and the province itself). */
export function fetchBureaus(): Promise<TBureauListResponse> {
  return request({ url: '/api/bureaus', schema: ZBureauListResponse, auth: true });
}

export type BureauClueFilter = Partial<Omit<TBureauClueListQuery, 'page' | 'pageSize'>>;

/** GET /api/bureau/clues → clues routed or copied to the caller's bureau. */
export function fetchBureauClues(
  filter: BureauClueFilter,
  page: number,
  pageSize = 20,
): Promise<TBureauClueListResponse> {
  return request({
    url: '/api/bureau/clues',
    data: { ...filter, page, pageSize },
    schema: ZBureauClueListResponse,
    auth: true,
  });
}

/** POST /api/bureau/clues/:id/read → {id, read}. (No shared schema for this small answer.) */
const ZReadAck = z.object({ id: z.number().int(), read: z.boolean() });
export function markClueRead(id: number): Promise<z.output<typeof ZReadAck>> {
  return request({ url: `/api/bureau/clues/${id}/read`, method: 'POST', schema: ZReadAck, auth: true });
}

export type ClueAction =
  | { kind: 'accept'; body: TClueAcceptRequest }
  | { kind: 'reject'; body: TClueRejectRequest }
  | { kind: 'transfer'; body: TClueTransferRequest }
  | { kind: 'merge'; body: TClueMergeRequest };

/** POST /api/bureau/clues/:id/{accept|reject|transfer|merge} → the updated clue. */
export function actOnClue(id: number, action: ClueAction): Promise<TClueView> {
  return request({
    url: `/api/bureau/clues/${id}/${action.kind}`,
    method: 'POST',
    data: action.body,
    schema: ZClueView,
    auth: true,
  });
}

/** GET /api/bureau/clues/:id/duplicates → clues that may report the same product problem. */
export function fetchDuplicates(id: number): Promise<z.output<typeof ZDuplicateSuggestions>> {
  return request({ url: `/api/bureau/clues/${id}/duplicates`, schema: ZDuplicateSuggestions, auth: true });
}

/** POST /api/bureau/clues: staff enter a clue from another source (第八条). */
export function createStaffClue(body: TStaffClueCreateRequest, idempotencyKey: string): Promise<TClueCreateResponse> {
  return request({
    url: '/api/bureau/clues',
    method: 'POST',
    data: body,
    schema: ZClueCreateResponse,
    auth: true,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
