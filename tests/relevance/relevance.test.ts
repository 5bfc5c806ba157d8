// The relevance floor: per kind of query, the share whose intended recall is in the top five
// (hit@5) and first (hit@1) may not fall below what the search reaches today (rounded down).
// `npm run relevance` prints the table and the misses. Needs `npm run build -w @recall/server`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { evaluate, summarize } = require('./relevance');

const FLOORS: Record<string, { hit5: number; hit1: number }> = {
  'official name': { hit5: 1, hit1: 1 },
  'partial name': { hit5: 1, hit1: 1 },
  model: { hit5: 1, hit1: 1 },
  'producer short name': { hit5: 1, hit1: 1 },
  'brand alone': { hit5: 1, hit1: 1 },
  'brand+product': { hit5: 1, hit1: 1 },
  'spaced/reversed': { hit5: 1, hit1: 1 },
  'everyday word': { hit5: 1, hit1: 1 },
  'brand+everyday word': { hit5: 1, hit1: 1 },
  question: { hit5: 1, hit1: 1 },
  'barcode typed': { hit5: 1, hit1: 1 },
  'traditional characters': { hit5: 1, hit1: 0.95 },
  noise: { hit5: 1, hit1: 1 },
};

type Kind = { kind: string; n: number; hit1: number; hit5: number };
type Result = { kind: string; q: string; hit1: boolean; hit5: boolean; top: string[]; expected: string[] };
const results: Result[] = evaluate();
const kinds: Kind[] = summarize(results);

test('the set holds at least 150 queries of every kind', () => {
  expect(results.length).toBeGreaterThanOrEqual(150);
  expect(kinds.map((k) => k.kind).sort()).toEqual(Object.keys(FLOORS).sort());
});

test.each(Object.entries(FLOORS))('%s: hit@5 and hit@1 at or above the floor', (kind, floor) => {
  const k = kinds.find((x) => x.kind === kind)!;
  const misses = results.filter((r) => r.kind === kind && !r.hit5).map((r) => `${r.q} → ${r.top.join(', ')}`);
  expect({ kind, hit5: k.hit5 / k.n >= floor.hit5, misses }).toEqual({
    kind,
    hit5: true,
    misses: floor.hit5 === 1 ? [] : misses,
  });
  expect(k.hit1 / k.n).toBeGreaterThanOrEqual(floor.hit1);
});
