import { CONSUMER_API, type TRecallCheckRequest, type TRecallListQuery } from '@recall/shared';
import { call } from '../../services/client';

/** Recalls (召回): routes of CONSUMER_API in @recall/shared; staff imports are in importApi.ts. */

export type RecallSearch = Partial<Pick<TRecallListQuery, 'q' | 'gtin' | 'category' | 'from' | 'to'>> & {
  page: number;
  pageSize?: number;
};

/** Public recall search (no sign-in). */
export function searchRecalls(query: RecallSearch) {
  const { q, gtin, category, from, to, page, pageSize = 20 } = query;
  return call(CONSUMER_API.recalls.list, { query: { q, gtin, category, from, to, page, pageSize } });
}

/** Brands, product names and models to finish the search box's text with (public). */
export const suggestRecalls = (q: string) => call(CONSUMER_API.recalls.suggest, { query: { q } });

export const fetchRecall = (id: number) => call(CONSUMER_API.recalls.detail, { params: { id } });

/** Is this one unit in a recall's scope? (public) */
export const checkUnit = (body: TRecallCheckRequest) => call(CONSUMER_API.recalls.check, { body });
