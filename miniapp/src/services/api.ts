import {
  ZMeResponse,
  ZRecallCheckResponse,
  ZRecallDetail,
  ZRecallImportResult,
  ZRecallListResponse,
  type TMeResponse,
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
