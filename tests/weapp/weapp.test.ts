import { execFileSync } from 'child_process';
import path from 'path';

/**
 * The weapp build as WeChat would take it: main package within our 800 KB budget (WeChat allows
 * 2 MB), total under 20 MB, and every WXML/WXSS compiling with WeChat's own Linux compilers
 * (tests/weapp/check.js; run after `npm run build:weapp`).
 */
test('the weapp build fits WeChat limits and its templates compile', () => {
  let out = '';
  try {
    out = execFileSync('node', [path.join(__dirname, 'check.js')], { encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`weapp check failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
  console.log(out);
  expect(out).toMatch(/main package: [\d.]+ (KB|MB), [\d,]+ bytes \(budget 800,000 bytes/);
  expect(out).toContain('weapp check passed');
});
