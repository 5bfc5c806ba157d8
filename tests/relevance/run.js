#!/usr/bin/env node
// `npm run relevance`: hit@1 and hit@5 per kind of query over the relevance test set, and every
// query whose intended recall is not in the top five. Needs `npm run build -w @recall/server`.
const { evaluate, summarize } = require('./relevance');

const results = evaluate();
const pct = (a, n) => `${((100 * a) / n).toFixed(0)}%`.padStart(5);
console.log(`${'kind'.padEnd(24)}${'queries'.padStart(8)}${'hit@1'.padStart(8)}${'hit@5'.padStart(8)}`);
let n = 0;
let h1 = 0;
let h5 = 0;
for (const k of summarize(results)) {
  console.log(`${k.kind.padEnd(24)}${String(k.n).padStart(8)}   ${pct(k.hit1, k.n)}   ${pct(k.hit5, k.n)}`);
  n += k.n;
  h1 += k.hit1;
  h5 += k.hit5;
}
console.log(`${'all'.padEnd(24)}${String(n).padStart(8)}   ${pct(h1, n)}   ${pct(h5, n)}`);
const misses = results.filter((r) => !r.hit5);
if (misses.length) console.log('\nnot in the top five:');
for (const m of misses)
  console.log(
    `  [${m.corpus}] ${m.kind}: ${m.q} → want ${m.expected.join(', ')}, got ${m.top.join(', ') || '(nothing)'}`,
  );
