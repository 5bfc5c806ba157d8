import { SearchIndex, type IndexedRecall } from '../src/recalls/search-index';
import { Suggester } from '../src/recalls/suggest';

/** The suggester's words follow the index change by change: published, renamed, withdrawn. */
let seq = 0;
const recall = (id: number, over: Partial<IndexedRecall> = {}): IndexedRecall => ({
  id,
  seq: ++seq,
  withdrawn: false,
  categoryCode: '01',
  startDate: '2026-03-10',
  updatedAt: 0,
  productName: '电暖器',
  brand: '暖阳',
  models: ['NY-2000'],
  gtins: [],
  batches: [],
  productionFrom: null,
  productionTo: null,
  producerName: '苏州暖阳电器有限公司',
  recallNo: `JS2026-${id}`,
  ...over,
});
const texts = (s: Suggester, q: string) => s.suggest(q).items.map((i) => `${i.kind}:${i.text}`);

test('words of recalls published before and after the suggester was made; gone when no public recall names them', () => {
  const index = new SearchIndex(0);
  index.upsert(recall(1));
  const s = new Suggester(index);
  index.upsert(recall(2, { brand: '暖阳', models: ['NY-3000'] }));
  expect(texts(s, 'ny')).toEqual(['model:NY-2000', 'model:NY-3000']);
  expect(texts(s, '暖阳')).toEqual(['brand:暖阳']);

  // Renamed: the old model is no longer offered; the brand is still named by recall 2.
  index.upsert(recall(1, { models: ['NY-2000A'] }));
  expect(texts(s, 'ny')).toEqual(['model:NY-3000', 'model:NY-2000A']);
  index.upsert(recall(1, { withdrawn: true }));
  index.upsert(recall(2, { withdrawn: true }));
  expect(texts(s, '暖')).toEqual([]);
  index.upsert(recall(2));
  expect(texts(s, '暖')).toEqual(['brand:暖阳', 'product:电暖器']);
});

test('at most 8, best first: the word itself, then words starting with it, then containing it', () => {
  const index = new SearchIndex(0);
  const s = new Suggester(index);
  for (let i = 0; i < 12; i++)
    index.upsert(recall(i + 1, { brand: `品牌${i}`, models: [`A${i}`], productName: `x电暖器${i}` }));
  index.upsert(recall(20, { brand: '电暖', models: [], productName: '电暖器' }));
  const items = texts(s, '电暖');
  expect(items).toHaveLength(8);
  expect(items.slice(0, 2)).toEqual(['brand:电暖', 'product:电暖器']);
});
