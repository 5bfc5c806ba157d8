import { coverChunk, type Coverage, literalPieces, type Piece, type TermMeaning } from '@recall/shared';

/** The normalised text of one recall that ranking reads, and its product kinds. */
export interface RankText {
  product: string;
  brand: string;
  models: string[];
  producer: string;
  recallNo: string;
  category: string;
  /** Product kinds from the thesaurus, packed `kind * 256 + weight` (the head noun weighs most). */
  kinds: number[];
}

/** Weights of a literal match per field: exact field, prefix, substring (0–100). */
export const FIELD_WEIGHTS = {
  product: [100, 80, 60],
  brand: [70, 55, 50],
  model: [65, 50, 45],
  recallNo: [90, 60, 40],
  producer: [35, 32, 30],
} as const;
/** The most a literal match can weigh (a whole product name). */
export const MAX_FIELD_WEIGHT = Math.max(...Object.values(FIELD_WEIGHTS).flat());
/** Weights of a match through the thesaurus: the kind the name ends with, another, a broader one. */
export const KIND_HEAD = 85;
export const KIND_OTHER = 60;
export const KIND_BROADER = 55;
export const CATEGORY_WORD = 50;

/** A query chunk as the ranking needs it: characters, and where thesaurus words sit in it. */
export interface Chunk {
  chars: string[];
  text: string;
  spans: Array<Piece & { value: TermMeaning }>;
}

/** The weight of a literal match of `piece` in `value` (0 when it does not occur). */
export function literalWeight(value: string, piece: string, [exact, starts, contains]: readonly number[]): number {
  if (!value || !value.includes(piece)) return 0;
  return value === piece ? exact : value.startsWith(piece) ? starts : contains;
}

/** The best literal weight of `text` in any field: what a whole-chunk query of it scores literally. */
export function literalWhole(d: RankText, text: string): number {
  // Fields in the order of their best weight; a field that cannot beat what is found is skipped
  // (the producer's long name is the costliest to scan and the least worth).
  let best = literalWeight(d.product, text, FIELD_WEIGHTS.product);
  if (best < FIELD_WEIGHTS.recallNo[0]) best = Math.max(best, literalWeight(d.recallNo, text, FIELD_WEIGHTS.recallNo));
  if (best < FIELD_WEIGHTS.brand[0]) best = Math.max(best, literalWeight(d.brand, text, FIELD_WEIGHTS.brand));
  if (best < FIELD_WEIGHTS.model[0])
    for (const m of d.models) best = Math.max(best, literalWeight(m, text, FIELD_WEIGHTS.model));
  if (best < FIELD_WEIGHTS.producer[0]) best = Math.max(best, literalWeight(d.producer, text, FIELD_WEIGHTS.producer));
  return best;
}

/** A thesaurus word's weight for a doc: its kind (head, other, broader) or its category. */
function spanWeight(d: RankText, meaning: TermMeaning): number {
  let weight = meaning.categories.includes(d.category as never) ? CATEGORY_WORD : 0;
  for (const packed of d.kinds)
    if (meaning.kinds.includes(Math.floor(packed / 256))) weight = Math.max(weight, packed % 256);
  return weight;
}

/** Pieces of a chunk that the doc's fields and product kinds cover, each with its weight. */
function pieces(d: RankText, c: Chunk): Piece[] {
  const out: Piece[] = [
    ...literalPieces(c.chars, d.product, (p) => literalWeight(d.product, p, FIELD_WEIGHTS.product)),
    ...literalPieces(c.chars, d.brand, (p) => literalWeight(d.brand, p, FIELD_WEIGHTS.brand)),
    ...d.models.flatMap((m) => literalPieces(c.chars, m, (p) => literalWeight(m, p, FIELD_WEIGHTS.model))),
    ...literalPieces(c.chars, d.recallNo, (p) => literalWeight(d.recallNo, p, FIELD_WEIGHTS.recallNo)),
    ...literalPieces(c.chars, d.producer, (p) => literalWeight(d.producer, p, FIELD_WEIGHTS.producer)),
  ];
  for (const span of c.spans) {
    const weight = spanWeight(d, span.value);
    if (weight) out.push({ from: span.from, to: span.to, weight });
  }
  return out;
}

/**
 * How well one doc matches every chunk: `wholes[i]` is the best weight of one field or thesaurus
 * word covering chunk i whole (found from the posting lists); otherwise the chunk is split into
 * pieces from each field, and the coverage counted.
 */
export function coverage(d: RankText, chunks: Chunk[], wholes: ArrayLike<number>): Coverage {
  const total: Coverage = { total: 0, covered: 0, weightSum: 0, missing: 0 };
  chunks.forEach((c, i) => {
    if (wholes[i] > 0) {
      total.total += c.chars.length;
      total.covered += c.chars.length;
      total.weightSum += wholes[i] * c.chars.length;
      return;
    }
    const one = coverChunk(c.chars, pieces(d, c));
    total.total += one.total;
    total.covered += one.covered;
    total.weightSum += one.weightSum;
    total.missing += one.missing;
  });
  return total;
}
