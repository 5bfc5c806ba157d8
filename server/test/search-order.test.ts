import { SearchIndex, type IndexedRecall, type SearchQuery } from '../src/recalls/search-index';

/**
 * The index places a pull's recalls newest start day first, and ranking stops reading where not
 * even the best score could reach the page (the rest start no later): the page and the total must
 * be what ranking every match gives, with withdrawn and superseded recalls, filters, ties of day,
 * recalls published after the load, and after compaction.
 */
const NAMES = [
  '电暖器',
  '取暖器',
  '家用电暖器',
  '移动电源',
  '充电宝',
  '迷你充电宝',
  '电热水壶',
  '儿童座椅',
  '毛绒玩具',
];
const BRANDS = ['暖阳', '春晖', '迅充', '安康'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

let seq = 0;
function recall(id: number, r: () => number, over: Partial<IndexedRecall> = {}): IndexedRecall {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // Few days, so that many recalls share one (ties are broken by the later change).
  const day = 1 + Math.floor(r() * 20);
  return {
    id,
    seq: ++seq,
    withdrawn: false,
    categoryCode: pick(['01', '02', '05']),
    startDate: `2026-03-${String(day).padStart(2, '0')}`,
    updatedAt: 0,
    productName: pick(NAMES),
    brand: pick(BRANDS),
    models: [`M-${id}`],
    gtins: [],
    batches: [],
    productionFrom: null,
    productionTo: null,
    producerName: `${pick(['苏州', '南京'])}${pick(BRANDS)}电器有限公司`,
    recallNo: `JS2026-${id}`,
    ...over,
  };
}

const QUERIES: SearchQuery[] = [
  // Without words: the newest recalls (the home page), all or filtered.
  {},
  { category: '02' },
  { from: '2026-03-10' },
  { q: '电暖' },
  { q: '取暖器' },
  { q: '小太阳' },
  { q: '充电宝' },
  { q: '电暖器' },
  { q: '儿童座椅' },
  { q: '暖阳电暖器' },
  { q: '玩具' },
  { q: '电暖', category: '01' },
  { q: '充电宝', from: '2026-03-05', to: '2026-03-15' },
  { q: '儿童座椅', category: '05', from: '2026-03-10' },
];

/**
 * Each page is the head of the full ranking, and both are what ranking every public recall one by
 * one gives (`searchWithin` reads every doc it is given: no candidate lists, bounds nor skipping).
 */
function expectPagesOfFullRanking(index: SearchIndex, ids: number): void {
  const everyDoc = Array.from({ length: ids }, (_, i) => index.get(i + 1)).filter((d) => d !== undefined);
  for (const query of QUERIES) {
    const all = index.search(query);
    expect(all.total).toBeGreaterThan(0);
    if (query.q) {
      const oneByOne = index.searchWithin(everyDoc, query);
      expect({ query, total: all.total, ids: [...all.ids] }).toEqual({
        query,
        total: oneByOne.total,
        ids: [...oneByOne.ids],
      });
    }
    for (const limit of [1, 5, 20]) {
      const page = index.search(query, limit);
      expect({ query, limit, total: page.total, ids: Array.from(page.ids) }).toEqual({
        query,
        limit,
        total: all.total,
        ids: Array.from(all.ids.subarray(0, limit)),
      });
    }
  }
}

test('a page and its total are those of the full ranking, loaded newest first, with changes since', () => {
  const r = random(7);
  const index = new SearchIndex(0);
  const loaded = Array.from({ length: 3000 }, (_, i) => recall(i + 1, r));
  index.upsertAll(loaded);
  expectPagesOfFullRanking(index, 3000);

  // Superseded and withdrawn recalls inside the newest-first docs; new ones after them.
  const changed = [];
  for (let id = 1; id <= 3000; id += 7) changed.push(recall(id, r, id % 2 ? {} : { withdrawn: true }));
  changed.forEach((x) => index.upsert(x));
  const added = Array.from({ length: 300 }, (_, i) => recall(3001 + i, r, { startDate: '2026-03-25' }));
  index.upsertAll(added);
  expectPagesOfFullRanking(index, 3300);

  // The newest recalls without words, against the recalls as published: newest start day, then the later change.
  const published = new Map<number, IndexedRecall>();
  for (const x of [...loaded, ...changed, ...added]) published.set(x.id, x);
  const open = [...published.values()].filter((x) => !x.withdrawn);
  open.sort((a, b) => b.startDate.localeCompare(a.startDate) || b.seq - a.seq);
  const newest = index.search({}, 10);
  expect({ total: newest.total, ids: [...newest.ids] }).toEqual({
    total: open.length,
    ids: open.slice(0, 10).map((x) => x.id),
  });
});

test('compaction places the recalls newest first again, and the pages stay those of the full ranking', () => {
  const r = random(11);
  const index = new SearchIndex(0);
  const recalls = Array.from({ length: 2000 }, (_, i) => recall(i + 1, r));
  index.upsertAll(recalls);
  const before = QUERIES.map((q) => index.search(q));
  // Every recall changed once, its content kept, oldest first: over a quarter superseded compacts the index.
  const oldestFirst = [...recalls].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.seq - b.seq);
  for (const x of oldestFirst) index.upsert({ ...x, seq: ++seq });
  const after = QUERIES.map((q) => index.search(q));
  expect(after.map((a) => a.total)).toEqual(before.map((b) => b.total));
  expect(after.map((a) => [...a.ids])).toEqual(before.map((b) => [...b.ids]));
  expectPagesOfFullRanking(index, 2000);
});

test('a pull that holds a recall twice (changed again while it read on) keeps the later version', () => {
  const r = random(3);
  const index = new SearchIndex(0);
  const first = recall(1, r, { productName: '电暖器', startDate: '2026-03-20' });
  const later = { ...first, seq: ++seq, productName: '儿童座椅', startDate: '2026-03-01' };
  index.upsertAll([later, first]);
  expect(index.get(1)?.productName).toBe('儿童座椅');
  expect(index.search({ q: '电暖器' }).total).toBe(0);
});
