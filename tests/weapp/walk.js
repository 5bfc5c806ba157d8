'use strict';
const fs = require('fs');
const path = require('path');

/** Every file below `dir`, recursively (the weapp build is small enough to list whole). */
function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

module.exports = { walk };
