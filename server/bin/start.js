#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources, then runs the server.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((max, f) => Math.max(max, newestMtime(path.join(p, f))), st.mtimeMs);
}

const steps = [
  {
    name: '@recall/shared',
    inputs: ['shared/src', 'shared/scripts', 'config'],
    output: 'shared/dist/esm/index.js',
    cmd: 'npm run build -w @recall/shared',
  },
  {
    name: '@recall/server',
    inputs: ['server/src', 'shared/dist'],
    output: 'server/dist/configuration.js',
    cmd: 'npm run build -w @recall/server',
  },
  {
    name: 'h5',
    inputs: ['miniapp/src', 'miniapp/config', 'shared/dist'],
    output: 'miniapp/dist/h5/index.html',
    cmd: 'npm run build:h5 -w @recall/miniapp',
  },
];

for (const s of steps) {
  const out = path.join(root, s.output);
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  const source = Math.max(...s.inputs.map((i) => newestMtime(path.join(root, i))));
  if (built >= source) continue;
  console.log(`[start] building ${s.name} …`);
  // Always a production build: Taro under NODE_ENV=development emits a React Refresh bundle that
  // cannot run without its dev server ($RefreshReg$ is not defined), a blank page.
  execSync(s.cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

require('../bootstrap');
