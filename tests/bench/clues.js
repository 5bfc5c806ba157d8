#!/usr/bin/env node
// `npm run bench:clues`: clue submission with 3 photos (12-megapixel JPEGs) from 20 concurrent
// users against the built server on MySQL: submissions/s, p50/p99 of the whole report (3 uploads +
// submit), per-photo processing time (Server-Timing), then 20 concurrent 10 MB uploads with the
// server's peak RSS sampled throughout (uploads are streamed to disk, so it must stay bounded).
// A /api/health run in the same process gives the baseline. Options: USERS=20 ROUNDS=3.
const fs = require('fs');
const os = require('os');
const path = require('path');
const sharp = require('sharp');
const {
  ensureBuilt,
  freshDatabase,
  startServer,
  memory,
  rssSampler,
  load,
  summarize,
  printTable,
} = require('./support');

const USERS = Number(process.env.USERS || 20);
const ROUNDS = Number(process.env.ROUNDS || 3);
const PORT = Number(process.env.PORT || 7392);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};

async function photo12mp(seed) {
  return sharp({
    create: { width: 4000, height: 3000, channels: 3, noise: { type: 'gaussian', mean: 110 + seed, sigma: 18 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A real JPEG just under 10 MB (noise compresses badly, quality picks the size). */
async function photoNear10mb() {
  for (const q of [100, 98, 95, 92, 90, 85]) {
    const buf = await sharp({
      create: { width: 4000, height: 3000, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: q })
      .toBuffer();
    if (buf.length < 10 * 1024 * 1024) return buf;
  }
  throw new Error('could not make a 10 MB photo');
}

async function upload(url, token, buf) {
  const form = new FormData();
  form.append('file', new Blob([buf], { type: 'image/jpeg' }), 'photo.jpg');
  const t = performance.now();
  const res = await fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const ms = performance.now() - t;
  if (res.status !== 201) throw new Error(`upload ${res.status}: ${await res.text()}`);
  const timing = /photo;dur=([\d.]+)/.exec(res.headers.get('server-timing') || '');
  return { id: (await res.json()).id, ms, processMs: timing ? Number(timing[1]) : NaN };
}

async function main() {
  ensureBuilt();
  const dbUrl = await freshDatabase('recall_bench_clues');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-bench-clues-'));
  const server = await startServer(
    { DB_URL: dbUrl, DATA_DIR: dataDir, NODE_ENV: 'development', DEV_LOGIN: 'on', CLUE_RATE_PER_HOUR: '10000' },
    PORT,
  );
  const rss = rssSampler(server.proc.pid);
  try {
    console.log('[bench] making test photos …');
    const photos = await Promise.all([0, 1, 2].map(photo12mp));
    const big = await photoNear10mb();
    console.log(
      `[bench] 12 MP photos ${photos.map((p) => (p.length / 1e6).toFixed(1)).join(', ')} MB; large photo ${(big.length / 1e6).toFixed(1)} MB`,
    );
    const tokens = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const r = await fetch(`${server.url}/api/auth/dev`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ deviceId: `bench-user-${i}-xxxx` }),
        });
        return (await r.json()).token;
      }),
    );
    const single = [];
    for (const p of photos) single.push((await upload(server.url, tokens[0], p)).processMs);
    const health = await load(server.url, () => ({ method: 'GET', path: '/api/health' }), {
      connections: USERS,
      duration: 5,
    });
    const baseline = health.requests.average;

    const reportMs = [];
    const uploadMs = [];
    const processMs = [];
    const idle = memory(server.proc.pid).rssMb;
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token, u) => {
        for (let round = 0; round < ROUNDS; round++) {
          const t = performance.now();
          const ups = [];
          for (const p of photos) ups.push(await upload(server.url, token, p));
          ups.forEach((x) => (uploadMs.push(x.ms), processMs.push(x.processMs)));
          const body = {
            categoryCode: '01',
            productName: '电暖器',
            brand: '暖阳',
            model: 'NY-2000',
            description: '使用半小时后电源线发烫冒烟。',
            injury: 'minor',
            regionCode: '320505',
            contact: { name: '张三', phone: '13812345678', address: '江苏省苏州市虎丘区竹园路 209 号' },
            photoIds: ups.map((x) => x.id),
          };
          const res = await fetch(`${server.url}/api/clues`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'Idempotency-Key': `bench-${u}-${round}-key`,
            },
            body: JSON.stringify(body),
          });
          if (res.status !== 201) throw new Error(`clue ${res.status}: ${await res.text()}`);
          reportMs.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const reports = reportMs.length;
    const peakSubmissions = rss.peak;

    rss.reset();
    const before10 = rss.peak;
    const t10 = performance.now();
    const big10 = await Promise.all(tokens.map((token) => upload(server.url, token, big)));
    const seconds10 = (performance.now() - t10) / 1000;

    const rows = [summarize('GET /api/health', health, baseline, null)];
    console.log(
      `\nClue benchmark: ${USERS} concurrent users × ${ROUNDS} reports, each with 3 photos of 12 MP, MySQL\n`,
    );
    printTable(rows);
    console.log(
      `\nreports (3 uploads + submit): ${reports} in ${seconds.toFixed(1)} s = ${(reports / seconds).toFixed(2)} reports/s; p50 ${pct(reportMs, 50).toFixed(0)} ms, p99 ${pct(reportMs, 99).toFixed(0)} ms`,
    );
    console.log(
      `photo uploads: ${(uploadMs.length / seconds).toFixed(1)} uploads/s = ${((uploadMs.length / seconds / baseline) * 100).toFixed(2)}% of health's req/s; request p50 ${pct(uploadMs, 50).toFixed(0)} ms, p99 ${pct(uploadMs, 99).toFixed(0)} ms`,
    );
    console.log(`photo processing per photo, one at a time: ${single.map((x) => x.toFixed(0)).join(', ')} ms`);
    console.log(
      `photo processing (sniff, decode, rotate, resize, re-encode, thumbnail, store) per photo under load: p50 ${pct(processMs, 50).toFixed(0)} ms, p99 ${pct(processMs, 99).toFixed(0)} ms`,
    );
    console.log(`server RSS: idle ${idle.toFixed(0)} MB, peak during reports ${peakSubmissions.toFixed(0)} MB`);
    console.log(
      `${USERS} concurrent ${(big.length / 1e6).toFixed(1)} MB uploads: done in ${seconds10.toFixed(1)} s (p99 ${pct(
        big10.map((x) => x.ms),
        99,
      ).toFixed(
        0,
      )} ms); RSS ${before10.toFixed(0)} MB before, peak ${rss.peak.toFixed(0)} MB during (${USERS} × ${(big.length / 1e6).toFixed(1)} MB = ${((USERS * big.length) / 1e6).toFixed(0)} MB of uploads in flight)`,
    );
  } finally {
    rss.stop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
