import {
  CATEGORY_CODES,
  compileThesaurus,
  coverChunk,
  literalPieces,
  termSpans,
  understandQuery,
  ZThesaurus,
} from '../src';

const t2s = (s: string) => s.replace(/電/g, '电').replace(/暉/g, '晖').replace(/嗎/g, '吗');

describe('understandQuery: what a typed query asks for', () => {
  test.each([
    ['春晖电暖器', ['春晖电暖器']],
    ['春晖 电暖器', ['春晖', '电暖器']],
    ['电暖器春晖', ['电暖器春晖']],
    ['春晖电暖器召回了吗', ['春晖电暖器']],
    ['请问春晖的电暖器有没有召回？', ['春晖', '电暖器']],
    ['查一下豪牌打火机是不是被召回', ['豪牌打火机']],
    ['“豪牌” V8 型打火机', ['豪牌', 'v8', '型打火机']],
    ['ＮＹ－２０００', ['ny2000']],
    ['8523#X 休闲背包', ['8523x', '休闲背包']],
    ['100%纯棉', ['100', '纯棉']],
    ['5V/2A 充电宝', ['5v2a', '充电宝']],
    ['JS2026-0012', ['js20260012']],
    ["o'brien", ['obrien']],
    ['召回了吗', []],
  ])('%s → %j', (raw, chunks) => expect(understandQuery(raw).chunks).toEqual(chunks));

  test.each([
    ['6901010000377', '06901010000377'],
    ['6901 0100 00377', '06901010000377'],
    ['012345678905', '00012345678905'],
    ['96385074', '00000096385074'],
  ])('a GTIN typed into the box (%s) is looked up as %s', (raw, gtin) => expect(understandQuery(raw).gtin).toBe(gtin));

  test.each(['6901010000378', '2000', '12345678'])('%s is not a GTIN (length or check digit)', (raw) =>
    expect(understandQuery(raw).gtin).toBeUndefined(),
  );

  test('traditional characters are folded by the converter given', () =>
    expect(understandQuery('春暉電暖器召回了嗎', t2s).chunks).toEqual(['春晖电暖器']));
});

describe('coverage: every character of a chunk covered by some field', () => {
  const chars = (s: string) => Array.from(s);
  const w = () => 1;
  test.each([
    ['春晖电暖器', '电暖器', [{ from: 2, to: 5, weight: 1 }]],
    ['电暖器春晖', '春晖', [{ from: 3, to: 5, weight: 1 }]],
    ['机打', '打火机', []],
    ['锅', '电饭锅', [{ from: 0, to: 1, weight: 1 }]],
    ['ny2000', 'ny2000a', [{ from: 0, to: 6, weight: 1 }]],
    ['100', 'ny2000', []],
    ['豪牌电气', '湖南省豪牌电气有限公司', [{ from: 0, to: 4, weight: 1 }]],
  ])('%s in %s → %j', (q, field, pieces) => expect(literalPieces(chars(q), field, w)).toEqual(pieces));

  test('each character takes its best piece; ignorable characters need not be covered', () => {
    const c = coverChunk(chars('春晖牌电暖器'), [
      { from: 0, to: 2, weight: 70 },
      { from: 3, to: 6, weight: 100 },
      { from: 4, to: 6, weight: 40 },
    ]);
    expect(c).toEqual({ total: 5, covered: 5, weightSum: 440, missing: 0 });
    expect(coverChunk(chars('5v充电宝'), [{ from: 2, to: 5, weight: 85 }]).missing).toBe(1);
  });
});

describe('thesaurus', () => {
  const th = compileThesaurus(
    ZThesaurus.parse({
      categories: { '02': ['儿童用品'] },
      groups: [
        { kind: '玩具', category: '02', names: ['玩具'] },
        { kind: '积木', category: '02', names: ['积木', '磁力积木'], broader: ['玩具'] },
        { kind: '电暖器', category: '01', names: ['电暖器'], everyday: ['取暖器', '电暖气'] },
      ],
    }),
  );
  test('words map to kinds and categories; broader kinds are kept', () => {
    expect(th.terms.get('取暖器')).toEqual({ kinds: [2], categories: [] });
    expect(th.terms.get('儿童用品')).toEqual({ kinds: [], categories: ['02'] });
    expect(th.kinds[1].broader).toEqual([0]);
  });
  test('every thesaurus word in a query, longest first at each place', () => {
    expect(termSpans(Array.from('磁力积木取暖器'), th.terms, th.maxLen).map((s) => [s.from, s.to])).toEqual([
      [0, 4],
      [2, 4],
      [4, 7],
    ]);
  });
  test('a broader kind that names no group is refused', () =>
    expect(() =>
      compileThesaurus(
        ZThesaurus.parse({
          categories: {},
          groups: [{ kind: '积木', category: '02', names: ['积木'], broader: ['玩'] }],
        }),
      ),
    ).toThrow());
});

describe('config/search/thesaurus.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const raw = JSON.parse(require('fs').readFileSync(`${__dirname}/../../config/search/thesaurus.json`, 'utf8'));
  const parsed = ZThesaurus.parse(raw);
  const th = compileThesaurus(parsed);

  test('at least 300 product kinds, in every one of the ten categories, each with its category words', () => {
    expect(parsed.groups.length).toBeGreaterThanOrEqual(300);
    for (const code of CATEGORY_CODES) {
      expect([code, parsed.groups.some((g) => g.category === code)]).toEqual([code, true]);
      expect([code, (parsed.categories[code] ?? []).length > 0]).toEqual([code, true]);
    }
  });

  test('every kind is named once', () => {
    const names = parsed.groups.map((g) => g.kind);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  test.each([
    ['取暖器', '电暖器'],
    ['电暖气', '电暖器'],
    ['书包', '背包'],
    ['插线板', '插座'],
    ['排插', '插座'],
    ['电吹风', '吹风机'],
    ['电饭锅', '电饭煲'],
    ['充电宝', '移动电源'],
    ['空开', '断路器'],
    ['煤气管', '燃气软管'],
    ['安全座椅', '儿童安全座椅'],
    ['电瓶车', '电动自行车'],
  ])('%s names the kind %s', (word, kind) =>
    expect(th.terms.get(word)!.kinds.map((k) => th.kinds[k].name)).toContain(kind),
  );
});
