import fs from 'fs';
import os from 'os';
import path from 'path';
import { startApp, TestApp } from './support/app';
import { staticCacheControl } from '../src/core/static-cache';

/** The h5 app on a phone: hashed files kept for a year and sent compressed, the page always fresh. */
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-h5-'));
const script = `console.log(${JSON.stringify('召回'.repeat(2000))});`;
fs.mkdirSync(path.join(webRoot, 'js'));
fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>缺陷消费品召回</title>');
fs.writeFileSync(path.join(webRoot, 'js', 'app.3f29576defb65495.js'), script);
fs.writeFileSync(path.join(webRoot, 'favicon.png'), Buffer.alloc(64));

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ WEB_ROOT: webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

test('a content-hashed script is kept for a year and sent gzip-compressed', async () => {
  const res = await t.http().get('/js/app.3f29576defb65495.js').set('Accept-Encoding', 'gzip');
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers['content-encoding']).toBe('gzip');
  expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(script) / 4);
  expect(res.text).toBe(script);
});

test('the page itself and unhashed files are revalidated, so a new release shows at once', async () => {
  for (const url of ['/', '/favicon.png']) {
    const res = await t.http().get(url);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  }
});

test('API answers are not made cacheable', async () => {
  const res = await t.http().get('/api/health');
  expect(res.headers['cache-control'] ?? '').not.toContain('immutable');
  expect(staticCacheControl('/api/recalls')).toBeUndefined();
  expect(staticCacheControl('/css/2393.679d3a00abf89b805896.css')).toContain('immutable');
  expect(staticCacheControl('/js/app.js')).toBe('no-cache');
});
