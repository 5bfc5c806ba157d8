import {
  compileThesaurus,
  type CompiledThesaurus,
  coverChunk,
  type Coverage,
  literalPieces,
  ngrams,
  normalizeSearchText,
  type Piece,
  termSpans,
  type TermMeaning,
  understandQuery,
  ZThesaurus,
  IGNORABLE_CHARS,
} from '@recall/shared';
import fs from 'fs';
import path from 'path';

/**
 * The in-memory search index over public recalls: an n-gram inverted index (character unigrams
 * and bigrams) for Chinese substring search, plus exact maps for GTIN, model and brand.
 *
 * Why in memory: MySQL/MariaDB cannot split Chinese for FULLTEXT and `LIKE '%x%'` scans every row
 * (measured 426 req/s at 10k rows). Recalls are few (national total ~7k in twenty years; 100k is
 * the design load), read-mostly and public, so each process holds the postings (tens of MB at
 * 100k) and answers from memory; the database stays the source of truth and every process catches
 * up from `recall.changeSeq` within a second (see RecallIndexService).
 */
export interface IndexedRecall {
  id: number;
  seq: number;
  withdrawn: boolean;
  categoryCode: string;
  startDate: string;
  updatedAt: number;
  productName: string;
  brand: string | null;
  models: string[];
  gtins: string[];
  batches: string[];
  productionFrom: string | null;
  productionTo: string | null;
  producerName: string;
  recallNo: string;
}

interface Doc extends IndexedRecall {
  n: { product: string; brand: string; models: string[]; producer: string; recallNo: string };
  /** startDate as days since 1970, so ranking compares numbers. */
  day: number;
  /** Product kinds from the thesaurus (kind id → weight: the head noun of the name weighs most). */
  kinds: Map<number, number>;
}

export interface SearchQuery {
  q?: string;
  category?: string;
  from?: string;
  to?: string;
}

export const THESAURUS_FILE = path.resolve(__dirname, '../../../config/search/thesaurus.json');

/** The thesaurus staff maintain in config/search, read once per process (at server start). */
export function loadThesaurus(file = THESAURUS_FILE): CompiledThesaurus {
  return compileThesaurus(ZThesaurus.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
}

/** Traditional → simplified (OpenCC's t → cn tables), server-side only: the dictionary is large. */
// The t→cn build only (not the full converter); its types are the package's main ones.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Converter } = require('opencc-js/t2cn') as typeof import('opencc-js');
const toSimplified = Converter({ from: 't', to: 'cn' });

function docText(d: Doc): string {
  return [d.n.product, d.n.brand, ...d.n.models, d.n.producer, d.n.recallNo].join('\u0000');
}

/** Weights of a literal match per field: exact field, prefix, substring (0–100). */
const FIELD_WEIGHTS = {
  product: [100, 80, 60],
  brand: [70, 55, 50],
  model: [65, 50, 45],
  recallNo: [90, 60, 40],
  producer: [35, 32, 30],
} as const;
/** Weights of a match through the thesaurus: the kind the name ends with, another, a broader one. */
const KIND_HEAD = 85;
const KIND_OTHER = 60;
const KIND_BROADER = 55;
const CATEGORY_WORD = 50;

/** A query chunk as the ranking needs it: characters, and where thesaurus words sit in it. */
interface Chunk {
  chars: string[];
  text: string;
  spans: Array<Piece & { value: TermMeaning }>;
}

/** Kinds a name names itself, not the broader ones they belong to. */
const directKinds = (kinds: Map<number, number>) => [...kinds].filter(([, w]) => w > KIND_BROADER).map(([k]) => k);

/** A public recall with the product kinds its name names itself. */
export interface PublicRecallView {
  recall: IndexedRecall;
  kinds: number[];
}
/** A change of one public recall: before and after (undefined: not public then). */
export type RecallWatcher = (before: PublicRecallView | undefined, after: PublicRecallView | undefined) => void;
const publicView = (d: Doc): PublicRecallView => ({ recall: d, kinds: directKinds(d.kinds) });

/** The weight of a literal match of `piece` in `value` (0 when it does not occur). */
function literalWeight(value: string, piece: string, [exact, starts, contains]: readonly number[]): number {
  if (!value || !value.includes(piece)) return 0;
  return value === piece ? exact : value.startsWith(piece) ? starts : contains;
}

/** A thesaurus word's weight for a doc: its kind (head, other, broader) or its category. */
function spanWeight(d: Doc, meaning: TermMeaning): number {
  let weight = meaning.categories.includes(d.categoryCode as never) ? CATEGORY_WORD : 0;
  for (const k of meaning.kinds) weight = Math.max(weight, d.kinds.get(k) ?? 0);
  return weight;
}

/**
 * The best weight of one field or thesaurus word covering the whole chunk, 0 if none does: the
 * common case (a product word, a brand, a model), scored without splitting the chunk.
 */
function wholeChunkWeight(d: Doc, c: Chunk): number {
  // Fields in the order of their best weight; a field that cannot beat what is found is skipped
  // (the producer's long name is the costliest to scan and the least worth).
  let best = literalWeight(d.n.product, c.text, FIELD_WEIGHTS.product);
  if (best < FIELD_WEIGHTS.recallNo[0])
    best = Math.max(best, literalWeight(d.n.recallNo, c.text, FIELD_WEIGHTS.recallNo));
  if (best < KIND_HEAD)
    for (const span of c.spans)
      if (span.from === 0 && span.to === c.chars.length) best = Math.max(best, spanWeight(d, span.value));
  if (best < FIELD_WEIGHTS.brand[0]) best = Math.max(best, literalWeight(d.n.brand, c.text, FIELD_WEIGHTS.brand));
  if (best < FIELD_WEIGHTS.model[0])
    for (const m of d.n.models) best = Math.max(best, literalWeight(m, c.text, FIELD_WEIGHTS.model));
  if (best < FIELD_WEIGHTS.producer[0])
    best = Math.max(best, literalWeight(d.n.producer, c.text, FIELD_WEIGHTS.producer));
  return best;
}

/** How well one doc matches every chunk: a whole-chunk match, else pieces from each field, then coverage. */
function coverage(d: Doc, chunks: Chunk[]): Coverage {
  const total: Coverage = { total: 0, covered: 0, weightSum: 0, missing: 0 };
  for (const c of chunks) {
    const whole = wholeChunkWeight(d, c);
    if (whole > 0) {
      total.total += c.chars.length;
      total.covered += c.chars.length;
      total.weightSum += whole * c.chars.length;
      continue;
    }
    const pieces: Piece[] = [
      ...literalPieces(c.chars, d.n.product, (p) => literalWeight(d.n.product, p, FIELD_WEIGHTS.product)),
      ...literalPieces(c.chars, d.n.brand, (p) => literalWeight(d.n.brand, p, FIELD_WEIGHTS.brand)),
      ...d.n.models.flatMap((m) => literalPieces(c.chars, m, (p) => literalWeight(m, p, FIELD_WEIGHTS.model))),
      ...literalPieces(c.chars, d.n.recallNo, (p) => literalWeight(d.n.recallNo, p, FIELD_WEIGHTS.recallNo)),
      ...literalPieces(c.chars, d.n.producer, (p) => literalWeight(d.n.producer, p, FIELD_WEIGHTS.producer)),
    ];
    for (const span of c.spans) {
      const weight = spanWeight(d, span.value);
      if (weight) pieces.push({ from: span.from, to: span.to, weight });
    }
    const one = coverChunk(c.chars, pieces);
    total.total += one.total;
    total.covered += one.covered;
    total.weightSum += one.weightSum;
    total.missing += one.missing;
  }
  return total;
}

/**
 * One float per match, sortable natively: relevance (8 bits), start day (16 bits, days since
 * 1970), insertion order (22 bits, newer first on ties). 46 bits: exact in a double.
 */
const DAY_SHIFT = 2 ** 22;
const MAX_CACHED_IDS = 4_000_000;
const SCORE_SHIFT = 2 ** 38;
const rankKey = (score: number, day: number, ord: number) => score * SCORE_SHIFT + day * DAY_SHIFT + ord;

/** Sorted union of sorted posting lists, merged pairwise (no set, no re-sort). */
function union(lists: number[][]): number[] {
  let acc = lists[0] ?? [];
  for (let l = 1; l < lists.length; l++) {
    const b = lists[l];
    if (!b.length) continue;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < acc.length || j < b.length) {
      if (j >= b.length || (i < acc.length && acc[i] < b[j])) out.push(acc[i++]);
      else if (i >= acc.length || b[j] < acc[i]) out.push(b[j++]);
      else {
        out.push(acc[i++]);
        j++;
      }
    }
    acc = out;
  }
  return acc;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

export class SearchIndex {
  private docs: Doc[] = [];
  private alive: boolean[] = [];
  private ordById = new Map<number, number>();
  private postings = new Map<string, number[]>();
  private kindPostings: number[][];
  private categoryPostings = new Map<string, number[]>();
  private exact = {
    gtin: new Map<string, number[]>(),
    model: new Map<string, number[]>(),
    brand: new Map<string, number[]>(),
    recallNo: new Map<string, number[]>(),
  };
  /** Result lists of recent queries, as compact id arrays, bounded by count and total ids. */
  private cache = new Map<string, Int32Array>();
  private cachedIds = 0;
  private dead = 0;
  /** Highest change sequence seen, and the newest update time (data freshness). */
  seq = 0;
  latestUpdate = 0;
  /** Told of every change of the public recalls (see `watch`); not while compacting (nothing changes). */
  private watchers: RecallWatcher[] = [];
  private compacting = false;

  /**
   * @param cacheLimit result lists kept for repeated queries (0: none); cleared on every change.
   * @param thesaurus everyday words and product kinds (config/search/thesaurus.json by default).
   */
  constructor(
    private readonly cacheLimit = 2000,
    private readonly thesaurus: CompiledThesaurus = loadThesaurus(),
  ) {
    this.kindPostings = thesaurus.kinds.map(() => []);
  }

  get size(): number {
    return this.ordById.size;
  }

  upsert(r: IndexedRecall): void {
    const old = this.ordById.get(r.id);
    const before = old !== undefined && this.alive[old] ? this.docs[old] : undefined;
    if (old !== undefined) {
      this.alive[old] = false;
      this.dead++;
    }
    const product = normalizeSearchText(r.productName);
    const doc: Doc = {
      ...r,
      day: Math.max(0, Math.floor(Date.parse(`${r.startDate}T00:00:00Z`) / 86400000)),
      n: {
        product,
        brand: normalizeSearchText(r.brand ?? ''),
        models: r.models.map(normalizeSearchText).filter(Boolean),
        producer: normalizeSearchText(r.producerName),
        recallNo: normalizeSearchText(r.recallNo),
      },
      kinds: this.kindsOf(product),
    };
    const ord = this.docs.length;
    this.docs.push(doc);
    this.alive.push(!r.withdrawn);
    this.ordById.set(r.id, ord);
    if (!r.withdrawn) this.addPostings(doc, ord);
    this.seq = Math.max(this.seq, r.seq);
    this.latestUpdate = Math.max(this.latestUpdate, r.updatedAt);
    this.cache.clear();
    this.cachedIds = 0;
    if (!this.compacting)
      for (const w of this.watchers) w(before && publicView(before), r.withdrawn ? undefined : publicView(doc));
    if ((this.dead > 1000 && this.dead > this.docs.length / 4) || this.docs.length >= DAY_SHIFT - 1) this.compact();
  }

  /**
   * The kinds a product name names: thesaurus words in it, a word inside a longer one dropped
   * (电动自行车充电器: 电动自行车 and 充电器, not 自行车); the word the name ends with is its head
   * noun (a charger, not a bicycle), broader kinds follow.
   */
  private kindsOf(product: string): Map<number, number> {
    const chars = Array.from(product);
    const spans = termSpans(chars, this.thesaurus.terms, this.thesaurus.maxLen);
    const kept = spans.filter(
      (s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to && o.to - o.from > s.to - s.from),
    );
    const last = Math.max(...kept.map((s) => s.to));
    const kinds = new Map<number, number>();
    const give = (k: number, w: number) => kinds.set(k, Math.max(kinds.get(k) ?? 0, w));
    for (const s of kept)
      for (const k of s.value.kinds) {
        give(k, s.to === last ? KIND_HEAD : KIND_OTHER);
        for (const b of this.thesaurus.kinds[k].broader) give(b, KIND_BROADER);
      }
    return kinds;
  }

  private addPostings(doc: Doc, ord: number): void {
    const text = docText(doc);
    const grams = new Set([...ngrams(text, 1), ...ngrams(text, 2)]);
    for (const g of grams) {
      if (g.includes('\u0000')) continue;
      const list = this.postings.get(g);
      if (list) list.push(ord);
      else this.postings.set(g, [ord]);
    }
    const add = (map: Map<string, number[]>, key: string) => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(ord);
      else map.set(key, [ord]);
    };
    doc.gtins.forEach((g) => add(this.exact.gtin, g));
    new Set(doc.n.models).forEach((m) => add(this.exact.model, m));
    add(this.exact.brand, doc.n.brand);
    add(this.exact.recallNo, doc.n.recallNo);
    add(this.categoryPostings, doc.categoryCode);
    for (const k of doc.kinds.keys()) this.kindPostings[k].push(ord);
  }

  /** Rebuilds without superseded versions so postings do not grow forever with updates. */
  private compact(): void {
    const latest = [...this.ordById.values()].map((ord) => this.docs[ord]);
    this.docs = [];
    this.alive = [];
    this.ordById.clear();
    this.postings.clear();
    this.categoryPostings.clear();
    this.kindPostings = this.thesaurus.kinds.map(() => []);
    Object.values(this.exact).forEach((m) => m.clear());
    this.dead = 0;
    this.compacting = true;
    try {
      for (const d of latest) this.upsert(d);
    } finally {
      this.compacting = false;
    }
  }

  private filtered(ords: Iterable<number>, q: SearchQuery): number[] {
    const out: number[] = [];
    for (const ord of ords) {
      if (!this.alive[ord]) continue;
      const d = this.docs[ord];
      if (q.category && d.categoryCode !== q.category) continue;
      if (q.from && d.startDate < q.from) continue;
      if (q.to && d.startDate > q.to) continue;
      out.push(ord);
    }
    return out;
  }

  /** The query's chunks with the thesaurus words found in each. */
  private chunks(raw: string): { gtin?: string; chunks: Chunk[] } {
    const u = understandQuery(raw, toSimplified);
    return {
      gtin: u.gtin,
      chunks: u.chunks.map((text) => {
        const chars = Array.from(text);
        return { chars, text, spans: termSpans(chars, this.thesaurus.terms, this.thesaurus.maxLen) };
      }),
    };
  }

  /** Docs some piece of the chunk could cover position `at` with: its bigram, or a thesaurus word there. */
  private reach(c: Chunk, at: 'start' | 'end'): number[] {
    const n = c.chars.length;
    const gram = n === 1 ? c.text : at === 'start' ? c.chars[0] + c.chars[1] : c.chars[n - 2] + c.chars[n - 1];
    const lists = [this.postings.get(gram) ?? []];
    for (const s of c.spans) {
      if (at === 'start' ? s.from !== 0 : s.to !== n) continue;
      for (const k of s.value.kinds) lists.push(this.kindPostings[k]);
      for (const cat of s.value.categories) lists.push(this.categoryPostings.get(cat) ?? []);
    }
    return union(lists);
  }

  /**
   * Docs that could cover every chunk: every covering piece is two characters or a thesaurus
   * word, so the piece at a chunk's first (and last) character is one of those found there.
   */
  private strictCandidates(chunks: Chunk[]): number[] {
    const lists: number[][] = [];
    for (const c of chunks) {
      if (c.chars.length <= 2 || !IGNORABLE_CHARS.has(c.chars[0])) lists.push(this.reach(c, 'start'));
      if (c.chars.length > 2 && !IGNORABLE_CHARS.has(c.chars[c.chars.length - 1])) lists.push(this.reach(c, 'end'));
    }
    if (!lists.length) return this.looseCandidates(chunks);
    return lists.sort((a, b) => a.length - b.length).reduce((acc, list) => intersect(acc, list));
  }

  /** Docs covering some two characters or a thesaurus word of the query: for partial matches. */
  private looseCandidates(chunks: Chunk[]): number[] {
    const lists: number[][] = [];
    for (const c of chunks) {
      const grams = c.chars.length === 1 ? [c.text] : ngrams(c.text, 2);
      grams.forEach((g) => lists.push(this.postings.get(g) ?? []));
      for (const s of c.spans) {
        for (const k of s.value.kinds) lists.push(this.kindPostings[k]);
        for (const cat of s.value.categories) lists.push(this.categoryPostings.get(cat) ?? []);
      }
    }
    return union(lists);
  }

  /**
   * Ids of matching public recalls, best first (relevance, then the newest start date). A GTIN
   * or a recall number typed in the box goes straight to that recall; otherwise every part of the
   * query must be covered by some field, or, when no recall covers it all, most of it.
   */
  search(query: SearchQuery): Int32Array {
    const { gtin, chunks } = this.chunks(query.q ?? '');
    const text = chunks.map((c) => c.text).join(' ');
    const key = JSON.stringify([gtin ?? text, query.category ?? '', query.from ?? '', query.to ?? '']);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const ids = Int32Array.from(this.lookup(gtin, chunks, query));
    if (this.cacheLimit > 0) {
      this.cache.set(key, ids);
      this.cachedIds += ids.length;
      while (this.cache.size > this.cacheLimit || this.cachedIds > MAX_CACHED_IDS) {
        const [oldKey, old] = this.cache.entries().next().value as [string, Int32Array];
        this.cache.delete(oldKey);
        this.cachedIds -= old.length;
      }
    }
    return ids;
  }

  private lookup(gtin: string | undefined, chunks: Chunk[], query: SearchQuery): number[] {
    if (!chunks.length) return this.rank(this.docs.keys(), [], query, false);
    const direct = gtin ? this.exact.gtin.get(gtin) : this.exact.recallNo.get(chunks.map((c) => c.text).join(''));
    if (direct?.some((ord) => this.alive[ord])) return this.rank(direct, [], query, false);
    const strict = this.rank(this.strictCandidates(chunks), chunks, query, false);
    return strict.length ? strict : this.rank(this.looseCandidates(chunks), chunks, query, true);
  }

  /** Like search, among the given recalls only (e.g. those listing one GTIN). */
  searchWithin(docs: IndexedRecall[], query: SearchQuery): Int32Array {
    const { chunks } = this.chunks(query.q ?? '');
    const ords = docs.map((d) => this.ordById.get(d.id)!);
    const strict = this.rank(ords, chunks, query, false);
    return Int32Array.from(strict.length || !chunks.length ? strict : this.rank(ords, chunks, query, true));
  }

  /** Among the given recalls, those whose fields cover every part of the text (no loose fallback), best first. */
  coveringWithin(docs: IndexedRecall[], text: string): number[] {
    const { chunks } = this.chunks(text);
    if (!chunks.length) return [];
    return this.rank(
      docs.map((d) => this.ordById.get(d.id)!),
      chunks,
      {},
      false,
    );
  }

  /**
   * Ranks by relevance (mean over the query's characters of the best weight covering each),
   * then the newest start date. Strict: every character covered; loose: at least as many
   * characters covered as missed.
   */
  private rank(ords: Iterable<number>, chunks: Chunk[], query: SearchQuery, loose: boolean): number[] {
    const matched = this.filtered(ords, query);
    const keys = new Float64Array(matched.length);
    const single = chunks.length === 1 ? chunks[0] : undefined;
    let n = 0;
    for (const ord of matched) {
      const d = this.docs[ord];
      // One chunk that a field covers whole (most queries): its weight is the score.
      let score = single ? wholeChunkWeight(d, single) : 0;
      if (chunks.length && !score) {
        const c = coverage(d, chunks);
        if (loose ? c.covered < c.missing || !c.covered : c.missing > 0) continue;
        score = Math.min(255, Math.round(c.weightSum / Math.max(1, c.total)));
      }
      keys[n++] = rankKey(score, d.day, ord);
    }
    const sorted = keys.subarray(0, n).sort();
    const ids = new Array<number>(n);
    for (let i = 0; i < n; i++) ids[i] = this.docs[sorted[n - 1 - i] % DAY_SHIFT].id;
    return ids;
  }

  private live(map: Map<string, number[]>, key: string): IndexedRecall[] {
    return (map.get(key) ?? []).filter((ord) => this.alive[ord]).map((ord) => this.docs[ord]);
  }

  byGtin(gtin: string): IndexedRecall[] {
    return this.live(this.exact.gtin, gtin);
  }

  byModel(model: string): IndexedRecall[] {
    return this.live(this.exact.model, normalizeSearchText(model));
  }

  byBrand(brand: string): IndexedRecall[] {
    return this.live(this.exact.brand, normalizeSearchText(brand));
  }

  /** Calls `w` for every public recall now, then for every change from here on. */
  watch(w: RecallWatcher): void {
    for (const ord of this.ordById.values()) if (this.alive[ord]) w(undefined, publicView(this.docs[ord]));
    this.watchers.push(w);
  }

  /** The product kinds (thesaurus) a text names itself (not broader ones), e.g. a query. */
  kindsIn(text: string): number[] {
    const { chunks } = this.chunks(text);
    return [...new Set(chunks.flatMap((c) => directKinds(this.kindsOf(c.text))))];
  }

  get(id: number): IndexedRecall | undefined {
    const ord = this.ordById.get(id);
    return ord === undefined || !this.alive[ord] ? undefined : this.docs[ord];
  }
}
