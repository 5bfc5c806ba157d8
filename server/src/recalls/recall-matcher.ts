import type { SearchIndex } from './search-index';
import type { StoredRecall } from './search-docs';

/** A product as someone describes it: in a report, a follow, or the match route. */
export interface DescribedProduct {
  gtin?: string | null;
  brand?: string | null;
  model?: string | null;
  productName?: string | null;
}

/**
 * The one matcher of a described product to public recalls (POST /api/recalls/match, reports, and
 * followed products when a recall is published): the barcode; else brand and model (the recall
 * must name the same brand); else brand and product name, every part of the name covered by the
 * recall. Only strong matches: a report or a follow must not be tied to a recall that merely
 * shares a word. Ids best first, at most `limit`; `within` keeps to those recalls (one new recall).
 */
export function coveringRecalls(
  index: SearchIndex,
  p: DescribedProduct,
  { limit = 3, within }: { limit?: number; within?: readonly number[] } = {},
): number[] {
  const keep = within ? new Set(within) : undefined;
  const pick = (docs: StoredRecall[]) => (keep ? docs.filter((d) => keep.has(d.id)) : docs);
  const ids = (docs: StoredRecall[]) => docs.map((d) => d.id).slice(0, limit);
  if (p.gtin) {
    const docs = pick(index.byGtin(p.gtin));
    if (docs.length) return ids(docs);
  }
  const brand = p.brand?.trim();
  if (!brand) return [];
  const sameBrand = pick(index.byBrand(brand));
  if (!sameBrand.length) return [];
  const model = p.model?.trim();
  if (model) {
    const brandIds = new Set(sameBrand.map((d) => d.id));
    const hits = index.byModel(model).filter((d) => brandIds.has(d.id));
    if (hits.length) return ids(hits);
  }
  const name = p.productName?.trim();
  if (!name) return [];
  // A model that no recall of the brand lists: the name alone links only when the recall lists no models.
  const pool = model ? sameBrand.filter((d) => !d.models.length) : sameBrand;
  return index.coveringWithin(pool, name).slice(0, limit);
}
