import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { ZErrorBody } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { staticCacheControl } from '../src/core/static-cache';

/** The h5 app on a phone: hashed files kept for a year and sent compressed, the page always fresh. */
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-h5-'));
const script = `console.log(${JSON.stringify('召回'.repeat(2000))});`;
fs.mkdirSync(path.join(webRoot, 'js'));
fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>缺陷消费品召回</title>');
fs.writeFileSync(path.join(webRoot, 'js', 'app.3f29576defb65495.js'), script);
fs.writeFileSync(path.join(webRoot, 'favicon.png'), Buffer.alloc(64));
// The h5 build writes a brotli copy beside each script and style.
const styled = `.a{content:${JSON.stringify('召回'.repeat(2000))}}`;
fs.mkdirSync(path.join(webRoot, 'css'));
fs.writeFileSync(path.join(webRoot, 'css', 'app.5006e48d5a81a1c9.css'), styled);
fs.writeFileSync(path.join(webRoot, 'css', 'app.5006e48d5a81a1c9.css.br'), zlib.brotliCompressSync(styled));
// A file where an API path would be: the API is never looked up among the files.
fs.mkdirSync(path.join(webRoot, 'api'));
fs.writeFileSync(path.join(webRoot, 'api', 'notes.txt'), '不应被当作接口返回');

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

test('a browser that takes brotli gets the brotli copy the build wrote, kept for a year; others get gzip', async () => {
  const raw = (res: { on: (e: string, f: (c?: Buffer) => void) => void }, done: (e: null, b: Buffer) => void) => {
    const parts: Buffer[] = [];
    res.on('data', (c) => parts.push(c as Buffer));
    res.on('end', () => done(null, Buffer.concat(parts)));
  };
  const res = await t
    .http()
    .get('/css/app.5006e48d5a81a1c9.css')
    .set('Accept-Encoding', 'gzip, deflate, br')
    .buffer(true)
    .parse(raw);
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBe('br');
  expect(res.headers['content-type']).toContain('text/css');
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers.vary).toContain('Accept-Encoding');
  expect(zlib.brotliDecompressSync(res.body as Buffer).toString()).toBe(styled);

  const gzip = await t.http().get('/css/app.5006e48d5a81a1c9.css').set('Accept-Encoding', 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.text).toBe(styled);
  // Without a brotli copy (the script above) the static files answer as before, and a made-up name is a 404.
  const plain = await t.http().get('/js/app.3f29576defb65495.js').set('Accept-Encoding', 'br, gzip');
  expect(plain.headers['content-encoding']).toBe('gzip');
  expect((await t.http().get('/js/nothing.3f29576defb65495.js').set('Accept-Encoding', 'br')).status).toBe(404);
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

test('a path under /api/ is the API’s, never a file of the h5 build', async () => {
  const res = await t.http().get('/api/notes.txt');
  expect(res.status).toBe(404);
  expect(res.text).not.toContain('不应被当作接口返回');
  expect(ZErrorBody.parse(res.body).error.code).toBe('NOT_FOUND');
});
