// A page of results skips candidates that cannot reach it (bounds on their scores, read before
// their text): the page and the total must be exactly those of ranking every match. Runs the
// relevance queries and the benchmark's keyword samples over the three corpora, with filters.
// Needs `npm run build -w @recall/server`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { corpora } = require('./relevance');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keywordSamples } = require('../bench/dataset');

type Page = { total: number; ids: Int32Array };
type Index = { search(q: Record<string, string>, limit?: number): Page };
type Corpus = [string, { index: Index }, string[][]];

const kw = keywordSamples();
const extra: string[] = [
  ...kw.two,
  ...kw.four,
  ...kw.everyday,
  '电',
  '儿童',
  '美佳电暖器',
  'BENCH',
  '召回',
  '智能 静音',
  '华安 取暖器',
  'AB-123',
  'ZZ-9999 电暖器',
  '智能电风扇 静音',
  '充电宝 迅充',
  '小米充电宝',
  '宝宝的推车有没有召回',
  '5V2A 充电器',
  '的的电暖器',
];
const filters: Array<Record<string, string>> = [{}, { category: '01' }, { from: '2020-01-01', to: '2024-12-31' }];

for (const [name, { index }, cases] of corpora() as Corpus[]) {
  test(`${name}: every page equals the exhaustive ranking`, () => {
    const queries = [...new Set([...cases.map((c) => c[1]), ...extra])];
    const wrong: string[] = [];
    for (const q of queries)
      for (const f of filters) {
        const all = index.search({ q, ...f });
        for (const limit of [1, 5, 20]) {
          const page = index.search({ q, ...f }, limit);
          const want = Array.from(all.ids.subarray(0, limit)).join();
          if (page.total !== all.total || Array.from(page.ids).join() !== want)
            wrong.push(
              `${q} ${JSON.stringify(f)} top ${limit}: ${page.total} [${Array.from(page.ids)}] ≠ ${all.total} [${want}]`,
            );
        }
      }
    expect(wrong).toEqual([]);
  });
}

export {};
