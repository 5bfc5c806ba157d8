#!/usr/bin/env node
// `npm run bench:lookup`: consumer lookup under load on MySQL with 100k recalls and ~1M scope
// rows. Each endpoint is driven by autocannon (50 connections) against the built server and
// reported as req/s, p50, p99 and its ratio to /api/health measured just before it in the same
// run (the machine is shared, so its speed drifts), the server's CPU time per request (its own and
// health's, steadier than req/s), plus the server's memory with the index loaded. The keyword queries run again with the result cache off (SEARCH_CACHE_SIZE=0). Options: RECALLS=100000 DURATION=10 CONNECTIONS=50 PORT=7391 BENCH_MYSQL_URL=...
// BENCH_DB=recall_bench_lookup (the database it drops and refills: one per concurrent run).
const {
  ensureBuilt,
  freshDatabase,
  startServer,
  memory,
  load,
  loadWithCpu,
  summarize,
  printTable,
} = require('./support');
const { generate, keywordSamples } = require('./dataset');

const RECALLS = Number(process.env.RECALLS || 100000);
const DURATION = Number(process.env.DURATION || 10);
const CONNECTIONS = Number(process.env.CONNECTIONS || 50);
const PORT = Number(process.env.PORT || 7391);
const RSS_TARGET_MB = 500;
const DB_NAME = process.env.BENCH_DB || 'recall_bench_lookup';

function cycle(items, make) {
  let i = 0;
  return () => make(items[i++ % items.length]);
}

async function main() {
  ensureBuilt();
  const dbUrl = await freshDatabase(DB_NAME);
  console.log(`[bench] migrating an empty database …`);
  await (await startServer({ DB_URL: dbUrl }, PORT)).stop();
  console.log(`[bench] generating ${RECALLS} recalls …`);
  const t0 = Date.now();
  const { samples, scopeRows } = await generate(dbUrl, RECALLS);
  console.log(`[bench] ${RECALLS} recalls and ${scopeRows} scope rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const results = [];
  const kw = keywordSamples();
  const opts = { connections: CONNECTIONS, duration: DURATION };
  const runs = [
    ['GET /api/health', cycle(['/api/health'], (p) => ({ method: 'GET', path: p })), null],
    [
      'GTIN lookup',
      cycle(samples.gtinHits, (g) => ({ method: 'GET', path: `/api/recalls?gtin=${g}` })),
      { ratio: 0.5, p99: 50 },
    ],
    [
      'keyword, 2 chars',
      cycle(kw.two, (q) => ({ method: 'GET', path: `/api/recalls?q=${encodeURIComponent(q)}` })),
      { ratio: 0.25, p99: 100 },
    ],
    [
      'keyword, 4 chars',
      cycle(kw.four, (q) => ({ method: 'GET', path: `/api/recalls?q=${encodeURIComponent(q)}` })),
      { ratio: 0.25, p99: 100 },
    ],
    [
      'keyword, brand+product',
      cycle(samples.brandProduct, (q) => ({ method: 'GET', path: `/api/recalls?q=${encodeURIComponent(q)}` })),
      { ratio: 0.25, p99: 100 },
    ],
    [
      'keyword, everyday word',
      cycle(kw.everyday, (q) => ({ method: 'GET', path: `/api/recalls?q=${encodeURIComponent(q)}` })),
      { ratio: 0.25, p99: 100 },
    ],
    [
      'unit check',
      cycle(samples.checks, (c) => ({ method: 'POST', path: '/api/recalls/check', body: JSON.stringify(c) })),
      { ratio: 0.5, p99: 50 },
    ],
  ];
  const health = runs[0][1];
  const memories = [];
  for (const cache of ['on', 'off']) {
    const server = await startServer({ DB_URL: dbUrl, SEARCH_CACHE_SIZE: cache === 'on' ? '2000' : '0' }, PORT);
    const loaded = memory(server.proc.pid);
    console.log(
      `[bench] server up with search cache ${cache} in ${(server.startMs / 1000).toFixed(1)} s (index loaded), RSS ${loaded.rssMb.toFixed(0)} MB`,
    );
    for (const [name, next, target] of runs.slice(1)) {
      if (cache === 'off' && !name.startsWith('keyword')) continue;
      // The machine is shared: each endpoint is compared with /api/health measured just before it.
      await load(server.url, health, { connections: CONNECTIONS, duration: 2 }); // warm-up
      const baseline = await loadWithCpu(server.proc.pid, server.url, health, opts);
      await load(server.url, next, { connections: CONNECTIONS, duration: 2 });
      const r = await loadWithCpu(server.proc.pid, server.url, next, opts);
      results.push(summarize(cache === 'off' ? `${name} (no result cache)` : name, r, baseline, target));
    }
    memories.push({ cache, loadedMb: loaded.rssMb, ...memory(server.proc.pid) });
    await server.stop();
  }
  console.log(
    `\nLookup benchmark: ${RECALLS} recalls, ${scopeRows} scope rows, MySQL, ${CONNECTIONS} connections, ${DURATION} s per endpoint, each against /api/health run just before it\n`,
  );
  printTable(results);
  for (const m of memories)
    console.log(
      `server memory (search cache ${m.cache}): RSS ${m.loadedMb.toFixed(0)} MB with the index loaded (target ≤${RSS_TARGET_MB}: ${m.loadedMb <= RSS_TARGET_MB ? 'met' : 'NOT met'}), ${m.rssMb.toFixed(0)} MB after the runs, peak ${m.peakMb.toFixed(0)} MB`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
