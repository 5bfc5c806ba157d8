#!/usr/bin/env node
/* global window, document, requestAnimationFrame -- observe() and the evaluate callbacks run in the page */
// `npm run bench:h5`: how soon the h5 app is usable on a slow phone. Loads home, search results
// and a recall page in Chromium, cold (a fresh browser context each run), first unthrottled and
// then on a throttled "slow 4G phone" (CDP: 1.6 Mbps down, 750 kbps up, 150 ms latency, CPU 4×
// slower). "Usable" is when the page's key element is visible and the main thread is free: the
// later of the element's first visible frame and the end of the last long task (> 50 ms) running
// after it. LCP, the bytes fetched and the main thread's script time on the slow phone (compiling
// and running JavaScript, CDP Performance metrics) are printed too. Uses the built h5 app and server
// (run `npm run build` first). Options: RUNS=5 PORT=7394 CHROMIUM_PATH=/usr/bin/chromium WEB_ROOT=<an h5 build>
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { ROOT, startServer } = require('./support');

const RUNS = Number(process.env.RUNS || 5);
const PORT = Number(process.env.PORT || 7394);
const TARGET_MS = 2500;
const SLOW = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpu: 4,
};
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs in the page before its scripts: records long tasks, LCP and when `selector` first shows. */
function observe(selector) {
  const w = window;
  w.__bench = { longTasks: [], lcp: 0, visibleAt: 0 };
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => w.__bench.longTasks.push(e.startTime + e.duration)),
  ).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__bench.lcp = e.startTime))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
  const poll = () => {
    const el = document.querySelector(selector);
    const box = el && el.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) w.__bench.visibleAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function loadOnce(browser, target, slow) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send(
    'Network.emulateNetworkConditions',
    slow ? SLOW.network : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow ? SLOW.cpu : 1 });
  await cdp.send('Performance.enable');
  await page.addInitScript(observe, target.selector);
  await page.goto(target.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.visibleAt > 0, null, { timeout: 60000 });
  // Quiet for a second (no new long task): whatever was still running has been recorded.
  let seen = -1;
  for (;;) {
    await page.waitForTimeout(1000);
    const n = await page.evaluate(() => window.__bench.longTasks.length);
    if (n === seen) break;
    seen = n;
  }
  const r = await page.evaluate(() => {
    const b = window.__bench;
    const bytes = { js: 0, css: 0, other: 0 };
    for (const e of performance.getEntriesByType('resource')) {
      const kind = /\.js(\?|$)/.test(e.name) ? 'js' : /\.css(\?|$)/.test(e.name) ? 'css' : 'other';
      bytes[kind] += e.transferSize;
    }
    const busyUntil = Math.max(0, ...b.longTasks.filter((end) => end > b.visibleAt));
    return { usable: Math.max(b.visibleAt, busyUntil), visible: b.visibleAt, lcp: b.lcp, bytes };
  });
  r.script = await scriptMs(cdp);
  await context.close();
  return r;
}

/** Main-thread time spent compiling and running JavaScript so far (CDP Performance metrics), in ms. */
async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, target, slow) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, target, slow));
  return {
    usable: median(runs.map((r) => r.usable)),
    visible: median(runs.map((r) => r.visible)),
    lcp: median(runs.map((r) => r.lcp)),
    script: median(runs.map((r) => r.script)),
    bytes: runs[0].bytes,
  };
}

async function firstRecallId(url) {
  const body = await (await fetch(`${url}/api/recalls?q=${encodeURIComponent('打火机')}`)).json();
  const id = body.items?.[0]?.id;
  if (!id) throw new Error(`no demo recall for 打火机: ${JSON.stringify(body).slice(0, 200)}`);
  return id;
}

function printTable(rows) {
  const head = [
    'page',
    'usable ms',
    'visible ms',
    'LCP ms',
    'usable, slow',
    'visible, slow',
    'LCP, slow',
    'script, slow',
    'slow/fast',
    'target',
    'met',
  ];
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const lines = rows.map((r) => [
    r.name,
    ...[r.fast.usable, r.fast.visible, r.fast.lcp, r.slow.usable, r.slow.visible, r.slow.lcp, r.slow.script].map((v) =>
      v.toFixed(0),
    ),
    `${(r.slow.usable / r.fast.usable).toFixed(1)}×`,
    r.target ? `<${TARGET_MS}` : '',
    r.target ? (r.slow.usable < TARGET_MS ? 'yes' : `NO (+${(r.slow.usable - TARGET_MS).toFixed(0)})`) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(fmt(head));
  lines.forEach((l) => console.log(fmt(l)));
  console.log('\nfetched on a cold load (transfer size):');
  for (const r of rows)
    console.log(`  ${r.name}: JS ${kb(r.fast.bytes.js)}, CSS ${kb(r.fast.bytes.css)}, other ${kb(r.fast.bytes.other)}`);
}

async function main() {
  // WEB_ROOT (read by the server) benches another build of the app, e.g. a copy kept from before a change.
  const webRoot = process.env.WEB_ROOT || 'miniapp/dist/h5';
  for (const f of ['server/dist/configuration.js', path.join(webRoot, 'index.html')])
    if (!fs.existsSync(path.resolve(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-bench-h5-'));
  const server = await startServer({ DATA_DIR: dataDir, DEMO_DATA: 'on' }, PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const id = await firstRecallId(server.url);
    const targets = [
      { name: 'home', url: `${server.url}/`, selector: '.home-search input', target: true },
      {
        name: 'search results',
        url: `${server.url}/#/pages/search/index?q=${encodeURIComponent('打火机')}`,
        selector: '.recall-card',
      },
      {
        name: 'recall page',
        url: `${server.url}/#/pages/recall/index?id=${id}`,
        selector: '.detail-check',
        target: true,
      },
    ];
    const rows = [];
    for (const t of targets) {
      console.log(`[bench] ${t.name}: ${RUNS} cold loads unthrottled, then ${RUNS} throttled …`);
      rows.push({ ...t, fast: await measure(browser, t, false), slow: await measure(browser, t, true) });
    }
    console.log(
      `\nh5 load, median of ${RUNS} cold loads; slow = 1.6 Mbps down, 750 kbps up, 150 ms latency, CPU 4× slower\n`,
    );
    printTable(rows);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
