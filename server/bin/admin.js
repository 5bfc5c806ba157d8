#!/usr/bin/env node
// `npm run admin -- <command>`: the provisioning CLI. Boots the compiled server without listening.
const path = require('path');
const { execSync } = require('child_process');
const fs = require('fs');

const root = path.resolve(__dirname, '../..');
if (!fs.existsSync(path.join(root, 'server/dist/cli/admin.js'))) {
  execSync('npm run build -w @recall/shared && npm run build -w @recall/server', { cwd: root, stdio: 'inherit' });
}
process.env.MIDWAY_CLI = '1';
require('../dist/cli/admin.js')
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
