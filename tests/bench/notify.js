#!/usr/bin/env node
// `npm run bench:notify`: one recall published to 100k followers on MySQL. 100k consumers with
// WeChat openids follow one GTIN and hold one recall_alert grant each (bulk SQL); the built server
// runs against a fake WeChat server in this process that answers errcode 0 and counts sends.
// Province staff publish one matching recall through POST /api/recalls/import; measured: that
// request's latency against /api/health's in the same run (the fan-out must not block it),
// /api/health latency while 100k messages are written and sent, the time until all 100k in-app
// messages and outbox rows exist, the dispatch rate at the fake, and the server's peak RSS.
// Options: FOLLOWERS=100000 FAKE_DELAY_MS=0 NOTIFY_CONCURRENCY=10 NOTIFY_BATCH=100 BENCH_MYSQL_URL=...
const { execFileSync, execSync } = require('child_process');
const { createHash } = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const mysql = require('mysql2/promise');
const { ROOT, freshDatabase, startServer, rssSampler, signIn } = require('./support');

const FOLLOWERS = Number(process.env.FOLLOWERS || 100000);
const FAKE_DELAY_MS = Number(process.env.FAKE_DELAY_MS || 0);
const PORT = Number(process.env.PORT || 7393);
const GTIN = '06901234567892';
const ADMIN = { username: 'bench-province', password: 'bench-province-1' };

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

/** The fake WeChat server: stable_token, and subscribe sends answered errcode 0 and counted. */
function fakeWechat() {
  const state = { sends: 0, first: 0, last: 0, tousers: new Set(), other: 0 };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://fake');
      let body = { errcode: 404, errmsg: 'not faked' };
      if (url.pathname === '/cgi-bin/stable_token') body = { access_token: 'bench-token', expires_in: 7200 };
      else if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const now = performance.now();
        state.first ||= now;
        state.last = now;
        state.sends++;
        state.tousers.add(JSON.parse(raw).touser);
        body = { errcode: 0, errmsg: 'ok' };
      } else state.other++;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, FAKE_DELAY_MS);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, state, stop: () => server.close() }),
    ),
  );
}

/** 100k consumers with openids, each following the GTIN and holding one recall_alert grant. */
async function seed(dbUrl) {
  const c = await mysql.createConnection(dbUrl);
  const CHUNK = 5000;
  // targetKey as server/src/follows/match.ts computes it for a GTIN follow without batch.
  const target = createHash('sha1')
    .update(JSON.stringify(['gtin', GTIN, '']))
    .digest('hex');
  for (let i = 0; i < FOLLOWERS; i += CHUNK) {
    const n = Math.min(CHUNK, FOLLOWERS - i);
    const [r] = await c.query('INSERT INTO app_user (role, openid, displayName) VALUES ?', [
      Array.from({ length: n }, (_, j) => ['consumer', `bench-openid-${i + j}`, '微信用户']),
    ]);
    const ids = Array.from({ length: n }, (_, j) => r.insertId + j);
    await c.query('INSERT INTO follow (userId, targetKey, gtin, productName, source) VALUES ?', [
      ids.map((id) => [id, target, GTIN, '暖阳牌电暖器', 'scan']),
    ]);
    await c.query('INSERT INTO subscribe_grant (userId, templateKey, count) VALUES ?', [
      ids.map((id) => [id, 'recall_alert', 1]),
    ]);
  }
  await c.end();
}

/** CPU seconds a process has used (user + system, Linux /proc). */
function cpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks (USER_HZ = 100)
}

async function healthLatency(url, n) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  return ms;
}

async function main() {
  buildIfStale();
  const dbUrl = await freshDatabase('recall_bench_notify');
  const env = { DB_URL: dbUrl, NOTIFY_DISPATCH: 'off' };
  console.log('[bench] migrating an empty database …');
  await (await startServer(env, PORT)).stop();
  const serverEnv = {
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret',
    DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
    DEMO_DATA: 'off',
    DB_URL: dbUrl,
  };
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
    { cwd: ROOT, env: { ...process.env, ...serverEnv, LOG_LEVEL: 'warn' }, stdio: 'inherit' },
  );
  console.log(`[bench] seeding ${FOLLOWERS} consumers with openids, follows of one GTIN and one grant each …`);
  let t0 = performance.now();
  await seed(dbUrl);
  console.log(`[bench] seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const wechat = await fakeWechat();
  const server = await startServer(
    {
      DB_URL: dbUrl,
      WECHAT_API_BASE: wechat.url,
      WECHAT_APPID: 'wx-bench',
      WECHAT_SECRET: 'wx-bench-secret',
      NOTIFY_DISPATCH: 'on',
      ...(process.env.NOTIFY_CONCURRENCY ? { NOTIFY_CONCURRENCY: process.env.NOTIFY_CONCURRENCY } : {}),
      ...(process.env.NOTIFY_BATCH ? { NOTIFY_BATCH: process.env.NOTIFY_BATCH } : {}),
    },
    PORT,
  );
  const rss = rssSampler(server.proc.pid);
  const idleRss = rss.peak;
  const db = await mysql.createConnection(dbUrl);
  try {
    const token = await signIn(server.url, ADMIN);

    await healthLatency(server.url, 50); // warm-up
    const idle = await healthLatency(server.url, 200);

    const recall = {
      recallNo: 'BENCH-NOTIFY-0001',
      title: '暖阳牌电暖器召回',
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      models: ['NY-2000'],
      gtins: [GTIN],
      quantity: FOLLOWERS,
      categoryCode: '01',
      defect: '温控器触点粘连，持续加热导致外壳过热',
      consequence: '可能引发火灾',
      remedy: '免费更换温控器',
      startDate: '2026-03-10',
    };
    const publish = async (line) => {
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify(line)], { type: 'application/json' }), 'recall.jsonl');
      const t = performance.now();
      const res = await fetch(`${server.url}/api/recalls/import`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: form,
      });
      const answer = await res.json();
      const ms = performance.now() - t;
      if (res.status !== 200 || answer.imported !== 1) throw new Error(`import failed: ${JSON.stringify(answer)}`);
      return ms;
    };
    // The control: the same request for recalls nobody follows (their fan-out finds no one).
    const controlMs = [];
    for (let i = 0; i < 5; i++) {
      controlMs.push(await publish({ ...recall, recallNo: `BENCH-CONTROL-${i}`, gtins: [], models: [`X-${i}`] }));
      await sleep(300);
    }
    const cpuAtPublish = cpuSeconds(server.proc.pid);
    const published = performance.now();
    const publishMs = await publish(recall);
    const [[{ id }]] = await db.query('SELECT id FROM recall WHERE recallNo = ?', [recall.recallNo]);
    const dedupeKey = `recall:${id}`;

    // Health latency while the fan-out and the dispatch run.
    const busy = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        busy.push(...(await healthLatency(server.url, 1)));
        await sleep(20);
      }
    })();

    let messagesAt = 0;
    let outboxAt = 0;
    const deadline = Date.now() + 30 * 60e3;
    while (!(messagesAt && outboxAt && wechat.state.sends >= FOLLOWERS)) {
      if (Date.now() > deadline) throw new Error('not done in 30 minutes');
      await sleep(100);
      if (!messagesAt) {
        const [[m]] = await db.query('SELECT COUNT(*) AS n FROM message WHERE dedupeKey = ?', [dedupeKey]);
        if (Number(m.n) >= FOLLOWERS) messagesAt = performance.now();
      }
      if (!outboxAt) {
        const [[o]] = await db.query('SELECT COUNT(*) AS n FROM outbox WHERE dedupeKey LIKE ?', [`${dedupeKey}:%`]);
        if (Number(o.n) >= FOLLOWERS) outboxAt = performance.now();
      }
    }
    const allSentAt = wechat.state.last;
    const cpuUsed = cpuSeconds(server.proc.pid) - cpuAtPublish;
    probing = false;
    await prober;
    // Let the last results be written, then check every row.
    let statuses = [];
    for (let i = 0; i < 100; i++) {
      [statuses] = await db.query('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status');
      if (statuses.every((s) => s.status === 'sent')) break;
      await sleep(100);
    }
    const [[jobs]] = await db.query("SELECT COUNT(*) AS n FROM fanout_job WHERE status <> 'done'");

    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const healthP50 = pct(idle, 50);
    const dispatchSeconds = (wechat.state.last - wechat.state.first) / 1000;
    const rows = [
      [
        'GET /api/health, idle (200 sequential)',
        `p50 ${healthP50.toFixed(1)} ms, p99 ${pct(idle, 99).toFixed(1)} ms`,
        '1.0×',
      ],
      [
        'POST /api/recalls/import, a recall nobody follows (5)',
        `p50 ${pct(controlMs, 50).toFixed(1)} ms`,
        `${(pct(controlMs, 50) / healthP50).toFixed(1)}× health p50`,
      ],
      [
        `POST /api/recalls/import, the recall ${FOLLOWERS} follow`,
        `${publishMs.toFixed(1)} ms`,
        `${(publishMs / healthP50).toFixed(1)}× health p50, ${(publishMs / pct(controlMs, 50)).toFixed(2)}× nobody's`,
      ],
      [
        `GET /api/health during fan-out + dispatch (${busy.length})`,
        `p50 ${pct(busy, 50).toFixed(1)} ms, p99 ${pct(busy, 99).toFixed(1)} ms`,
        `${(pct(busy, 50) / healthP50).toFixed(1)}× idle p50`,
      ],
      [
        `${FOLLOWERS} in-app messages written (enqueue)`,
        s(messagesAt - published),
        `${Math.round(FOLLOWERS / ((messagesAt - published) / 1000))} /s`,
      ],
      [
        `${FOLLOWERS} outbox rows written`,
        s(outboxAt - published),
        `${Math.round(FOLLOWERS / ((outboxAt - published) / 1000))} /s`,
      ],
      [
        `dispatch: ${wechat.state.sends} sends at the fake WeChat`,
        `${s(wechat.state.last - wechat.state.first)} from first to last`,
        `${Math.round(wechat.state.sends / dispatchSeconds)} sends/s`,
      ],
      ['publish → last send', s(allSentAt - published), ''],
      [
        'server CPU, publish → last send',
        `${cpuUsed.toFixed(1)} s`,
        `${((cpuUsed / ((allSentAt - published) / 1000)) * 100).toFixed(0)}% of one core`,
      ],
      ['server RSS', `idle ${idleRss.toFixed(0)} MB, peak ${rss.peak.toFixed(0)} MB`, ''],
    ];
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(
      `\nNotify benchmark: one recall → ${FOLLOWERS} followers, MySQL, fake WeChat (delay ${FAKE_DELAY_MS} ms), ` +
        `NOTIFY_CONCURRENCY=${process.env.NOTIFY_CONCURRENCY || 10}, NOTIFY_BATCH=${process.env.NOTIFY_BATCH || 100}\n`,
    );
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
    console.log(
      `\ncheck: ${wechat.state.tousers.size} distinct recipients, ${wechat.state.sends} sends; outbox ${statuses
        .map((x) => `${x.status} ${x.n}`)
        .join(', ')}; unfinished fan-out jobs ${jobs.n}`,
    );
    if (wechat.state.tousers.size !== FOLLOWERS || wechat.state.sends !== FOLLOWERS) {
      throw new Error('every follower should have received exactly one message');
    }
  } finally {
    rss.stop();
    await db.end();
    await server.stop();
    wechat.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
