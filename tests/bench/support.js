// Shared pieces of the benchmarks: a MySQL database of their own, the built server as a child
// process, autocannon runs reported as ratios to /api/health measured in the same run.
const { spawn, execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');

const ROOT = path.resolve(__dirname, '../..');
const MYSQL_BASE = process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

function ensureBuilt() {
  if (!fs.existsSync(path.join(ROOT, 'server/dist/configuration.js'))) {
    execSync('npm run build -w @recall/shared && npm run build -w @recall/server', { cwd: ROOT, stdio: 'inherit' });
  }
}

async function freshDatabase(name) {
  const c = await mysql.createConnection(MYSQL_BASE);
  await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  return `${MYSQL_BASE}/${name}`;
}

async function startServer(env, port) {
  const proc = spawn('node', [path.join(ROOT, 'server/bootstrap.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret',
      DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DEMO_DATA: 'off',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() - started > 300000) throw new Error('server did not start in 5 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    proc,
    url,
    startMs: Date.now() - started,
    stop: () => new Promise((r) => (proc.exitCode !== null ? r() : (proc.once('exit', r), proc.kill('SIGTERM')))),
  };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** A process's RSS sampled every 50 ms: `peak` so far (MB), `reset()` to start a new peak from now, `stop()`. */
function rssSampler(pid) {
  const sampler = {
    peak: memory(pid).rssMb,
    reset: () => (sampler.peak = memory(pid).rssMb),
    stop: () => clearInterval(timer),
  };
  const timer = setInterval(() => {
    try {
      sampler.peak = Math.max(sampler.peak, memory(pid).rssMb);
    } catch {
      /* exited */
    }
  }, 50);
  return sampler;
}

/** A staff account's bearer token (password sign-in). */
async function signIn(url, account) {
  const res = await fetch(`${url}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  return (await res.json()).token;
}

/** CPU time a process has used so far, all its threads, in microseconds (Linux /proc, clock ticks of 10 ms). */
function cpuUs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10000;
}

/**
 * `load`, and the server's CPU time per request over it: steadier than req/s on a shared machine,
 * whose speed drifts, and it shows what a request costs the server whatever the client's share.
 */
async function loadWithCpu(pid, url, next, options) {
  const before = cpuUs(pid);
  const r = await load(url, next, options);
  return { ...r, cpuUsPerRequest: (cpuUs(pid) - before) / Math.max(1, r.requests.total) };
}

/** One autocannon run; `next()` gives each request's { method, path, body }. */
function load(url, next, { connections = 50, duration = 10 } = {}) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        // A JSON content type only on requests with a body, as a browser sends them.
        requests: [
          {
            setupRequest: (req) => {
              const r = next();
              return { ...req, ...r, headers: r.body ? { 'content-type': 'application/json' } : {} };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

/** `baseline`: /api/health's req/s, or its run (with `cpuUsPerRequest` when measured by loadWithCpu). */
function summarize(name, r, baseline, target) {
  const rps = r.requests.average;
  const bad = r.non2xx + r.errors + r.timeouts;
  const base =
    typeof baseline === 'number'
      ? { rps: baseline }
      : { rps: baseline.requests.average, cpu: baseline.cpuUsPerRequest };
  return {
    name,
    rps: Math.round(rps),
    p50: r.latency.p50,
    p99: r.latency.p99,
    ratio: base.rps ? rps / base.rps : 1,
    baseline: Math.round(base.rps),
    cpu: r.cpuUsPerRequest,
    baseCpu: base.cpu,
    bad,
    target,
  };
}

function printTable(rows) {
  const withCpu = rows.some((r) => r.cpu !== undefined);
  const head = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'vs health', 'non-2xx', 'target', 'met'];
  if (withCpu) head.splice(5, 0, 'server CPU µs/req (health)');
  const lines = rows.map((r) => {
    const met = r.target ? (r.ratio >= r.target.ratio && r.p99 < r.target.p99 && r.bad === 0 ? 'yes' : 'NO') : '';
    const target = r.target ? `≥${Math.round(r.target.ratio * 100)}%, p99<${r.target.p99}` : 'baseline';
    const cells = [
      r.name,
      String(r.rps),
      String(r.p50),
      String(r.p99),
      `${(r.ratio * 100).toFixed(0)}%${r.target ? ` of ${r.baseline}` : ''}`,
      String(r.bad),
      target,
      met,
    ];
    if (withCpu) cells.splice(5, 0, r.cpu === undefined ? '' : `${r.cpu.toFixed(0)} (${r.baseCpu?.toFixed(0) ?? '?'})`);
    return cells;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(fmt(head));
  lines.forEach((l) => console.log(fmt(l)));
}

module.exports = {
  ROOT,
  MYSQL_BASE,
  ensureBuilt,
  freshDatabase,
  startServer,
  memory,
  rssSampler,
  signIn,
  load,
  loadWithCpu,
  summarize,
  printTable,
};
