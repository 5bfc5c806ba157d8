import { ngrams, normalizeSearchText } from '@recall/shared';

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
}

export interface SearchQuery {
  q?: string;
  category?: string;
  from?: string;
  to?: string;
}

function docText(d: Doc): string {
  return [d.n.product, d.n.brand, ...d.n.models, d.n.producer, d.n.recallNo].join('\u0000');
}

/** Relevance of one field: exact beats prefix beats substring; 0 when it does not match. */
function fieldScore(value: string, q: string, exact: number, starts: number, contains: number): number {
  if (!value || !value.includes(q)) return 0;
  return value === q ? exact : value.startsWith(q) ? starts : contains;
}

/** Relevance of a doc for a normalised query: the best field wins, other matching fields add a little. */
function score(d: Doc, q: string): number {
  let best = 0;
  let hits = 0;
  const take = (s: number) => {
    if (s > 0) {
      hits++;
      if (s > best) best = s;
    }
  };
  take(fieldScore(d.n.product, q, 100, 80, 60));
  take(fieldScore(d.n.brand, q, 70, 55, 50));
  for (const m of d.n.models) take(fieldScore(m, q, 65, 50, 45));
  take(fieldScore(d.n.recallNo, q, 90, 60, 40));
  take(fieldScore(d.n.producer, q, 35, 32, 30));
  return hits ? Math.min(255, best + 5 * (hits - 1)) : 0;
}

/**
 * One float per match, sortable natively: relevance (8 bits), start day (16 bits, days since
 * 1970), insertion order (22 bits, newer first on ties). 46 bits: exact in a double.
 */
const DAY_SHIFT = 2 ** 22;
const MAX_CACHED_IDS = 4_000_000;
const SCORE_SHIFT = 2 ** 38;
const rankKey = (score: number, day: number, ord: number) => score * SCORE_SHIFT + day * DAY_SHIFT + ord;

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
  private exact = {
    gtin: new Map<string, number[]>(),
    model: new Map<string, number[]>(),
    brand: new Map<string, number[]>(),
  };
  /** Result lists of recent queries, as compact id arrays, bounded by count and total ids. */
  private cache = new Map<string, Int32Array>();
  private cachedIds = 0;
  private dead = 0;
  /** Highest change sequence seen, and the newest update time (data freshness). */
  seq = 0;
  latestUpdate = 0;

  /** @param cacheLimit result lists kept for repeated queries (0: none); cleared on every change. */
  constructor(private readonly cacheLimit = 2000) {}

  get size(): number {
    return this.ordById.size;
  }

  upsert(r: IndexedRecall): void {
    const old = this.ordById.get(r.id);
    if (old !== undefined) {
      this.alive[old] = false;
      this.dead++;
    }
    const doc: Doc = {
      ...r,
      day: Math.max(0, Math.floor(Date.parse(`${r.startDate}T00:00:00Z`) / 86400000)),
      n: {
        product: normalizeSearchText(r.productName),
        brand: normalizeSearchText(r.brand ?? ''),
        models: r.models.map(normalizeSearchText).filter(Boolean),
        producer: normalizeSearchText(r.producerName),
        recallNo: normalizeSearchText(r.recallNo),
      },
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
    if ((this.dead > 1000 && this.dead > this.docs.length / 4) || this.docs.length >= DAY_SHIFT - 1) this.compact();
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
  }

  /** Rebuilds without superseded versions so postings do not grow forever with updates. */
  private compact(): void {
    const latest = [...this.ordById.values()].map((ord) => this.docs[ord]);
    this.docs = [];
    this.alive = [];
    this.ordById.clear();
    this.postings.clear();
    Object.values(this.exact).forEach((m) => m.clear());
    this.dead = 0;
    for (const d of latest) this.upsert(d);
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

  private candidates(q: string): number[] {
    const chars = Array.from(q);
    const grams = chars.length === 1 ? chars : ngrams(q, 2);
    const lists = grams.map((g) => this.postings.get(g) ?? []).sort((a, b) => a.length - b.length);
    return lists.reduce((acc, list) => intersect(acc, list));
  }

  /** Ids of matching public recalls, best first (relevance, then the newest start date). */
  search(query: SearchQuery): Int32Array {
    const key = JSON.stringify([query.q ?? '', query.category ?? '', query.from ?? '', query.to ?? '']);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const q = normalizeSearchText(query.q ?? '');
    const ids = Int32Array.from(this.rank(q ? this.candidates(q) : this.docs.keys(), query));
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

  /** Like search, among the given recalls only (e.g. those listing one GTIN). */
  searchWithin(docs: IndexedRecall[], query: SearchQuery): Int32Array {
    return Int32Array.from(
      this.rank(
        docs.map((d) => this.ordById.get(d.id)!),
        query,
      ),
    );
  }

  private rank(ords: Iterable<number>, query: SearchQuery): number[] {
    const q = normalizeSearchText(query.q ?? '');
    const matched = this.filtered(ords, query);
    const keys = new Float64Array(matched.length);
    let n = 0;
    for (const ord of matched) {
      const d = this.docs[ord];
      const s = q ? score(d, q) : 0;
      if (!q || s > 0) keys[n++] = rankKey(s, d.day, ord);
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

  get(id: number): IndexedRecall | undefined {
    const ord = this.ordById.get(id);
    return ord === undefined || !this.alive[ord] ? undefined : this.docs[ord];
  }
}
