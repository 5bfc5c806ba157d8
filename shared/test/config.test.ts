import fs from 'fs';
import { PROVINCE_PROFILES } from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, target } = require('../scripts/embed-config.js');

test('the embedded config matches config/ (run `npm run build -w @recall/shared` after editing config)', () => {
  expect(fs.readFileSync(target, 'utf8')).toBe(generate());
});

test.each(Object.values(PROVINCE_PROFILES).map((p) => [p.id, p]))(
  '%s profile: every city bureau is in the province',
  (_id, p) => {
    for (const b of p.cityBureaus) expect(b.code.slice(0, 2)).toBe(p.regionCode.slice(0, 2));
  },
);
