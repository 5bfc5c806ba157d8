import {
  compileThesaurus,
  type CompiledThesaurus,
  ngrams,
  normalizeSearchText,
  termSpans,
  understandQuery,
  ZThesaurus,
  IGNORABLE_CHARS,
} from '@recall/shared';
import fs from 'fs';
import path from 'path';
import {
  DocColumns,
  type ScoreBound,
  StoredRecall,
  Strings,
  WHOLE_FIELDS,
  gramUpper,
  gramWeight,
  gramWeights,
  maxScore,
} from './search-docs';
import {
  entriesOf,
  heldByAll,
  intersect,
  keepHeldByAny,
  lowerBound,
  maxWeight,
  ordOf,
  PostingList,
  TopK,
  union,
  WEIGHT_BITS,
  weightOf,
} from './search-postings';
import {
  CATEGORY_WORD,
  type Chunk,
  FIELD_WEIGHTS,
  ChunkProbe,
  coverage,
  LATIN_OR_DIGIT,
  KIND_BROADER,
  KIND_HEAD,
  KIND_OTHER,
  MAX_FIELD_WEIGHT,
  type RankText,
} from './search-rank';

export { StoredRecall } from './search-docs';

/**
 * The in-memory search index over public recalls: an n-gram inverted index (character unigrams
 * and bigrams) for Chinese substring search, plus exact maps for GTIN, model and brand.
 *
 * Why in memory: MySQL/MariaDB cannot split Chinese for FULLTEXT and `LIKE '%x%'` scans every row
 * (measured 426 req/s at 10k rows). Recalls are few (national total ~7k in twenty years; 100k is
 * the design load), read-mostly and public, so each process holds the postings (typed arrays, see
 * search-postings.ts) and answers from memory; the database stays the source of truth and every
 * process catches up from `recall.changeSeq` within a second (see RecallIndexService).
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

export interface SearchQuery {
  q?: string;
  category?: string;
  from?: string;
  to?: string;
}

/**
 * The best `ids` of a search (as many as asked for), and how many recalls match in all; `seqs`
 * their change sequences, read with the ids (the page's rows are current when theirs match).
 */
export interface SearchResult {
  total: number;
  ids: Int32Array;
  seqs: Float64Array;
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

/** Kinds a name names itself (kind and weight packed), not the broader ones they belong to. */
const directKinds = (packed: number[]) =>
  packed.filter((x) => x % WEIGHT_BITS > KIND_BROADER).map((x) => Math.floor(x / WEIGHT_BITS));

/** A public recall's words for the suggestions, with the product kinds its name names itself. */
export interface PublicRecallView {
  recall: { brand: string | null; productName: string; models: string[] };
  kinds: number[];
}
/** A change of one public recall: before and after (undefined: not public then). */
export type RecallWatcher = (before: PublicRecallView | undefined, after: PublicRecallView | undefined) => void;
const publicView = (d: StoredRecall): PublicRecallView => ({ recall: d, kinds: directKinds(d.text.kinds) });

/**
 * One float per match, sortable natively: relevance (8 bits), start day (16 bits, days since
 * 1970), placement order (22 bits: within a day, the later change first on ties). 46 bits: exact in a double.
 */
const DAY_SHIFT = 2 ** 22;
const MAX_CACHED_IDS = 4_000_000;
/** Candidate lists this many times the smallest in all are intersected as bitsets (see strictCandidates). */
const BITSET_RATIO = 16;
/** Longer chunks are not looked up stretch by stretch (see wholeFields): any field may be whole. */
const MAX_STRETCHED_CHUNK = 12;
const SCORE_SHIFT = 2 ** 38;
const rankKey = (score: number, day: number, ord: number) => score * SCORE_SHIFT + day * DAY_SHIFT + ord;
/** Newest start day first, then in change order. */
const newestFirst = (a: IndexedRecall, b: IndexedRecall) =>
  a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.seq - b.seq;
const dayOf = (date: string) => Math.max(0, Math.floor(Date.parse(`${date}T00:00:00Z`) / 86400000));

type Ords = number | number[];
/**
 * The most a doc can score when it covers `covered` characters (filler counted as covered) and
 * misses `missing` (letters and digits half): the score is the mean weight over the query's
 * characters, and each covered one weighs at most `upper`, each missed one nothing.
 */
const partialUpper = (upper: number, covered: number, missing: number) =>
  missing > 0 ? Math.round((upper * covered) / (covered + missing)) : upper;

const ordList = (ords: Ords | undefined): number[] =>
  ords === undefined ? [] : typeof ords === 'number' ? [ords] : ords;

/** A chunk's bigrams in order, repeats kept (ChunkProbe reads them by position). */
const bigramsInOrder = (chars: string[]) => chars.slice(1).map((ch, i) => chars[i] + ch);

/** Which docs a query's filters keep: category and start-day range. */
interface Filter {
  category: number;
  from: number;
  to: number;
}
const unfiltered = (f: Filter) => f.category === -1 && f.from === -Infinity && f.to === Infinity;

export class SearchIndex {
  private docs: StoredRecall[] = [];
  private cols = new DocColumns();
  private strings = new Strings();
  private ordById = new Map<number, number>();
  private postings = new Map<string, PostingList>();
  private kindPostings: PostingList[];
  private categoryPostings = new Map<string, PostingList>();
  /** Exact keys → ords: one ord as a number (almost every GTIN, model and recall number), several as an array. */
  private exact = {
    gtin: new Map<string, Ords>(),
    model: new Map<string, Ords>(),
    brand: new Map<string, Ords>(),
    recallNo: new Map<string, Ords>(),
  };
  /** Product names (normalised): whether a stretch of a query is some recall's whole product name. */
  private products = new Set<string>();
  /** Results of recent queries (the best ids asked for), bounded by count and total ids. */
  private cache = new Map<string, SearchResult>();
  private cachedIds = 0;
  /** Live docs newest first: the order of a search without words (built on demand). */
  private byDate?: Int32Array;
  private dead = 0;
  /** Highest change sequence seen, and the newest update time (data freshness). */
  seq = 0;
  latestUpdate = 0;
  /** Told of every change of the public recalls (see `watch`); compaction moves records without telling. */
  private watchers: RecallWatcher[] = [];

  /**
   * @param cacheLimit result lists kept for repeated queries (0: none); cleared on every change.
   * @param thesaurus everyday words and product kinds (config/search/thesaurus.json by default).
   */
  constructor(
    private readonly cacheLimit = 2000,
    private readonly thesaurus: CompiledThesaurus = loadThesaurus(),
  ) {
    this.kindPostings = thesaurus.kinds.map(() => new PostingList());
  }

  get size(): number {
    return this.ordById.size;
  }

  /**
   * Upserts a pull of changes (the start's full load, an import). The new docs are placed newest
   * start day first (then in change order): ranking reads candidates in that order, so the page
   * fills with the likely best first and most of the rest are counted by their bounds, unread.
   */
  upsertAll(recalls: IndexedRecall[]): void {
    // A recall changed again while the pull read on is in it twice: its latest version counts.
    const latest = new Map<number, IndexedRecall>();
    for (const r of recalls) if ((latest.get(r.id)?.seq ?? -1) < r.seq) latest.set(r.id, r);
    [...latest.values()].sort(newestFirst).forEach((r) => this.upsert(r));
  }

  upsert(r: IndexedRecall): void {
    const old = this.ordById.get(r.id);
    const before = old !== undefined && this.cols.alive(old) ? this.docs[old] : undefined;
    if (old !== undefined) {
      this.cols.kill(old);
      this.dead++;
    }
    const s = this.strings;
    const product = s.intern(normalizeSearchText(r.productName));
    const text: RankText = {
      product,
      brand: s.intern(normalizeSearchText(r.brand ?? '')),
      models: r.models.map(normalizeSearchText).filter(Boolean),
      producer: s.intern(normalizeSearchText(r.producerName)),
      recallNo: normalizeSearchText(r.recallNo),
      category: s.intern(r.categoryCode),
      kinds: this.kindsOf(product),
    };
    const doc = new StoredRecall(r, text, s);
    this.place(doc, dayOf(r.startDate), !r.withdrawn);
    this.seq = Math.max(this.seq, r.seq);
    this.latestUpdate = Math.max(this.latestUpdate, r.updatedAt);
    this.cache.clear();
    this.cachedIds = 0;
    this.byDate = undefined;
    for (const w of this.watchers) w(before && publicView(before), r.withdrawn ? undefined : publicView(doc));
    if ((this.dead > 1000 && this.dead > this.docs.length / 4) || this.docs.length >= DAY_SHIFT - 1) this.compact();
  }

  /** Appends a doc and, when public, its postings. */
  private place(doc: StoredRecall, day: number, alive: boolean): void {
    const ord = this.docs.length;
    this.docs.push(doc);
    this.cols.append(ord, day, this.strings.categoryIndex(doc.text.category), alive, doc.text);
    this.ordById.set(doc.id, ord);
    if (alive) this.addPostings(doc, ord);
  }

  /** Shrinks every posting list to its length: after a bulk load, so doubling leaves no slack. */
  trim(): void {
    for (const list of this.postings.values()) list.trim();
    for (const list of this.categoryPostings.values()) list.trim();
    this.kindPostings.forEach((l) => l.trim());
  }

  /**
   * The kinds a product name names: thesaurus words in it, a word inside a longer one dropped
   * (电动自行车充电器: 电动自行车 and 充电器, not 自行车); the word the name ends with is its head
   * noun (a charger, not a bicycle), broader kinds follow. Packed `kind * 256 + weight`.
   */
  private kindsOf(product: string): number[] {
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
    return [...kinds].map(([k, w]) => k * WEIGHT_BITS + w);
  }

  private addPostings(doc: StoredRecall, ord: number): void {
    for (const [gram, packed] of gramWeights(doc.text)) {
      let list = this.postings.get(gram);
      if (!list) this.postings.set(gram, (list = new PostingList()));
      list.push(ord, gramWeight(packed), gramUpper(packed));
    }
    const add = (map: Map<string, Ords>, key: string) => {
      if (!key) return;
      const known = map.get(key);
      if (known === undefined) map.set(key, ord);
      else if (typeof known === 'number') map.set(key, [known, ord]);
      else known.push(ord);
    };
    new Set(doc.gtins).forEach((g) => add(this.exact.gtin, g));
    new Set(doc.text.models).forEach((m) => add(this.exact.model, m));
    add(this.exact.brand, doc.text.brand);
    add(this.exact.recallNo, doc.text.recallNo);
    this.products.add(doc.text.product);
    let byCategory = this.categoryPostings.get(doc.text.category);
    if (!byCategory) this.categoryPostings.set(doc.text.category, (byCategory = new PostingList()));
    byCategory.push(ord, CATEGORY_WORD);
    for (const packed of doc.text.kinds)
      this.kindPostings[Math.floor(packed / WEIGHT_BITS)].push(ord, packed % WEIGHT_BITS);
  }

  /** Rebuilds without superseded versions so postings do not grow forever with updates. */
  private compact(): void {
    const cols = this.cols;
    // Newest start day first, then as placed (see upsertAll).
    const latest = [...this.ordById.values()].sort((a, b) => cols.day(b) - cols.day(a) || a - b);
    const kept = latest.map((ord) => ({ doc: this.docs[ord], day: cols.day(ord), alive: cols.alive(ord) }));
    this.docs = [];
    this.cols = new DocColumns();
    this.ordById.clear();
    this.postings.clear();
    this.categoryPostings.clear();
    this.kindPostings = this.thesaurus.kinds.map(() => new PostingList());
    Object.values(this.exact).forEach((m) => m.clear());
    this.products.clear();
    this.dead = 0;
    for (const k of kept) this.place(k.doc, k.day, k.alive);
    this.trim();
  }

  private filterOf(q: SearchQuery): Filter {
    return {
      category: this.strings.categoryFilter(q.category),
      from: q.from ? dayOf(q.from) : -Infinity,
      to: q.to ? dayOf(q.to) : Infinity,
    };
  }

  private passes(ord: number, f: Filter): boolean {
    return this.cols.passes(ord, f.category, f.from, f.to);
  }

  /**
   * Ranking meets candidate `candidates[i]` of the newest-first docs (see upsertAll) and finds
   * that even the best score could not take it to the page: the ones after it there start no
   * later, so none could either. They are counted (those that pass the filter), not ranked.
   * Returns how many, and the index of the first candidate after them.
   */
  private countRest(candidates: Int32Array, i: number, f: Filter): { count: number; next: number } {
    const end = lowerBound(candidates, this.cols.newestFirst * WEIGHT_BITS);
    const all = unfiltered(f);
    let count = 0;
    for (let j = i + 1; j < end; j++) {
      const ord = ordOf(candidates[j]);
      if (all ? this.cols.alive(ord) : this.passes(ord, f)) count++;
    }
    return { count, next: end };
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

  /** Postings of the kinds and categories that the chunk's thesaurus words picked by `pick` name. */
  private spanLists(c: Chunk, pick: (s: Chunk['spans'][number]) => boolean): Int32Array[] {
    const lists: Int32Array[] = [];
    for (const s of c.spans) {
      if (!pick(s)) continue;
      for (const k of s.value.kinds) lists.push(this.kindPostings[k].entries);
      for (const cat of s.value.categories) lists.push(entriesOf(this.categoryPostings.get(cat)));
    }
    return lists;
  }

  private gram(text: string): Int32Array {
    return entriesOf(this.postings.get(text));
  }

  /** Lists some piece of the chunk could cover position `at` with: its bigram, or a thesaurus word there. */
  private reach(c: Chunk, at: 'start' | 'end'): Int32Array[] {
    const n = c.chars.length;
    const gram = n === 1 ? c.text : at === 'start' ? c.chars[0] + c.chars[1] : c.chars[n - 2] + c.chars[n - 1];
    return [this.gram(gram), ...this.spanLists(c, (s) => (at === 'start' ? s.from === 0 : s.to === n))].filter(
      (l) => l.length,
    );
  }

  /**
   * Docs that could cover every chunk: every covering piece is two characters or a thesaurus
   * word, so the piece at a chunk's first (and last) character is one of those found there. The
   * smallest of these unions is built; the others are only probed for its docs.
   * `covered`: every candidate covers every character, because each chunk is at most four
   * characters, none Latin-only, and pieces at both its ends were required (the piece at the
   * start covers its first two characters, the one at the end its last two).
   */
  private strictCandidates(chunks: Chunk[]): { docs: Int32Array; covered: boolean } {
    const reaches: Int32Array[][] = [];
    let covered = true;
    for (const c of chunks) {
      const n = c.chars.length;
      const start = n <= 2 || !IGNORABLE_CHARS.has(c.chars[0]);
      const end = n > 2 && !IGNORABLE_CHARS.has(c.chars[n - 1]);
      if (start) reaches.push(this.reach(c, 'start'));
      if (end) reaches.push(this.reach(c, 'end'));
      if (n > 4 || (n > 2 && (!start || !end || c.chars.every((ch) => LATIN_OR_DIGIT.test(ch))))) covered = false;
    }
    if (!reaches.length) return { docs: this.looseCandidates(chunks), covered: false };
    const size = (lists: Int32Array[]) => lists.reduce((sum, l) => sum + l.length, 0);
    reaches.sort((a, b) => size(a) - size(b));
    const smallest = size(reaches[0]);
    // Of similar sizes (儿童衣柜: 儿童 and 衣柜 a few thousand each), bitsets; else the smallest
    // union probes the others (a brand of twenty recalls against a category of fifty thousand).
    if (reaches.length > 1 && smallest > 0 && size(reaches.flat()) <= BITSET_RATIO * smallest)
      return { docs: heldByAll(reaches, this.docs.length), covered };
    let docs = union(reaches[0]);
    for (let i = 1; i < reaches.length && docs.length; i++) docs = keepHeldByAny(docs, reaches[i]);
    return { docs, covered };
  }

  /** Docs covering some two characters or a thesaurus word of the query: for partial matches. */
  private looseCandidates(chunks: Chunk[]): Int32Array {
    const lists: Int32Array[] = [];
    for (const c of chunks) {
      const n = c.chars.length;
      if (n > 2 && c.chars.every((ch) => LATIN_OR_DIGIT.test(ch))) {
        // Letters and digits match only whole: a doc holding the chunk holds its first and last two.
        lists.push(intersect(this.gram(c.chars[0] + c.chars[1]), this.gram(c.chars[n - 2] + c.chars[n - 1])));
      } else {
        const grams = n === 1 ? [c.text] : ngrams(c.text, 2);
        grams.forEach((g) => lists.push(this.gram(g)));
      }
      lists.push(...this.spanLists(c, () => true));
    }
    return union(lists);
  }

  /**
   * The most a doc can score on the chunks, before its postings are read: a piece starts with one
   * of the chunk's grams (whose lists know the most a piece that is not a whole field scores
   * there), is a whole field, or is a thesaurus word; a score is a mean of piece weights. Far
   * below the best possible score for most queries (an everyday word scores as its product kind;
   * a longer product name only as a prefix), so ranking counts sure matches that cannot reach the
   * page unread.
   */
  private scoreBound(chunks: Chunk[]): ScoreBound {
    const bound = this.wholeFields(chunks);
    for (const c of chunks) {
      const grams = c.chars.length === 1 ? [c.text] : bigramsInOrder(c.chars);
      for (const g of grams) bound.base = Math.max(bound.base, this.postings.get(g)?.upper ?? 0);
      for (const s of c.spans) {
        for (const k of s.value.kinds) bound.base = Math.max(bound.base, this.kindPostings[k].upper);
        for (const cat of s.value.categories)
          bound.base = Math.max(bound.base, this.categoryPostings.get(cat)?.upper ?? 0);
      }
    }
    return bound;
  }

  /**
   * Which fields a piece could equal whole: the lengths of the stretches of a chunk (two
   * characters or more, or a one-character chunk) that are some recall's whole product name,
   * recall number, brand or model. A producer's whole name weighs least and is always assumed.
   */
  private wholeFields(chunks: Chunk[]): ScoreBound {
    const bound: ScoreBound = { base: FIELD_WEIGHTS.producer[0], product: 0, recallNo: 0, brand: 0, model: 0 };
    const keys = {
      product: this.products,
      recallNo: this.exact.recallNo,
      brand: this.exact.brand,
      model: this.exact.model,
    };
    for (const c of chunks) {
      const n = c.chars.length;
      if (n > MAX_STRETCHED_CHUNK) return { ...bound, base: MAX_FIELD_WEIGHT };
      for (let from = 0; from < n; from++)
        for (let to = from + Math.min(n, 2); to <= n; to++) {
          const stretch = c.chars.slice(from, to).join('');
          for (const field of WHOLE_FIELDS) if (keys[field].has(stretch)) bound[field] |= 1 << (to - from);
        }
    }
    return bound;
  }

  /** The chunk read against the postings (see ChunkProbe). */
  private probe(c: Chunk): ChunkProbe {
    const grams = c.chars.length === 1 ? [this.gram(c.text)] : bigramsInOrder(c.chars).map((g) => this.gram(g));
    const spans = c.spans.map((s) => ({ from: s.from, to: s.to, lists: this.spanLists(c, (o) => o === s) }));
    return new ChunkProbe(c, { grams, spans });
  }

  /**
   * The best `limit` matching public recalls, best first (relevance, then the newest start date),
   * and how many match. A GTIN or a recall number typed in the box goes straight to that recall;
   * otherwise every part of the query must be covered by some field, or, when no recall covers
   * it all, most of it.
   */
  search(query: SearchQuery, limit = Infinity): SearchResult {
    const { gtin, chunks } = this.chunks(query.q ?? '');
    const text = chunks.map((c) => c.text).join(' ');
    const key = JSON.stringify([gtin ?? text, query.category ?? '', query.from ?? '', query.to ?? '']);
    const cached = this.cache.get(key);
    if (cached && (cached.ids.length >= limit || cached.ids.length === cached.total)) return cached;
    const result = this.lookup(gtin, chunks, query, limit);
    if (this.cacheLimit > 0) this.remember(key, result, cached);
    return result;
  }

  private remember(key: string, result: SearchResult, replaced?: SearchResult): void {
    if (replaced) {
      this.cache.delete(key);
      this.cachedIds -= replaced.ids.length;
    }
    this.cache.set(key, result);
    this.cachedIds += result.ids.length;
    while (this.cache.size > this.cacheLimit || this.cachedIds > MAX_CACHED_IDS) {
      const [oldKey, old] = this.cache.entries().next().value as [string, SearchResult];
      this.cache.delete(oldKey);
      this.cachedIds -= old.ids.length;
    }
  }

  private lookup(gtin: string | undefined, chunks: Chunk[], query: SearchQuery, limit: number): SearchResult {
    if (!chunks.length) return this.newest(this.filterOf(query), limit);
    const direct = ordList(
      gtin ? this.exact.gtin.get(gtin) : this.exact.recallNo.get(chunks.map((c) => c.text).join('')),
    );
    if (direct.some((ord) => this.cols.alive(ord)))
      return this.rank(this.entriesOfOrds(direct), [], query, false, limit);
    // One chunk of one or two characters: the candidates' weights are the literal match itself.
    const weighted = chunks.length === 1 && chunks[0].chars.length <= 2;
    const candidates = this.strictCandidates(chunks);
    const strict = this.rank(candidates.docs, chunks, query, false, limit, weighted, candidates.covered);
    return strict.total ? strict : this.rank(this.looseCandidates(chunks), chunks, query, true, limit);
  }

  /** Without words: every public recall that passes the filters, newest start date first. */
  private newest(f: Filter, limit: number): SearchResult {
    if (!this.byDate) {
      const n = this.docs.length;
      const keys = new Float64Array(n);
      let live = 0;
      for (let ord = 0; ord < n; ord++) if (this.cols.alive(ord)) keys[live++] = rankKey(0, this.cols.day(ord), ord);
      this.byDate = Int32Array.from(keys.subarray(0, live).sort().reverse(), (k) => k % DAY_SHIFT);
    }
    // No filter (the home page's newest recalls): the page is the head of the list, its length the total.
    if (unfiltered(f)) return this.resultOf(Array.from(this.byDate.subarray(0, limit)), this.byDate.length);
    const ords: number[] = [];
    let total = 0;
    for (const ord of this.byDate) {
      if (!this.passes(ord, f)) continue;
      if (total++ < limit) ords.push(ord);
    }
    return this.resultOf(ords, total);
  }

  private entriesOfOrds(ords: number[]): Int32Array {
    return Int32Array.from(ords, (o) => o * WEIGHT_BITS).sort();
  }

  /** Like search, among the given recalls only (e.g. those listing one GTIN). */
  searchWithin(docs: StoredRecall[], query: SearchQuery, limit = Infinity): SearchResult {
    const { chunks } = this.chunks(query.q ?? '');
    const ords = this.entriesOfOrds(docs.map((d) => this.ordById.get(d.id)!));
    const strict = this.rank(ords, chunks, query, false, limit);
    return strict.total || !chunks.length ? strict : this.rank(ords, chunks, query, true, limit);
  }

  /** Among the given recalls, those whose fields cover every part of the text (no loose fallback), best first. */
  coveringWithin(docs: StoredRecall[], text: string): number[] {
    const { chunks } = this.chunks(text);
    if (!chunks.length) return [];
    const ords = this.entriesOfOrds(docs.map((d) => this.ordById.get(d.id)!));
    return Array.from(this.rank(ords, chunks, {}, false, Infinity).ids);
  }

  /**
   * Ranks by relevance (mean over the query's characters of the best weight covering each),
   * then the newest start date, and keeps the best `limit`. Strict: every character covered;
   * loose: at least as many characters covered as missed. Which characters a doc covers, and the
   * most it can score, are read from the postings (ChunkProbe); the text of its fields is compared
   * only when it could still reach the page. `weighted`: the candidates' own weights are the
   * scores (a one- or two-character query, whose postings weigh the literal match itself).
   * `allMatch`: every candidate is known to match (see strictCandidates), so one that could not reach
   * the page even with the best score is counted before its postings are read.
   */
  private rank(
    candidates: Int32Array,
    chunks: Chunk[],
    query: SearchQuery,
    loose: boolean,
    limit: number,
    weighted = false,
    allMatch = false,
  ): SearchResult {
    const f = this.filterOf(query);
    const top = new TopK(limit, candidates.length);
    const cols = this.cols;
    let n = 0;
    if (!chunks.length || weighted) {
      const best = chunks.length ? maxWeight(candidates) : 0;
      for (let i = 0; i < candidates.length; i++) {
        const ord = ordOf(candidates[i]);
        if (!this.passes(ord, f)) continue;
        n++;
        if (ord < cols.newestFirst && top.excludes(rankKey(best, cols.day(ord), ord))) {
          const rest = this.countRest(candidates, i, f);
          n += rest.count;
          i = rest.next - 1;
          continue;
        }
        top.offer(rankKey(chunks.length ? weightOf(candidates[i]) : 0, cols.day(ord), ord));
      }
      return this.idsOf(top, n);
    }
    const probes = chunks.map((c) => this.probe(c));
    const bound = this.scoreBound(chunks);
    // The most any doc can score: most sure matches are excluded by it and their start day alone.
    const most = maxScore(bound);
    const textNeeded = probes.some((p) => p.textNeeded);
    // Filler characters count as covered in a chunk a field covers whole (see partialUpper).
    const ignorable = chunks.reduce((sum, c) => sum + c.chars.filter((ch) => IGNORABLE_CHARS.has(ch)).length, 0);
    const wholes = new Array<number>(chunks.length).fill(0);
    for (let i = 0; i < candidates.length; i++) {
      const ord = ordOf(candidates[i]);
      if (!this.passes(ord, f)) continue;
      if (allMatch && top.excludes(rankKey(most, cols.day(ord), ord))) {
        n++;
        if (ord < cols.newestFirst) {
          const rest = this.countRest(candidates, i, f);
          n += rest.count;
          i = rest.next - 1;
        }
        continue;
      }
      if (allMatch && top.excludes(rankKey(cols.upper(ord, bound), cols.day(ord), ord))) {
        n++;
        continue;
      }
      // Every bigram present covers every character: a match, and when not even the best score
      // could reach the page, counted without reading further.
      let allGrams = true;
      for (const p of probes) if (!p.readGrams(ord)) allGrams = false;
      if (allGrams && !textNeeded && top.excludes(rankKey(cols.upper(ord, bound), cols.day(ord), ord))) {
        n++;
        continue;
      }
      let covered = 0;
      let missing = 0;
      let upper = 0;
      for (const p of probes) {
        p.readRest(ord, this.cols);
        covered += p.covered;
        missing += p.missing;
        if (p.upper > upper) upper = p.upper;
      }
      // Not a match, even counting a chunk of letters and digits as covered wherever its two-character
      // pieces occur (it matches only whole: the postings overstate it, never understate).
      if (loose ? covered < missing || !covered : missing > 0) continue;
      // A match that cannot reach the page: counted, its text never read. Missed characters weigh 0.
      if (!textNeeded && top.excludes(rankKey(partialUpper(upper, covered + ignorable, missing), cols.day(ord), ord))) {
        n++;
        continue;
      }
      const text = this.docs[ord].text;
      for (let c = 0; c < chunks.length; c++) wholes[c] = probes[c].whole(text);
      // One chunk that a field covers whole (most queries): its weight is the score.
      let score = chunks.length === 1 ? wholes[0] : 0;
      if (!score) {
        const c = coverage(text, chunks, wholes);
        if (loose ? c.covered < c.missing || !c.covered : c.missing > 0) continue;
        score = Math.min(255, Math.round(c.weightSum / Math.max(1, c.total)));
      }
      n++;
      top.offer(rankKey(score, cols.day(ord), ord));
    }
    return this.idsOf(top, n);
  }

  private idsOf(top: TopK, total: number): SearchResult {
    return this.resultOf(
      Array.from(top.best(), (key) => key % DAY_SHIFT),
      total,
    );
  }

  private resultOf(ords: number[], total: number): SearchResult {
    const ids = new Int32Array(ords.length);
    const seqs = new Float64Array(ords.length);
    ords.forEach((ord, i) => {
      ids[i] = this.docs[ord].id;
      seqs[i] = this.docs[ord].seq;
    });
    return { total, ids, seqs };
  }

  private live(map: Map<string, Ords>, key: string): StoredRecall[] {
    return ordList(map.get(key))
      .filter((ord) => this.cols.alive(ord))
      .map((ord) => this.docs[ord]);
  }

  byGtin(gtin: string): StoredRecall[] {
    return this.live(this.exact.gtin, gtin);
  }

  byModel(model: string): StoredRecall[] {
    return this.live(this.exact.model, normalizeSearchText(model));
  }

  byBrand(brand: string): StoredRecall[] {
    return this.live(this.exact.brand, normalizeSearchText(brand));
  }

  /** Calls `w` for every public recall now, then for every change from here on. */
  watch(w: RecallWatcher): void {
    for (const ord of this.ordById.values()) if (this.cols.alive(ord)) w(undefined, publicView(this.docs[ord]));
    this.watchers.push(w);
  }

  /** The product kinds (thesaurus) a text names itself (not broader ones), e.g. a query. */
  kindsIn(text: string): number[] {
    const { chunks } = this.chunks(text);
    return [...new Set(chunks.flatMap((c) => directKinds(this.kindsOf(c.text))))];
  }

  get(id: number): StoredRecall | undefined {
    const ord = this.ordById.get(id);
    return ord === undefined || !this.cols.alive(ord) ? undefined : this.docs[ord];
  }
}
