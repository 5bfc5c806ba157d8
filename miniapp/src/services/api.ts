import {
  ZMeResponse,
  ZRecallListResponse,
  type TMeResponse,
  type TRecallListQuery,
  type TRecallListResponse,
} from '@recall/shared';
import { request } from './request';

/** Typed endpoints used by the pages. Shapes are the contract in @recall/shared. */

/** GET /api/me → ZMeResponse */
export function fetchMe(): Promise<TMeResponse> {
  return request({ url: '/api/me', schema: ZMeResponse, auth: true });
}

export type RecallSearch = Partial<Pick<TRecallListQuery, 'q' | 'gtin' | 'category'>> & {
  page: number;
  pageSize?: number;
};

/** GET /api/recalls?q=&gtin=&category=&page=&pageSize= → ZRecallListResponse (public, no sign-in). */
export function searchRecalls(query: RecallSearch): Promise<TRecallListResponse> {
  return request({
    url: '/api/recalls',
    data: { q: query.q, gtin: query.gtin, category: query.category, page: query.page, pageSize: query.pageSize ?? 20 },
    schema: ZRecallListResponse,
  });
}
