import { API, type TRecallCheckRequest, type TRecallListQuery } from '@recall/shared';
import { call, uploadTo } from '../../services/client';

/** Recalls (召回): each a route of the table in @recall/shared (src/api/table.ts). */

export type RecallSearch = Partial<Pick<TRecallListQuery, 'q' | 'gtin' | 'category' | 'from' | 'to'>> & {
  page: number;
  pageSize?: number;
};

/** Public recall search (no sign-in). */
export function searchRecalls(query: RecallSearch) {
  const { q, gtin, category, from, to, page, pageSize = 20 } = query;
  return call(API.recalls.list, { query: { q, gtin, category, from, to, page, pageSize } });
}

/** Brands, product names and models to finish the search box's text with (public). */
export const suggestRecalls = (q: string) => call(API.recalls.suggest, { query: { q } });

export const fetchRecall = (id: number) => call(API.recalls.detail, { params: { id } });

/** Is this one unit in a recall's scope? (public) */
export const checkUnit = (body: TRecallCheckRequest) => call(API.recalls.check, { body });

/** A .jsonl file of recalls, for bureau and province staff. */
export const importRecalls = (file: { path: string; name: string }) => uploadTo(API.recalls.import, file);
