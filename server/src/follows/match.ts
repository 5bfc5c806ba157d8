import { normalizeBatch, normalizeSearchText } from '@recall/shared';
import { createHash } from 'crypto';
import type { Recall } from '../db/entity';

/** What a recall covers, in the forms follows and lookups are normalised to. */
export interface RecallTarget {
  gtins: string[];
  brandNorm: string | null;
  modelNorms: string[];
  batchNorms: string[];
}

/** A product someone follows or reported, normalised. */
export interface ProductKey {
  gtin: string | null;
  brandNorm: string | null;
  modelNorm: string | null;
  batchNorm: string | null;
}

const norm = (s: string | null | undefined) => (s ? normalizeSearchText(s).slice(0, 100) || null : null);
const normBatch = (s: string | null | undefined) => (s ? normalizeBatch(s).slice(0, 100) || null : null);

export function recallTarget(r: Pick<Recall, 'gtins' | 'brand' | 'models' | 'batches'>): RecallTarget {
  const list = (values: string[]) => values.filter(Boolean);
  return {
    gtins: [...new Set(list(r.gtins))],
    brandNorm: norm(r.brand),
    modelNorms: [
      ...new Set(
        list(r.models)
          .map(norm)
          .filter((m): m is string => !!m),
      ),
    ],
    batchNorms: [
      ...new Set(
        list(r.batches)
          .map(normBatch)
          .filter((b): b is string => !!b),
      ),
    ],
  };
}

export function productKey(p: {
  gtin?: string | null;
  brand?: string | null;
  model?: string | null;
  batch?: string | null;
}): ProductKey {
  return { gtin: p.gtin || null, brandNorm: norm(p.brand), modelNorm: norm(p.model), batchNorm: normBatch(p.batch) };
}

/**
 * The identity of a follow: the GTIN when there is one, brand + model otherwise, else brand +
 * product name; and the batch. Following the same target twice is the same follow.
 */
export function targetKey(k: ProductKey, productName?: string | null): string {
  const what = k.gtin
    ? ['gtin', k.gtin]
    : k.modelNorm
      ? ['model', k.brandNorm ?? '', k.modelNorm]
      : ['name', k.brandNorm ?? '', norm(productName) ?? ''];
  return createHash('sha1')
    .update(JSON.stringify([...what, k.batchNorm ?? '']))
    .digest('hex');
}

/** A follow of brand + product name only: matched by the recall matcher (recalls/recall-matcher.ts). */
export function followsByName(f: {
  gtin: string | null;
  modelNorm: string | null;
  brandNorm: string | null;
  productName: string | null;
}): boolean {
  return !f.gtin && !f.modelNorm && !!f.brandNorm && !!norm(f.productName);
}

/** A recall that lists batches covers only those; a product without a batch may be any of them. */
export function batchCovered(t: RecallTarget, batchNorm: string | null): boolean {
  return !batchNorm || !t.batchNorms.length || t.batchNorms.includes(batchNorm);
}

/** Matched on GTIN, or brand + model; and the batch where both sides give one. */
export function productMatches(t: RecallTarget, p: ProductKey): boolean {
  const byGtin = !!p.gtin && t.gtins.includes(p.gtin);
  const byModel = !!t.brandNorm && p.brandNorm === t.brandNorm && !!p.modelNorm && t.modelNorms.includes(p.modelNorm);
  return (byGtin || byModel) && batchCovered(t, p.batchNorm);
}

/**
 * A follow matches a recall on its own key, or, when it was followed from a recall, on any barcode
 * that recall lists (`recallGtins`), the batch still checked.
 */
export function followMatches(t: RecallTarget, p: ProductKey, recallGtins: readonly string[] = []): boolean {
  return productMatches(t, p) || (recallGtins.some((g) => t.gtins.includes(g)) && batchCovered(t, p.batchNorm));
}
