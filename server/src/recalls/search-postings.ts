/**
 * Posting lists of the search index as packed int32 entries, `ord * 256 + weight`, ascending by
 * ord: one typed array per list instead of boxed JS arrays (a quarter of the memory at 100k
 * recalls) with the weight of the match the entry stands for carried alongside, so ranking a
 * one- or two-character query or a thesaurus word reads numbers, not strings.
 */
export const WEIGHT_BITS = 256;
export const ordOf = (entry: number): number => (entry / WEIGHT_BITS) | 0;
export const weightOf = (entry: number): number => entry & (WEIGHT_BITS - 1);
const EMPTY = new Int32Array(0);

/** A growable list of entries; appended in ord order, trimmed to size after a bulk load. */
export class PostingList {
  private data: Int32Array;
  private length = 0;
  /** The most a query piece found through this list can score in any of its docs (see gramWeights). */
  upper = 0;

  constructor(capacity = 1) {
    this.data = new Int32Array(capacity);
  }

  /** `upper`: the most a piece found through this entry can score (the weight itself unless told). */
  push(ord: number, weight: number, upper = weight): void {
    if (upper > this.upper) this.upper = upper;
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = ord * WEIGHT_BITS + weight;
  }

  get entries(): Int32Array {
    return this.length === this.data.length ? this.data : this.data.subarray(0, this.length);
  }

  trim(): void {
    if (this.length < this.data.length) this.data = this.data.slice(0, this.length);
  }
}

export const entriesOf = (list: PostingList | undefined): Int32Array => list?.entries ?? EMPTY;

/** Union of two entry lists; an ord in both keeps the higher weight. */
function union2(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const oa = ordOf(a[i]);
    const ob = ordOf(b[j]);
    if (oa < ob) out[n++] = a[i++];
    else if (ob < oa) out[n++] = b[j++];
    else out[n++] = Math.max(a[i++], b[j++]);
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out.subarray(0, n);
}

/** Lists once each: a product kind named by two words of a query (电热水壶, 水壶) brings its list twice. */
const distinct = (lists: Int32Array[]): Int32Array[] => [...new Set(lists)].filter((l) => l.length);

export function union(lists: Int32Array[]): Int32Array {
  const nonEmpty = distinct(lists);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY;
  return nonEmpty.reduce(union2);
}

/** Entries of `a` whose ord is also in `b`. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const oa = ordOf(a[i]);
    const ob = ordOf(b[j]);
    if (oa === ob) {
      out[n++] = a[i++];
      j++;
    } else if (oa < ob) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Reads an entry list at ascending ords, galloping: a candidate list of a hundred entries checked
 * against a posting list of fifty thousand costs a few hundred steps, not a walk of the long list.
 */
export class Seeker {
  private at = 0;

  constructor(private readonly entries: Int32Array) {}

  /** The weight at `ord` (0 when absent); the ords asked must not decrease. */
  weight(ord: number): number {
    const at = this.find(ord);
    return at < 0 ? 0 : weightOf(this.entries[at]);
  }

  /** Whether the list holds `ord` (whatever its weight). */
  has(ord: number): boolean {
    return this.find(ord) >= 0;
  }

  /** Where `ord` sits, -1 when absent. */
  private find(ord: number): number {
    const e = this.entries;
    const n = e.length;
    // Entries below `key` are of smaller ords (the weight sits in the low bits).
    const key = ord * WEIGHT_BITS;
    let lo = this.at;
    if (lo < n && e[lo] < key) {
      let step = 1;
      let hi = lo + 1;
      while (hi < n && e[hi] < key) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      if (hi > n) hi = n;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (e[mid] < key) lo = mid;
        else hi = mid;
      }
      lo = hi;
      this.at = lo;
    }
    return lo < n && e[lo] < key + WEIGHT_BITS ? lo : -1;
  }
}

/** Several entry lists read as their union: the best weight any of them has at an ord. */
export class AnySeeker {
  private readonly seekers: Seeker[];

  constructor(lists: Int32Array[]) {
    this.seekers = distinct(lists).map((l) => new Seeker(l));
  }

  get empty(): boolean {
    return this.seekers.length === 0;
  }

  weight(ord: number): number {
    let best = 0;
    for (const s of this.seekers) {
      const w = s.weight(ord);
      if (w > best) best = w;
    }
    return best;
  }

  has(ord: number): boolean {
    for (const s of this.seekers) if (s.has(ord)) return true;
    return false;
  }
}

/**
 * Ords (below `ords`) that some list of every group holds, as entries of weight 0, ascending:
 * each group's lists marked in a bitset, and the bitsets intersected. For groups of similar size,
 * where galloping one list through the others costs a search per entry (see keepHeldByAny).
 */
export function heldByAll(groups: Int32Array[][], ords: number): Int32Array {
  const words = (ords >>> 5) + 1;
  const held = markAll(groups[0], new Uint32Array(words));
  const group = new Uint32Array(words);
  for (let g = 1; g < groups.length; g++) {
    if (g > 1) group.fill(0);
    markAll(groups[g], group);
    for (let w = 0; w < words; w++) held[w] &= group[w];
  }
  let count = 0;
  for (let w = 0; w < words; w++) for (let x = held[w]; x !== 0; x &= x - 1) count++;
  const out = new Int32Array(count);
  let n = 0;
  for (let w = 0; w < words; w++)
    for (let x = held[w]; x !== 0; x &= x - 1) out[n++] = (w * 32 + 31 - Math.clz32(x & -x)) * WEIGHT_BITS;
  return out;
}

function markAll(lists: Int32Array[], bits: Uint32Array): Uint32Array {
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const ord = ordOf(list[i]);
      bits[ord >>> 5] |= 1 << (ord & 31);
    }
  return bits;
}

/** The first index of sorted `entries` holding `entry` or more. */
export function lowerBound(entries: Int32Array, entry: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid] < entry) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The highest weight of the entries. */
export function maxWeight(entries: Int32Array): number {
  let best = 0;
  for (let i = 0; i < entries.length; i++) best = Math.max(best, weightOf(entries[i]));
  return best;
}

/** Entries of `driver` whose ord some list of `lists` also holds (weights of `driver` kept). */
export function keepHeldByAny(driver: Int32Array, lists: Int32Array[]): Int32Array {
  const any = new AnySeeker(lists);
  const out = new Int32Array(driver.length);
  let n = 0;
  for (let i = 0; i < driver.length; i++) {
    const ord = ordOf(driver[i]);
    if (any.has(ord)) out[n++] = driver[i];
  }
  return out.subarray(0, n);
}

/**
 * The best `k` ranking keys offered: all of them sorted when every offer makes the page, else a
 * min-heap of k whose smallest a candidate must beat (even when a few more than k are offered:
 * a candidate the heap excludes by its upper bound is never compared by text).
 */
export class TopK {
  private keys: Float64Array;
  private size = 0;
  readonly heap: boolean;

  constructor(
    private readonly k: number,
    offers: number,
  ) {
    this.heap = k < offers;
    this.keys = new Float64Array(this.heap ? k : offers);
  }

  /** Whether a key no greater than `key` can no longer enter. */
  excludes(key: number): boolean {
    return this.heap && this.size === this.k && key <= this.keys[0];
  }

  offer(key: number): void {
    if (!this.heap) this.keys[this.size++] = key;
    else if (this.size < this.k) siftUp(this.keys, this.size++, key);
    else if (key > this.keys[0]) siftDown(this.keys, this.k, key);
  }

  /** The kept keys, largest first. */
  best(): Float64Array {
    const sorted = this.keys.subarray(0, this.size).sort().reverse();
    return sorted.subarray(0, Math.min(this.k, this.size));
  }
}

function siftUp(heap: Float64Array, at: number, key: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= key) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = key;
}

/** Replaces the heap's smallest with `key` and restores the heap. */
function siftDown(heap: Float64Array, size: number, key: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= key) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = key;
}
