import { FIELD_WEIGHTS, type RankText } from './search-rank';

/** The fields of an indexed recall that the stored copy is made from. */
interface RecallFields {
  id: number;
  seq: number;
  productName: string;
  brand: string | null;
  models: string[];
  gtins: string[];
  batches: string[];
  productionFrom: string | null;
  productionTo: string | null;
}

const BATCH_SEPARATOR = '\u0000';

/**
 * What the index keeps of one recall: the normalised text ranking reads and the scope the unit
 * check reads (batches joined in one string: a recall lists a dozen). The public fields are read
 * from the database per page (PublicRecallCache), never held here.
 */
export class StoredRecall {
  readonly id: number;
  readonly seq: number;
  /** As published (the suggestions show it); the ranking uses the normalised text. */
  readonly productName: string;
  readonly brand: string | null;
  readonly models: string[];
  readonly gtins: string[];
  readonly productionFrom: string | null;
  readonly productionTo: string | null;
  private readonly batchText: string;

  constructor(
    r: RecallFields,
    readonly text: RankText,
    strings: Strings,
  ) {
    this.id = r.id;
    this.seq = r.seq;
    this.productName = strings.intern(r.productName);
    this.brand = r.brand === null ? null : strings.intern(r.brand);
    this.models = r.models;
    this.gtins = r.gtins;
    this.productionFrom = r.productionFrom === null ? null : strings.intern(r.productionFrom);
    this.productionTo = r.productionTo === null ? null : strings.intern(r.productionTo);
    this.batchText = r.batches.join(BATCH_SEPARATOR);
  }

  get batches(): string[] {
    return this.batchText ? this.batchText.split(BATCH_SEPARATOR) : [];
  }
}

/**
 * One copy of each repeated string (producers, brands, product names, dates recur across
 * recalls), and a small number per category for the filter.
 */
export class Strings {
  private table = new Map<string, string>();
  private categories = new Map<string, number>();

  intern(s: string): string {
    const known = this.table.get(s);
    if (known !== undefined) return known;
    this.table.set(s, s);
    return s;
  }

  categoryIndex(code: string): number {
    let i = this.categories.get(code);
    if (i === undefined) this.categories.set(code, (i = this.categories.size));
    return i;
  }

  /** The category's number, -1 for none asked, -2 for one no recall has. */
  categoryFilter(code: string | undefined): number {
    return code ? (this.categories.get(code) ?? -2) : -1;
  }
}

const charCount = (text: string) => Math.min(255, Array.from(text).length);

/** Fields a query's piece may equal whole, with the weight of that (see ScoreBound). */
export const WHOLE_FIELDS = ['product', 'recallNo', 'brand', 'model'] as const;

/**
 * The most a query can score in a doc before its postings are read: `base` from pieces that are
 * not whole fields (and thesaurus words), and per field the lengths (bit n: n characters) of the
 * query's stretches that equal some recall's whole field: only a doc whose field is that long can
 * score the field's exact weight.
 */
export interface ScoreBound extends Record<(typeof WHOLE_FIELDS)[number], number> {
  base: number;
}

/** The most any doc can score on a query (see DocColumns.upper for one doc's). */
export function maxScore(b: ScoreBound): number {
  let u = b.base;
  for (const field of WHOLE_FIELDS) if (b[field] !== 0) u = Math.max(u, FIELD_WEIGHTS[field][0]);
  return u;
}

/** Whether bit `length` of a length mask is set (lengths beyond 30 never are). */
const hasLength = (mask: number, length: number) => length <= 30 && ((mask >>> length) & 1) === 1;

/** Bytes per doc in DocColumns: its numbers side by side, so reading one doc touches one cache line. */
const STRIDE = 16;
/** Byte offsets in a doc's record; the start day (int32) and the models' length mask (uint32) come first. */
const ALIVE = 8;
const CATEGORY = 9;
const PRODUCT = 10;
const BRAND = 11;
const PRODUCER = 12;
const RECALL_NO = 13;

/**
 * Per-doc numbers the ranking loop reads: start day, category, whether public, and the length in
 * characters of each field (models as a bit per length, 31 for longer): a chunk can equal a field
 * only of its own length, so ranking bounds a doc's score without reading its text. One record of
 * STRIDE bytes per doc rather than an array per number: ranking reads a few thousand docs spread
 * over the index, and under load each separate array read there was a cache miss of its own.
 */
export class DocColumns {
  private bytes = new Uint8Array(1024 * STRIDE);
  private ints = new Int32Array(this.bytes.buffer);
  private masks = new Uint32Array(this.bytes.buffer);
  /** Whether public, a bit per doc as well: counting docs reads 1/128 of the records' memory. */
  private aliveBits = new Uint32Array(1024 / 32);
  /** Docs 0 … newestFirst - 1 start on days that never increase (see SearchIndex.upsertAll). */
  newestFirst = 0;

  append(ord: number, day: number, category: number, alive: boolean, text: RankText): void {
    if ((ord + 1) * STRIDE > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
      this.ints = new Int32Array(grown.buffer);
      this.masks = new Uint32Array(grown.buffer);
      const bits = new Uint32Array(this.aliveBits.length * 2);
      bits.set(this.aliveBits);
      this.aliveBits = bits;
    }
    if (ord === this.newestFirst && (ord === 0 || day <= this.day(ord - 1))) this.newestFirst++;
    if (alive) this.aliveBits[ord >>> 5] |= 1 << (ord & 31);
    const at = ord * STRIDE;
    this.ints[at >> 2] = day;
    let mask = 0;
    for (const m of text.models) mask |= 1 << Math.min(31, charCount(m));
    this.masks[(at >> 2) + 1] = mask >>> 0;
    this.bytes[at + ALIVE] = alive ? 1 : 0;
    this.bytes[at + CATEGORY] = category;
    this.bytes[at + PRODUCT] = charCount(text.product);
    this.bytes[at + BRAND] = charCount(text.brand);
    this.bytes[at + PRODUCER] = charCount(text.producer);
    this.bytes[at + RECALL_NO] = charCount(text.recallNo);
  }

  /** Days since 1970 of the recall's start. */
  day(ord: number): number {
    return this.ints[ord * (STRIDE >> 2)];
  }

  alive(ord: number): boolean {
    return ((this.aliveBits[ord >>> 5] >>> (ord & 31)) & 1) === 1;
  }

  /** Superseded by a newer version (or withdrawn): no longer public. */
  kill(ord: number): void {
    this.bytes[ord * STRIDE + ALIVE] = 0;
    this.aliveBits[ord >>> 5] &= ~(1 << (ord & 31));
  }

  /** Public, of the category asked (-1: any) and started within [from, to] (days). */
  passes(ord: number, category: number, from: number, to: number): boolean {
    const at = ord * STRIDE;
    if (this.bytes[at + ALIVE] !== 1 || (category !== -1 && this.bytes[at + CATEGORY] !== category)) return false;
    const day = this.ints[at >> 2];
    return day >= from && day <= to;
  }

  /** The most doc `ord` can score on a query (see ScoreBound), from the lengths of its fields. */
  upper(ord: number, b: ScoreBound): number {
    const at = ord * STRIDE;
    let u = b.base;
    if (hasLength(b.product, this.bytes[at + PRODUCT])) u = Math.max(u, FIELD_WEIGHTS.product[0]);
    if (hasLength(b.recallNo, this.bytes[at + RECALL_NO])) u = Math.max(u, FIELD_WEIGHTS.recallNo[0]);
    if (hasLength(b.brand, this.bytes[at + BRAND])) u = Math.max(u, FIELD_WEIGHTS.brand[0]);
    if ((b.model & this.masks[(at >> 2) + 1]) !== 0) u = Math.max(u, FIELD_WEIGHTS.model[0]);
    return u;
  }

  /**
   * The most a literal piece of at most `maxLength` characters can weigh in doc `ord`, given the
   * posting weight `w` of its first bigram (the best of that bigram over every field; a larger
   * `w` never gives less): a piece that is a field F starts with a bigram weighing at least F's
   * prefix weight and is as long as F; one that starts F, at least F's prefix weight; one inside
   * F, at least F's substring weight.
   */
  pieceUpper(ord: number, w: number, maxLength: number): number {
    const at = ord * STRIDE;
    const models = this.masks[(at >> 2) + 1];
    // Bits 2 … maxLength: a model of two to maxLength characters (31: longer).
    const modelFits = (models & (maxLength >= 30 ? ~3 : ((1 << (maxLength + 1)) - 1) & ~3)) !== 0;
    return Math.max(
      fieldUpper(FIELD_WEIGHTS.product, w, this.bytes[at + PRODUCT], maxLength),
      fieldUpper(FIELD_WEIGHTS.brand, w, this.bytes[at + BRAND], maxLength),
      fieldUpper(FIELD_WEIGHTS.producer, w, this.bytes[at + PRODUCER], maxLength),
      fieldUpper(FIELD_WEIGHTS.recallNo, w, this.bytes[at + RECALL_NO], maxLength),
      fieldUpper(FIELD_WEIGHTS.model, w, modelFits ? 2 : 0, maxLength),
    );
  }
}

/** See DocColumns.pieceUpper: one field of `length` characters. */
function fieldUpper(weights: readonly number[], w: number, length: number, maxLength: number): number {
  if (weights[1] <= w) return length >= 2 && length <= maxLength ? weights[0] : weights[1];
  return weights[2] <= w ? weights[2] : 0;
}

/** gramWeights packs two weights (each below 256) in one number: `upper * GRAM_UPPER + weight`. */
const GRAM_UPPER = 256;
/** A packed value of gramWeights: the literal weight of the gram itself. */
export const gramWeight = (packed: number): number => packed % GRAM_UPPER;
/** A packed value of gramWeights: the most a piece starting with the gram can score, whole fields aside. */
export const gramUpper = (packed: number): number => Math.floor(packed / GRAM_UPPER);

/**
 * Every character unigram and bigram of a recall's fields with the weight a query of exactly that
 * text scores literally (the best field, exact > prefix > substring; see literalWhole), so one-
 * and two-character queries are ranked from the posting lists alone; packed with the most a piece
 * starting with the gram can score unless it is a whole field (`gramUpper`): a field's prefix
 * weight where the gram starts it, its substring weight elsewhere. Whole fields are looked up.
 */
export function gramWeights(t: RankText): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (field: string, [exact, starts, contains]: readonly number[]) => {
    const chars = Array.from(field);
    for (let i = 0; i < chars.length; i++) {
      const one = chars[i];
      const two = i + 1 < chars.length ? one + chars[i + 1] : '';
      const upper = i === 0 ? starts : contains;
      const weigh = (gram: string) => (gram === field ? exact : i === 0 ? starts : contains);
      const keep = (gram: string) => {
        const known = grams.get(gram) ?? 0;
        grams.set(gram, Math.max(gramWeight(known), weigh(gram)) + GRAM_UPPER * Math.max(gramUpper(known), upper));
      };
      keep(one);
      if (two) keep(two);
    }
  };
  add(t.product, FIELD_WEIGHTS.product);
  add(t.brand, FIELD_WEIGHTS.brand);
  t.models.forEach((m) => add(m, FIELD_WEIGHTS.model));
  add(t.producer, FIELD_WEIGHTS.producer);
  add(t.recallNo, FIELD_WEIGHTS.recallNo);
  return grams;
}
