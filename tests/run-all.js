#!/usr/bin/env node
// `npm test`: every suite that can run on this machine, in dependency order, then one summary.
// TEST_DB=mysql (as .ci/run sets) also runs the server suites on MySQL/MariaDB and the
// end-to-end suites against it; an unreachable MySQL then fails the run instead of being skipped.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const mysql = process.env.TEST_DB === 'mysql';
const started = Date.now();
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-jest-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function sh(label, cmd, env = {}) {
  console.log(`\n=== ${label} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, ...env } });
  console.log(`--- ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function jest(label, config, env = {}) {
  const out = path.join(reportDir, `${label.replace(/\W+/g, '_')}.json`);
  const ok = sh(label, `npx jest -c ${config} --json --outputFile=${out}`, env);
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else {
    totals.failed += 1;
  }
  if (!ok) failures.push(label);
}

function step(label, cmd, env) {
  if (!sh(label, cmd, env)) {
    failures.push(label);
    totals.failed += 1;
  }
}

step('build shared', 'npm run build -w @recall/shared');
jest('shared', 'shared/jest.config.js');
jest('miniapp units', 'miniapp/jest.config.js');
jest('server on SQLite', 'server/jest.config.js', { TEST_DB: 'sqlite' });
if (mysql) jest('server on MySQL', 'server/jest.config.js', { TEST_DB: 'mysql' });
else console.log('\nserver on MySQL: not run (set TEST_DB=mysql; .ci/run does)');
step('build server', 'npm run build -w @recall/server');
step('build h5', 'npm run build:h5 -w @recall/miniapp');
step('build weapp', 'npm run build:weapp -w @recall/miniapp');
jest('e2e in Chromium, weapp runtime, CLI, WeChat checks, automator', 'tests/jest.config.js --runInBand', {
  TEST_DB: mysql ? 'mysql' : 'sqlite',
});

fs.rmSync(reportDir, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nnpm test took ${seconds} s on ${mysql ? 'SQLite and MySQL' : 'SQLite'}`);
if (failures.length) console.log(`failed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
