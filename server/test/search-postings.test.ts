import { heldByAll, keepHeldByAny, union, WEIGHT_BITS } from '../src/recalls/search-postings';

/** Candidate lists: intersecting as bitsets gives the ords galloping gives, in order. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

/** A posting list: `count` distinct ords below `ords`, ascending, each with a weight. */
function list(r: () => number, count: number, ords: number): Int32Array {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, ords)) picked.add(Math.floor(r() * ords));
  return Int32Array.from(
    [...picked].sort((a, b) => a - b),
    (ord) => ord * WEIGHT_BITS + 1 + Math.floor(r() * 200),
  );
}

const ordsOf = (entries: Int32Array) => Array.from(entries, (e) => Math.floor(e / WEIGHT_BITS));

test.each([
  ['two groups of one list', [[300], [500]], 2000],
  [
    'groups of several lists (a bigram and thesaurus words)',
    [
      [200, 150],
      [400, 100, 900],
    ],
    2000,
  ],
  ['three groups, ords past a 32-bit word boundary', [[50], [70, 70], [90]], 100],
  ['a group with an empty list', [[0, 500], [600]], 1000],
  ['ords up to the last one', [[999], [999]], 1000],
])('%s', (_name, sizes, ords) => {
  const r = random(sizes.flat().reduce((a, b) => a + b, ords));
  const groups = sizes.map((g) => g.map((n) => list(r, n, ords)));
  const galloped = groups.slice(1).reduce((docs, g) => keepHeldByAny(docs, g), union(groups[0]));
  const bits = heldByAll(groups, ords);
  expect(ordsOf(bits)).toEqual(ordsOf(galloped));
  expect(Array.from(bits, (e) => e % WEIGHT_BITS).every((w) => w === 0)).toBe(true);
});
