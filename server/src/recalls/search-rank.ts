import {
  coverChunk,
  type Coverage,
  IGNORABLE_CHARS,
  literalPieces,
  type Piece,
  type TermMeaning,
} from '@recall/shared';
import type { DocColumns } from './search-docs';
import { AnySeeker, Seeker } from './search-postings';

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

export const LATIN_OR_DIGIT = /[a-z0-9]/;

/** The posting lists one chunk of a query is read with: its n-grams and its thesaurus words. */
export interface ChunkLists {
  /** The character's unigram for a one-character chunk, else the chunk's bigrams in order. */
  grams: Int32Array[];
  /** Per thesaurus word in the chunk: where it sits, and the kinds and categories it names. */
  spans: Array<{ from: number; to: number; lists: Int32Array[] }>;
}

/**
 * One chunk of a query read against the postings, doc by doc in ascending ord: which characters
 * some field or thesaurus word covers (a character is covered exactly when a bigram next to it
 * occurs in some field, see literalPieces), and the most the doc can score on the chunk, without
 * reading its text. A chunk of Latin letters and digits only matches whole, which the postings
 * cannot confirm when longer than two: `textNeeded`.
 */
export class ChunkProbe {
  readonly textNeeded: boolean;
  private readonly n: number;
  private readonly grams: Seeker[];
  private readonly spans: Array<{ from: number; to: number; seeker: AnySeeker }>;
  private readonly gramWeight: Int32Array;
  private readonly spanWeight: Int32Array;
  private readonly ignorable: Uint8Array;
  /** After `readRest`: characters covered, weighted misses (Latin and digits half), upper bound. */
  covered = 0;
  missing = 0;
  upper = 0;
  /** The chunk's whole weight when the postings tell it (-1: the text must be read, see `whole`). */
  known = -1;

  constructor(
    private readonly chunk: Chunk,
    lists: ChunkLists,
  ) {
    this.n = chunk.chars.length;
    this.textNeeded = this.n > 2 && chunk.chars.every((ch) => LATIN_OR_DIGIT.test(ch));
    this.grams = lists.grams.map((l) => new Seeker(l));
    this.spans = lists.spans.map((s) => ({ from: s.from, to: s.to, seeker: new AnySeeker(s.lists) }));
    this.gramWeight = new Int32Array(this.grams.length);
    this.spanWeight = new Int32Array(this.spans.length);
    this.ignorable = Uint8Array.from(chunk.chars, (ch) =>
      IGNORABLE_CHARS.has(ch) ? 2 : LATIN_OR_DIGIT.test(ch) ? 1 : 0,
    );
  }

  /**
   * Reads the doc's postings, in two steps (`readGrams`, then `readRest` at the same ord); ords
   * must not decrease from one doc to the next. First the chunk's grams: whether they alone
   * cover every character.
   */
  readGrams(ord: number): boolean {
    let allGrams = true;
    for (let j = 0; j < this.grams.length; j++) if (!(this.gramWeight[j] = this.grams[j].weight(ord))) allGrams = false;
    return allGrams;
  }

  /** Its thesaurus words, coverage and bounds, after `readGrams` at the same ord. */
  readRest(ord: number, cols: DocColumns): void {
    const { n, gramWeight, spanWeight } = this;
    let allGrams = true;
    for (let j = 0; j < gramWeight.length; j++) if (!gramWeight[j]) allGrams = false;
    let words = 0;
    let spansUpper = 0;
    for (let s = 0; s < this.spans.length; s++) {
      const w = (spanWeight[s] = this.spans[s].seeker.weight(ord));
      if (w > spansUpper) spansUpper = w;
      if (this.spans[s].from === 0 && this.spans[s].to === n && w > words) words = w;
    }
    let covered = 0;
    let missing = 0;
    for (let i = 0; i < n; i++) {
      let hit = n === 1 ? gramWeight[0] > 0 : (i > 0 && gramWeight[i - 1] > 0) || (i < n - 1 && gramWeight[i] > 0);
      for (let s = 0; !hit && s < this.spans.length; s++)
        hit = spanWeight[s] > 0 && this.spans[s].from <= i && i < this.spans[s].to;
      if (hit) covered++;
      else if (this.ignorable[i] !== 2) missing += this.ignorable[i] === 1 ? 0.5 : 1;
    }
    this.covered = covered;
    this.missing = missing;
    if (n <= 2) {
      // The gram's weight is the literal match of the whole chunk itself.
      this.known = Math.max(words, gramWeight[0]);
      this.upper = this.known;
    } else if (!allGrams && words > 0) {
      // No field holds the whole chunk: a thesaurus word covering it is its weight.
      this.known = words;
      this.upper = words;
    } else {
      this.known = -1;
      // Every piece starts with one of the chunk's bigrams; the bound grows with the bigram's weight.
      let best = 0;
      for (let j = 0; j < gramWeight.length; j++) if (gramWeight[j] > best) best = gramWeight[j];
      this.upper = Math.max(spansUpper, best ? cols.pieceUpper(ord, best, n) : 0);
    }
  }

  /**
   * After `readRest`: the best weight of one field or thesaurus word covering the chunk whole (0:
   * none). The fields' text is compared only when every bigram of the chunk occurs in the doc.
   */
  whole(d: RankText): number {
    if (this.known >= 0) return this.known;
    const { n, gramWeight, spanWeight } = this;
    let words = 0;
    for (let s = 0; s < this.spans.length; s++)
      if (this.spans[s].from === 0 && this.spans[s].to === n && spanWeight[s] > words) words = spanWeight[s];
    if (n <= 2) return Math.max(words, gramWeight[0]);
    for (let j = 0; j < gramWeight.length; j++) if (!gramWeight[j]) return words;
    return Math.max(words, literalWhole(d, this.chunk.text));
  }
}
