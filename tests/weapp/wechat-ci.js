#!/usr/bin/env node
/**
 * WeChat's own static checks on the weapp build, offline, with miniprogram-ci (the module
 * WeChat DevTools' compiler is taken from). The project is the repository root: its
 * project.config.json points `miniprogramRoot` at miniapp/dist/weapp/ and holds the compile
 * settings DevTools and the upload use.
 *
 *  1. checkCodeQuality — DevTools' 代码质量扫描: main package size, JS/WXML/WXSS compression
 *     switched on, lazy code loading, image/audio size, files only used by subpackages, unused
 *     components, plugins and files. Every item must pass.
 *  2. getCompiledResult — the package exactly as it would be uploaded, compiled with the settings
 *     of project.config.json; it must hold the .js/.json/.wxml (and .wxss, where the build has one)
 *     of every page of app.json, subpackages included.
 *  3. The Taro production build itself ships minified JS and WXSS (terser and csso). Its WXML is
 *     compressed by WeChat (setting.minifyWXML), see miniapp/config/prod.ts.
 *
 * Offline: no network is used. The project attributes that miniprogram-ci would fetch from
 * WeChat's servers come from `ci.DefaultProjectAttr`, and every request it still makes (the
 * file-extension whitelist) goes to a local "proxy" that records it and closes the connection,
 * so it fails at once and miniprogram-ci falls back to its built-in list; the attempts are
 * printed. Usage: node tests/weapp/wechat-ci.js [--json <file>]. Exits 1 on any failure.
 */
'use strict';
const { generateKeyPairSync } = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { walk } = require('./walk');

const repo = path.resolve(__dirname, '..', '..');
const COMPILE_TIMEOUT_MS = 120000;
const jsonOut = (() => {
  const i = process.argv.indexOf('--json');
  return i > 0 ? process.argv[i + 1] : undefined;
})();

const report = {
  ok: false,
  projectPath: repo,
  miniprogramRoot: '',
  settings: {},
  quality: { items: [], checkerErrors: [], seconds: 0 },
  compiled: { fileCount: 0, bytes: 0, distBytes: 0, wxmlBytes: 0, distWxmlBytes: 0, pages: 0, missing: [], seconds: 0 },
  taroMinified: { checked: 0, notMinified: [] },
  network: [],
  failures: [],
};
const fail = (msg) => {
  report.failures.push(msg);
  console.error(`  ✗ ${msg}`);
};
const human = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

function finish() {
  report.ok = report.failures.length === 0;
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  console.log('');
  if (report.ok) console.log('wechat-ci check passed');
  else console.error(`wechat-ci check FAILED (${report.failures.length}): ${report.failures.join('; ')}`);
  // miniprogram-ci leaves a file watcher and other handles open; end the process explicitly.
  process.exit(report.ok ? 0 : 1);
}

/**
 * Glob ignores for everything outside miniprogramRoot, so that miniprogram-ci does not list the
 * whole repository (server/, tests/, data/ …). Patterns ending in `/**` are not even descended
 * into. The project config files at the root stay visible.
 */
function ignoresOutside(root, miniprogramRoot) {
  const ignores = [];
  const segments = miniprogramRoot.split('/').filter(Boolean);
  let prefix = '';
  for (const segment of segments) {
    for (const name of fs.readdirSync(path.join(root, prefix))) {
      if (name === segment || (prefix === '' && /^project(\.private)?\.config\.json$/.test(name))) continue;
      ignores.push(`${prefix}${name}`, `${prefix}${name}/**`);
    }
    prefix += `${segment}/`;
  }
  return ignores;
}

/** A local endpoint used as miniprogram-ci's proxy: records each request line, then hangs up. */
function refusingProxy() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      socket.once('data', (chunk) => {
        report.network.push(chunk.toString('latin1').split('\r\n')[0]);
        socket.destroy();
      });
      socket.on('error', () => {});
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  // ------------------------------------------------------------ 0. the project and its build
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'project.config.json'), 'utf8'));
  const miniprogramRoot = (config.miniprogramRoot || '').replace(/^\.?\/+|\/+$/g, '');
  report.miniprogramRoot = miniprogramRoot;
  const setting = config.setting || {};
  report.settings = {
    minified: !!setting.minified,
    minifyWXML: !!setting.minifyWXML,
    minifyWXSS: !!setting.minifyWXSS,
  };
  const distRoot = path.join(repo, miniprogramRoot);
  const appJsonPath = path.join(distRoot, 'app.json');
  if (!fs.existsSync(appJsonPath)) {
    fail(`no weapp build at ${distRoot} (app.json missing); run: npm run build:weapp`);
    return;
  }
  const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
  const pages = [
    ...(appJson.pages || []),
    ...(appJson.subPackages || appJson.subpackages || []).flatMap((p) =>
      (p.pages || []).map((page) => `${p.root.replace(/^\/+|\/+$/g, '')}/${page}`),
    ),
  ];
  console.log(`WeChat CI checks (miniprogram-ci) on ${repo}, miniprogramRoot ${miniprogramRoot}/`);
  console.log(
    `  project.config.json: minified=${report.settings.minified} minifyWXML=${report.settings.minifyWXML} minifyWXSS=${report.settings.minifyWXSS}`,
  );

  const ci = require('miniprogram-ci');
  const proxy = await refusingProxy();
  ci.proxy(`http://127.0.0.1:${proxy.address().port}`);

  // The constructor insists on a private key (it signs upload and project-attribute requests,
  // which are never made here). A throwaway key is generated in memory for this run only; no
  // key file is written or committed.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const project = new ci.Project({
    appid: config.appid || 'touristappid',
    type: 'miniProgram',
    projectPath: repo,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }),
    ignores: ignoresOutside(repo, miniprogramRoot),
    // Project attributes (package size limits …) without asking WeChat's servers.
    attr: async () => ci.DefaultProjectAttr,
  });

  // ------------------------------------------------------------ 1. checkCodeQuality
  console.log('\n1. checkCodeQuality');
  // A checker that throws is counted as passed by miniprogram-ci (it only logs the error with
  // console.error), so errors logged during the check are collected and fail it.
  const originalError = console.error;
  console.error = (...args) => {
    report.quality.checkerErrors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    originalError(...args);
  };
  // The Chinese descriptions state each requirement ("对JS文件进行压缩"); the English ones state
  // the problem ("JS compression is not turned on") even when the item passes.
  ci.locales.setLocale('zh');
  let items = [];
  let t = Date.now();
  try {
    items = await withTimeout(ci.checkCodeQuality(project), COMPILE_TIMEOUT_MS, 'checkCodeQuality');
  } finally {
    console.error = originalError;
    ci.locales.setLocale('en');
  }
  report.quality.seconds = (Date.now() - t) / 1000;
  report.quality.items = items.map(({ name, success, text, detail }) => ({ name, success, text, detail }));
  for (const item of items) {
    let extra = '';
    if (item.name === 'PACKAGE_SIZE_LIMIT' && item.detail) {
      extra = ` (${Object.entries(item.detail)
        .map(([pkg, bytes]) => `${pkg === '__APP__' ? 'main' : pkg.replace(/\/$/, '')} ${human(bytes)}`)
        .join(', ')})`;
    }
    console.log(`  ${item.success ? '✓' : '✗'} ${item.name}: ${item.success ? 'pass' : 'FAIL'} — ${item.text}${extra}`);
  }
  console.log(
    `  ${items.filter((i) => i.success).length}/${items.length} passed in ${report.quality.seconds.toFixed(1)} s`,
  );
  if (!items.length) fail('checkCodeQuality returned no items');
  for (const item of items) if (!item.success) fail(`checkCodeQuality ${item.name}: ${item.text}`);
  for (const err of report.quality.checkerErrors) fail(`checkCodeQuality checker error: ${err.split('\n')[0]}`);

  // ------------------------------------------------------------ 2. getCompiledResult
  console.log('\n2. getCompiledResult (settings from project.config.json)');
  t = Date.now();
  const compiled = await withTimeout(
    ci.getCompiledResult({ project, setting: { useProjectConfig: true }, onProgressUpdate: () => {} }),
    COMPILE_TIMEOUT_MS,
    'getCompiledResult',
  );
  report.compiled.seconds = (Date.now() - t) / 1000;
  const names = Object.keys(compiled);
  const distFiles = walk(distRoot).map((f) => path.relative(distRoot, f).split(path.sep).join('/'));
  report.compiled.fileCount = names.length;
  report.compiled.bytes = names.reduce((sum, n) => sum + Buffer.byteLength(compiled[n]), 0);
  report.compiled.distBytes = distFiles.reduce((sum, f) => sum + fs.statSync(path.join(distRoot, f)).size, 0);
  report.compiled.pages = pages.length;
  for (const file of ['app.js', 'app.json']) if (!(file in compiled)) report.compiled.missing.push(file);
  for (const page of pages) {
    for (const ext of ['js', 'json', 'wxml', 'wxss']) {
      const file = `${page}.${ext}`;
      const required = ext !== 'wxss' || distFiles.includes(file);
      if (required && !(file in compiled)) report.compiled.missing.push(file);
    }
  }
  console.log(
    `  ${names.length} files, ${human(report.compiled.bytes)} in ${report.compiled.seconds.toFixed(1)} s (build output ${distFiles.length} files, ${human(report.compiled.distBytes)})`,
  );
  console.log(
    `  ${pages.length} pages of app.json (subpackages included), ${report.compiled.missing.length} files missing`,
  );
  for (const file of report.compiled.missing) fail(`getCompiledResult has no ${file}`);
  // WeChat compresses WXML while compiling (setting.minifyWXML): the templates must come out smaller.
  const wxmlBytes = (list, size) => list.filter((f) => f.endsWith('.wxml')).reduce((sum, f) => sum + size(f), 0);
  report.compiled.wxmlBytes = wxmlBytes(names, (n) => Buffer.byteLength(compiled[n]));
  report.compiled.distWxmlBytes = wxmlBytes(distFiles, (f) => fs.statSync(path.join(distRoot, f)).size);
  console.log(
    `  WXML: ${human(report.compiled.distWxmlBytes)} in the build, ${human(report.compiled.wxmlBytes)} compiled`,
  );
  if (report.compiled.wxmlBytes >= report.compiled.distWxmlBytes) fail('getCompiledResult did not compress the WXML');
  if (!names.length) fail('getCompiledResult returned no files');

  // ------------------------------------------------------------ 3. Taro's output is minified
  console.log('\n3. Taro production build: JS and WXSS minified');
  // Minified output is a few very long lines; anything over 1 KB averaging under 500 characters
  // a line was not minified.
  for (const file of distFiles.filter((f) => /\.(js|wxss)$/.test(f))) {
    const text = fs.readFileSync(path.join(distRoot, file), 'utf8');
    if (text.length < 1024) continue;
    report.taroMinified.checked += 1;
    const lines = text.split('\n').length;
    if (text.length / lines < 500) report.taroMinified.notMinified.push(file);
  }
  console.log(
    `  ${report.taroMinified.checked} files over 1 KB, ${report.taroMinified.notMinified.length} not minified`,
  );
  for (const file of report.taroMinified.notMinified) fail(`${file} is not minified`);

  console.log(
    `\nNetwork: ${report.network.length ? report.network.map((l) => `${l} (refused)`).join(', ') : 'none attempted'}`,
  );
  if (report.network.length) console.log('  (on refusal miniprogram-ci uses its built-in file-extension whitelist)');
  proxy.close();
}

main()
  .catch((err) => fail(`miniprogram-ci error: ${err && err.stack ? err.stack : err}`))
  .finally(finish);
