#!/usr/bin/env node
/**
 * Checks a weapp build (default: miniapp/dist/weapp; or the directory given as the first argument):
 *  1. package sizes — main package (everything outside the subpackage roots of app.json) at most
 *     800 KB (our own budget, well under WeChat's 2 MB, so that the first open stays quick) and the
 *     whole build under 20 MB (WeChat's limit);
 *  2. every WXML file compiles with WeChat's own `wcc` and every WXSS file with `wcsc` (the Linux
 *     binaries shipped in the `miniprogram-compiler` npm package), each file compiled on its own
 *     with the files it imports, so a failure names the file;
 *  3. every page's compiled template renders (empty page data) in a sandbox.
 * Exits 1 on any failure. Run after `npm run build:weapp -w @recall/miniapp`.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { walk } = require('./walk');
const vm = require('vm');

/** The main package budget in bytes (WeChat allows 2 MB; what it holds is downloaded before the first page). */
const MAIN_BUDGET = 800 * 1000;
const MAIN_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;
const MAX_BUFFER = 256 * 1024 * 1024;

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'miniapp', 'dist', 'weapp'));
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`  ✗ ${msg}`);
};

function human(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

const rel = (file) => path.relative(root, file).split(path.sep).join('/');

// ---------------------------------------------------------------- 0. the build exists
const appJsonPath = path.join(root, 'app.json');
if (!fs.existsSync(appJsonPath)) {
  console.error(`No weapp build at ${root} (app.json missing). Run: npm run build:weapp -w @recall/miniapp`);
  process.exit(1);
}
const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
const subPackages = appJson.subPackages || appJson.subpackages || [];
const subRoots = subPackages.map((p) => p.root.replace(/^\/+|\/+$/g, ''));
const pages = [
  ...(appJson.pages || []),
  ...subPackages.flatMap((p) => (p.pages || []).map((page) => `${p.root.replace(/^\/+|\/+$/g, '')}/${page}`)),
];

// ---------------------------------------------------------------- 1. sizes
console.log(`weapp build: ${root}`);
console.log('\n1. Package sizes');
const files = walk(root);
// Files that are not uploaded as code: DevTools project settings.
const counted = files.filter((f) => !/^project(\.private)?\.config\.json$/.test(rel(f)));
const sizeOf = (f) => fs.statSync(f).size;
const subSizes = Object.fromEntries(subRoots.map((r) => [r, 0]));
let main = 0;
let total = 0;
for (const f of counted) {
  const size = sizeOf(f);
  total += size;
  const owner = subRoots.find((r) => rel(f) === r || rel(f).startsWith(`${r}/`));
  if (owner) subSizes[owner] += size;
  else main += size;
}
console.log(
  `  main package: ${human(main)}, ${main.toLocaleString('en-US')} bytes ` +
    `(budget ${MAIN_BUDGET.toLocaleString('en-US')} bytes; WeChat's limit 2 MB)`,
);
for (const r of subRoots) console.log(`  subpackage ${r}: ${human(subSizes[r])}`);
console.log(`  total: ${human(total)} (limit 20 MB), ${counted.length} files`);
if (main >= MAIN_LIMIT) fail(`main package is ${human(main)}, must be under 2 MB`);
else if (main > MAIN_BUDGET) {
  fail(
    `main package is ${main.toLocaleString('en-US')} bytes, over the budget of ` +
      `${MAIN_BUDGET.toLocaleString('en-US')} bytes: move what the tab pages do not need into a subpackage`,
  );
}
if (total >= TOTAL_LIMIT) fail(`total size is ${human(total)}, must be under 20 MB`);

// ---------------------------------------------------------------- 2. WXML / WXSS compile
let wcc;
let wcsc;
let wxmlToJs;
try {
  wcc = require('miniprogram-compiler/src/wcc');
  wcsc = require('miniprogram-compiler/src/wcsc');
  ({ wxmlToJs } = require('miniprogram-compiler'));
} catch (err) {
  fail(`miniprogram-compiler is not installed (${err.message})`);
}

/** Resolves a reference from a WXML/WXSS/JSON file: '/x' is from the root, anything else relative. */
function resolveRef(fromRel, ref) {
  const clean = ref.replace(/^\/+/, '');
  const joined = ref.startsWith('/') ? clean : path.posix.join(path.posix.dirname(fromRel), ref);
  return path.posix.normalize(joined);
}

/** A WXML file and everything it needs (imports, includes, wxs modules, custom components). */
function wxmlClosure(startRel) {
  const wxml = new Set();
  const wxs = new Set();
  const queue = [startRel];
  while (queue.length) {
    const cur = queue.shift();
    if (wxml.has(cur)) continue;
    wxml.add(cur);
    const abs = path.join(root, cur);
    if (!fs.existsSync(abs)) continue; // wcc reports the missing file itself
    const text = fs.readFileSync(abs, 'utf8');
    for (const m of text.matchAll(/<(import|include)\s[^>]*src\s*=\s*["']([^"']+)["']/g)) {
      const target = resolveRef(cur, m[2]);
      queue.push(target.endsWith('.wxml') ? target : `${target}.wxml`);
    }
    for (const m of text.matchAll(/<wxs\s[^>]*src\s*=\s*["']([^"']+)["']/g)) wxs.add(resolveRef(cur, m[1]));
    const json = abs.replace(/\.wxml$/, '.json');
    if (fs.existsSync(json)) {
      try {
        const using = JSON.parse(fs.readFileSync(json, 'utf8')).usingComponents || {};
        for (const p of Object.values(using)) {
          if (typeof p === 'string' && !p.startsWith('plugin://')) queue.push(`${resolveRef(cur, p)}.wxml`);
        }
      } catch {
        /* a broken JSON file is not this check's concern */
      }
    }
  }
  return { wxml: [...wxml], wxs: [...wxs] };
}

/** A WXSS file and the files it @imports. */
function wxssClosure(startRel) {
  const seen = new Set();
  const queue = [startRel];
  while (queue.length) {
    const cur = queue.shift();
    if (seen.has(cur)) continue;
    seen.add(cur);
    const abs = path.join(root, cur);
    if (!fs.existsSync(abs)) continue;
    const text = fs.readFileSync(abs, 'utf8');
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']([^"']+)["']/g)) {
      const target = resolveRef(cur, m[1]);
      queue.push(target.endsWith('.wxss') ? target : `${target}.wxss`);
    }
  }
  return [...seen];
}

const noExt = (f) => f.replace(/\.(wxml|wxss)$/, '');

if (wcc && wcsc) {
  const wxmlFiles = counted
    .map(rel)
    .filter((f) => f.endsWith('.wxml'))
    .sort();
  const wxssFiles = counted
    .map(rel)
    .filter((f) => f.endsWith('.wxss'))
    .sort();

  console.log(`\n2. WXML compile (wcc), ${wxmlFiles.length} files`);
  for (const file of wxmlFiles) {
    const { wxml, wxs } = wxmlClosure(file);
    try {
      wcc(root, wxml.map(noExt), wxs, { maxBuffer: MAX_BUFFER });
      console.log(`  ✓ ${file}`);
    } catch (err) {
      fail(`${file}: ${String(err.message || err).trim()}`);
    }
  }

  console.log(`\n   WXSS compile (wcsc), ${wxssFiles.length} files`);
  for (const file of wxssFiles) {
    // wcsc reads `<name>.json` next to each file to tell component styles apart; it gets the
    // file and its imports, in import order.
    const result = wcsc(root, wxssClosure(file).map(noExt), { maxBuffer: MAX_BUFFER });
    if (result instanceof Error) fail(`${file}: ${result.message.trim()}`);
    else if (!result || !Object.keys(result).some((k) => k.endsWith('.wxss'))) fail(`${file}: wcsc produced no output`);
    else console.log(`  ✓ ${file}`);
  }

  // -------------------------------------------------------------- 3. pages render
  console.log(`\n3. Page templates render (${pages.length} pages)`);
  let gwx = null;
  try {
    const src = wxmlToJs(root, { maxBuffer: MAX_BUFFER });
    const sandbox = { console: { log() {}, warn() {}, error() {}, info() {} } };
    sandbox.window = sandbox;
    sandbox.global = sandbox;
    vm.createContext(sandbox);
    gwx = vm.runInContext(`(function (global) { ${src} })`, sandbox)(sandbox);
  } catch (err) {
    fail(`whole-project WXML compile or load failed: ${String(err.message || err).trim()}`);
  }
  if (gwx) {
    for (const page of pages) {
      try {
        const render = gwx(`${page}.wxml`);
        if (typeof render !== 'function') throw new Error('no compiled template');
        const tree = render({ root: { cn: [] } }, {}, {});
        if (!tree || tree.tag !== 'wx-page') throw new Error('unexpected render result');
        console.log(`  ✓ ${page}`);
      } catch (err) {
        fail(`${page}.wxml does not render: ${err.message}`);
      }
    }
  }
}

console.log('');
if (failures.length) {
  console.error(`weapp check FAILED (${failures.length} problem${failures.length > 1 ? 's' : ''})`);
  process.exit(1);
}
console.log(
  `weapp check passed: main ${human(main)} (${main.toLocaleString('en-US')} of ${MAIN_BUDGET.toLocaleString('en-US')} bytes), total ${human(total)}`,
);
