#!/usr/bin/env node
// `npm run bench:platforms`: pushes to e-commerce platforms on MySQL, against a fake receiver in
// this process that checks every signature. (1) one recall pushed to PLATFORMS platforms; (2)
// RECALLS recalls pushed to one platform. Measured: the publishing request's latency against the
// same request before any platform was registered (the push must not make it wait), the time
// until every delivery reached the receiver, and the server's RSS.
// Options: PLATFORMS=1000 RECALLS=1000 ROUNDS=5 FAKE_DELAY_MS=0 PORT=7396 BENCH_MYSQL_URL=...
const { execFileSync, execSync } = require('child_process');
const { createHmac } = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const mysql = require('mysql2/promise');
const { ROOT, freshDatabase, startServer, memory, rssSampler, signIn } = require('./support');

const PLATFORMS = Number(process.env.PLATFORMS || 1000);
const RECALLS = Number(process.env.RECALLS || 1000);
const FAKE_DELAY_MS = Number(process.env.FAKE_DELAY_MS || 0);
const ROUNDS = Number(process.env.ROUNDS || 5);
const PORT = Number(process.env.PORT || 7396);
const ADMIN = { username: 'bench-province', password: 'bench-province-1' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};

/** Builds shared and server when their sources are newer than the build (the bench runs dist). */
function buildIfStale() {
  const newest = (p) => {
    const st = fs.statSync(p);
    return st.isDirectory() ? fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), 0) : st.mtimeMs;
  };
  const built = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  if (newest(path.join(ROOT, 'shared/src')) > built(path.join(ROOT, 'shared/dist/index.js')))
    execSync('npm run build -w @recall/shared', { cwd: ROOT, stdio: 'inherit' });
  if (newest(path.join(ROOT, 'server/src')) > built(path.join(ROOT, 'server/dist/configuration.js')))
    execSync('npm run build -w @recall/server', { cwd: ROOT, stdio: 'inherit' });
}

/** The platforms' receiver: /p/<n> answers 204 once the signature checks with platform n's secret. */
function fakeReceiver() {
  const state = {
    secrets: new Map(),
    deliveries: new Set(),
    byPath: new Map(),
    requests: 0,
    badSignatures: 0,
    last: 0,
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      state.requests++;
      const ts = req.headers['x-recall-timestamp'];
      const secret = state.secrets.get(req.url);
      const want = secret && `v1=${createHmac('sha256', secret).update(`${ts}.${raw}`).digest('hex')}`;
      if (!want || want !== req.headers['x-recall-signature']) state.badSignatures++;
      else {
        if (!state.deliveries.has(req.headers['x-recall-delivery']))
          state.byPath.set(req.url, (state.byPath.get(req.url) ?? 0) + 1);
        state.deliveries.add(req.headers['x-recall-delivery']);
        state.last = performance.now();
      }
      setTimeout(() => res.writeHead(204).end(), FAKE_DELAY_MS);
    });
  });
  server.keepAliveTimeout = 30000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, state, stop: () => server.close() }),
    ),
  );
}

const RECALL = {
  title: '暖阳牌电暖器召回',
  producerName: '苏州暖阳电器有限公司',
  productName: '暖阳牌电暖器',
  brand: '暖阳',
  models: ['NY-2000'],
  quantity: 100,
  categoryCode: '01',
  defect: '温控器触点粘连，持续加热导致外壳过热',
  consequence: '可能引发火灾',
  remedy: '免费更换温控器',
  startDate: '2026-03-10',
};

async function main() {
  buildIfStale();
  const dbUrl = await freshDatabase('recall_bench_platforms');
  const fake = await fakeReceiver();
  // The server migrates the empty database before it answers; the admin CLI then adds the province account.
  const server = await startServer({ DB_URL: dbUrl, NOTIFY_DISPATCH: 'on', NOTIFY_INTERVAL_MS: '50' }, PORT);
  execFileSync(
    'node',
    [
      path.join(ROOT, 'server/bin/admin.js'),
      'user:create',
      '--role',
      'province',
      '--org',
      '320000',
      '--username',
      ADMIN.username,
      '--password',
      ADMIN.password,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: 'bench-secret-bench-secret',
        DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
        DEMO_DATA: 'off',
        DB_URL: dbUrl,
        LOG_LEVEL: 'warn',
      },
      stdio: 'inherit',
    },
  );
  const rss = rssSampler(server.proc.pid);
  const db = await mysql.createConnection(dbUrl);
  try {
    const token = await signIn(server.url, ADMIN);
    const auth = { Authorization: `Bearer ${token}` };
    const publish = async (lines) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([lines.map((l) => JSON.stringify(l)).join('\n')], { type: 'application/json' }),
        'r.jsonl',
      );
      const t = performance.now();
      const res = await fetch(`${server.url}/api/recalls/import`, { method: 'POST', headers: auth, body: form });
      const answer = await res.json();
      const ms = performance.now() - t;
      if (res.status !== 200 || answer.imported !== lines.length)
        throw new Error(`import failed: ${JSON.stringify(answer)}`);
      return ms;
    };
    let n = 0;
    const line = (extra) => ({ ...RECALL, recallNo: `BENCH-PLATFORM-${++n}`, ...extra });

    // The control: the same request before any platform exists.
    for (let i = 0; i < 15; i++) await publish([line({ gtins: [] })]); // warm-up
    const controlMs = [];
    for (let i = 0; i < ROUNDS; i++) controlMs.push(await publish([line({ gtins: [] })]));
    const idleRss = memory(server.proc.pid).rssMb;
    // The control recalls' push events are expanded (to no platform) before any platform exists.
    for (;;) {
      const [[left]] = await db.query("SELECT COUNT(*) AS n FROM platform_push WHERE status <> 'done'");
      if (Number(left.n) === 0) break;
      await sleep(20);
    }

    console.log(`[bench] registering ${PLATFORMS + 1} platforms …`);
    const register = async (i, subscription) => {
      const res = await fetch(`${server.url}/api/platforms`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `平台${i}`,
          contacts: [{ name: '联系人', phone: '13800000000' }],
          webhookUrl: `${fake.url}/p/${i}`,
          subscription,
        }),
      });
      if (res.status !== 201) throw new Error(`registration failed: ${await res.text()}`);
      fake.state.secrets.set(`/p/${i}`, (await res.json()).credentials.webhookSecret);
    };
    for (let i = 0; i < PLATFORMS; i += 10)
      await Promise.all(
        Array.from({ length: Math.min(10, PLATFORMS - i) }, (_, j) =>
          register(i + j, { categories: ['01'], brands: ['暖阳'] }),
        ),
      );
    await register('single', { brands: ['独家'] });

    // (1) One recall to every platform, ROUNDS times (each delivered before the next is published).
    // Interleaved with a recall no platform subscribes to: the same request, same moment, nothing to push.
    const wideMs = [];
    const wideDone = [];
    const unmatchedMs = [];
    for (let round = 0; round < ROUNDS; round++) {
      unmatchedMs.push(await publish([line({ gtins: [], brand: '无人订阅', categoryCode: '10' })]));
      const target = fake.state.deliveries.size + PLATFORMS;
      const ms = await publish([line({ gtins: [] })]);
      const start = performance.now() - ms;
      while (fake.state.deliveries.size < target) {
        if (performance.now() - start > 10 * 60e3) throw new Error('(1) not delivered in 10 minutes');
        await sleep(20);
      }
      wideMs.push(ms);
      wideDone.push(fake.state.last - start);
    }

    // (2) RECALLS recalls to one platform, in one import file.
    const lines = Array.from({ length: RECALLS }, () => line({ brand: '独家', categoryCode: '09', gtins: [] }));
    const narrowStart = performance.now();
    const importMs = await publish(lines);
    while ((fake.state.byPath.get('/p/single') ?? 0) < RECALLS) {
      if (performance.now() - narrowStart > 10 * 60e3) throw new Error('(2) not delivered in 10 minutes');
      await sleep(20);
    }
    const narrowDone = fake.state.last - narrowStart;
    const [states] = await db.query('SELECT webhookState, COUNT(*) AS n FROM platform_delivery GROUP BY webhookState');

    const control = pct(controlMs, 50);
    const rows = [
      [`POST /api/recalls/import, 1 recall, no platforms yet (${ROUNDS})`, `p50 ${control.toFixed(1)} ms`, '1.0×'],
      [
        `POST /api/recalls/import, 1 recall no platform subscribes to (${ROUNDS})`,
        `p50 ${pct(unmatchedMs, 50).toFixed(1)} ms`,
        `${(pct(unmatchedMs, 50) / control).toFixed(2)}× no platforms`,
      ],
      [
        `POST /api/recalls/import, 1 recall matching ${PLATFORMS} platforms (${ROUNDS})`,
        `p50 ${pct(wideMs, 50).toFixed(1)} ms, max ${Math.max(...wideMs).toFixed(1)} ms`,
        `${(pct(wideMs, 50) / control).toFixed(2)}× no platforms, ${(pct(wideMs, 50) / pct(unmatchedMs, 50)).toFixed(2)}× unsubscribed`,
      ],
      [
        `(1) 1 recall → ${PLATFORMS} platforms, publish → last delivered`,
        `p50 ${(pct(wideDone, 50) / 1000).toFixed(2)} s`,
        `${Math.round(PLATFORMS / (pct(wideDone, 50) / 1000))} deliveries/s`,
      ],
      [
        `POST /api/recalls/import, ${RECALLS} recalls in one file`,
        `${(importMs / 1000).toFixed(2)} s`,
        `${(importMs / RECALLS / control).toFixed(2)}× no platforms, per recall`,
      ],
      [
        `(2) ${RECALLS} recalls → 1 platform, import start → last delivered`,
        `${(narrowDone / 1000).toFixed(2)} s`,
        `${(narrowDone / importMs).toFixed(2)}× the import itself`,
      ],
      [
        'server RSS',
        `before platforms ${idleRss.toFixed(0)} MB, peak ${rss.peak.toFixed(0)} MB`,
        `${(rss.peak / idleRss).toFixed(2)}×`,
      ],
    ];
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(`\nPlatform push benchmark: MySQL, fake receiver (delay ${FAKE_DELAY_MS} ms), signatures checked\n`);
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
    console.log(
      `\ncheck: ${fake.state.deliveries.size} distinct deliveries, ${fake.state.requests} requests, ${fake.state.badSignatures} bad signatures; ` +
        `platform_delivery ${states.map((s) => `${s.webhookState} ${s.n}`).join(', ')}`,
    );
    if (fake.state.badSignatures) throw new Error('every push should carry a valid signature');
  } finally {
    rss.stop();
    await db.end();
    await server.stop();
    fake.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
