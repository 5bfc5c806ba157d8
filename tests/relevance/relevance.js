// Runs the relevance test set against the server's search index (server/dist: build it first)
// and counts, per kind of query, how often the intended recall is first (hit@1) and in the top
// five (hit@5).
const fs = require('fs');
const path = require('path');
const { DEMO, generatedCorpus, generatedCases } = require('./cases');
const realistic = require('./realistic');

const root = path.resolve(__dirname, '../..');

function indexOf(recalls) {
  const { SearchIndex } = require(path.join(root, 'server/dist/recalls/search-index.js'));
  const index = new SearchIndex(0);
  recalls.forEach((r, i) =>
    index.upsert({
      id: i + 1,
      seq: i + 1,
      withdrawn: false,
      categoryCode: r.categoryCode,
      startDate: r.startDate,
      updatedAt: 0,
      productName: r.productName,
      brand: r.brand,
      models: r.models,
      gtins: r.gtins.map((g) => g.padStart(14, '0')),
      batches: r.batches ?? [],
      productionFrom: null,
      productionTo: null,
      producerName: r.producerName,
      recallNo: r.recallNo,
    }),
  );
  return { index, recallNo: (id) => recalls[id - 1].recallNo };
}

function demoRecalls() {
  return fs
    .readFileSync(path.join(root, 'config/demo/recalls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

function generatedRecalls() {
  return generatedCorpus().map((x) => ({
    recallNo: x.recallNo,
    categoryCode: x.category,
    startDate: x.start,
    productName: x.product,
    brand: x.brand,
    models: x.models,
    gtins: x.gtins,
    producerName: x.producer,
  }));
}

/** The three corpora the cases run against, each with its index. */
function corpora() {
  const { Converter } = require('opencc-js');
  const toTraditional = Converter({ from: 'cn', to: 't' });
  return [
    ['demo', indexOf(demoRecalls()), DEMO],
    ['realistic', indexOf(realistic.RECALLS), realistic.CASES],
    ['generated', indexOf(generatedRecalls()), generatedCases(generatedCorpus(), toTraditional)],
  ];
}

/** Every case run against its corpus: { corpus, kind, q, expected, hit1 (first is one of them), hit5 (all in the top five), top }. */
function evaluate() {
  const results = [];
  for (const [corpus, { index, recallNo }, cases] of corpora()) {
    for (const [kind, q, expected] of cases) {
      const top = Array.from(index.search({ q }, 5).ids).map(recallNo);
      const want = [].concat(expected);
      const hit5 = want.every((no) => top.includes(no));
      results.push({ corpus, kind, q, expected: want, hit1: want.includes(top[0]), hit5, top });
    }
  }
  return results;
}

/** hit@1 and hit@5 per kind of query. */
function summarize(results) {
  const kinds = new Map();
  for (const r of results) {
    const k = kinds.get(r.kind) ?? { kind: r.kind, n: 0, hit1: 0, hit5: 0 };
    k.n++;
    if (r.hit1) k.hit1++;
    if (r.hit5) k.hit5++;
    kinds.set(r.kind, k);
  }
  return [...kinds.values()];
}

module.exports = { evaluate, summarize, corpora };
