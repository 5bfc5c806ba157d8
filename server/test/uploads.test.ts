import { ZErrorBody } from '@recall/shared';
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import net from 'net';
import path from 'path';
import { startApp, TestApp } from './support/app';
import { phonePhoto } from './support/images';
import { until } from './support/until';
import { bearer, staff } from './support/users';

/**
 * Uploads over a real socket: a malformed multipart body is a 400 in Chinese, and an upload the
 * client abandons or cuts short leaves no file behind (temp dir or storage) and throws nothing.
 */
let t: TestApp;
let server: http.Server;
let port: number;
let token: string;
let officer: string;
const uncaught: unknown[] = [];
const record = (e: unknown) => uncaught.push(e);
let printed = '';
const stderrWrite = process.stderr.write;

const BOUNDARY = '----recallboundary7MA4YWxk';
const tempDir = () => path.join(t.dataDir, 'tmp');
const storedFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
        const p = path.join(dir, d.name);
        return d.isDirectory() ? storedFiles(p) : [p];
      })
    : [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function partHead(name = 'photo.jpg') {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      'Content-Type: image/jpeg\r\n\r\n',
  );
}

function requestHead(length: number, contentType = `multipart/form-data; boundary=${BOUNDARY}`) {
  return (
    `POST /api/uploads HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
    `Content-Type: ${contentType}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`
  );
}

/** Sends a whole request over a raw socket and returns the status and parsed body of the answer. */
function rawRequest(head: string, body: Buffer): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => {
      // Not end(): a half-closed socket is an abandoned request to Node's HTTP server.
      s.write(head);
      s.write(body);
    });
    let raw = '';
    s.on('data', (c) => (raw += c));
    s.on('error', reject);
    s.on('close', () => {
      const [top, ...rest] = raw.split('\r\n\r\n');
      const text = rest.join('\r\n\r\n');
      const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
      if (!json) return reject(new Error(`no JSON body in the answer: ${raw}`));
      resolve({ status: Number(top.split(' ')[1]), body: JSON.parse(json) });
    });
  });
}

/**
 * Announces a 4 MB photo, sends `sent` bytes of it, waits until the server has started writing the
 * temp file, then drops the connection, as a phone losing its signal does.
 */
async function abandonUpload(sent: number) {
  const body = Buffer.concat([partHead(), Buffer.alloc(sent, 0xff)]);
  const s = net.connect(port, '127.0.0.1');
  await new Promise((r) => s.once('connect', r));
  s.write(requestHead(4 * 1024 * 1024));
  s.write(body);
  const started = await until(() => storedFiles(tempDir()).length > 0);
  s.destroy();
  return started;
}

const answers = async () => (await t.http().get('/api/health')).status;

beforeAll(async () => {
  t = await startApp();
  server = http.createServer(t.app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  token = (await t.http().post('/api/auth/dev').send({ deviceId: 'upload-device-1' })).body.token;
  officer = await staff(t, { role: 'province', org: '320000', username: 'js-up', password: 'province-pass' });
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  // What the server logs at error level (the logger writes errors to stderr).
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    printed += String(chunk);
    return (stderrWrite as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  }) as typeof process.stderr.write;
});
afterAll(async () => {
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
  process.stderr.write = stderrWrite;
  await new Promise((r) => server.close(r));
  await t.close();
});
afterEach(() => {
  expect(uncaught).toEqual([]);
  // A client that gave up is not a server error: nothing logged as one (4xx lines are info).
  expect(printed).toBe('');
});

test('temp files a killed process left over an hour ago are swept when uploads start; fresh ones stay', async () => {
  fs.mkdirSync(tempDir(), { recursive: true });
  const stale = path.join(tempDir(), 'upload-left-by-a-crash');
  const fresh = path.join(tempDir(), 'upload-being-received');
  fs.writeFileSync(stale, 'partial');
  fs.writeFileSync(fresh, 'partial');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
  await t.http().post('/api/uploads').set(bearer(token)).attach('file', Buffer.from('not an image'), 'x.jpg');
  expect(await until(() => !fs.existsSync(stale))).toBe(true);
  expect(fs.existsSync(fresh)).toBe(true);
  fs.rmSync(fresh);
});

test('three uploads abandoned midway leave no file in the temp dir or in storage, and the server answers', async () => {
  for (let i = 0; i < 3; i++) {
    expect(await abandonUpload(1024 * 1024)).toBe(true); // the partial file did exist
    expect(await until(() => storedFiles(tempDir()).length === 0)).toBe(true);
  }
  await sleep(200);
  expect(storedFiles(tempDir())).toEqual([]);
  expect(storedFiles(path.join(t.dataDir, 'uploads'))).toEqual([]);
  expect(await answers()).toBe(200);
});

test('a connection dropped right after the headers leaves nothing and throws nothing', async () => {
  const s = net.connect(port, '127.0.0.1');
  await new Promise((r) => s.once('connect', r));
  s.write(requestHead(4 * 1024 * 1024));
  await sleep(100);
  s.destroy();
  await sleep(200);
  expect(storedFiles(tempDir())).toEqual([]);
  expect(await answers()).toBe(200);
});

test('a body cut short before its closing boundary is a 400 in Chinese and leaves no file', async () => {
  const body = Buffer.concat([partHead(), Buffer.alloc(512 * 1024, 0xff)]); // no closing boundary
  const res = await rawRequest(requestHead(body.length), body);
  expect(res.status).toBe(400);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.code).toBe('MALFORMED_UPLOAD');
  expect(error.message).toBe('上传内容格式不正确或不完整，请重新上传');
  expect(error.issues).toEqual([{ path: 'file', message: '上传内容不完整' }]);
  expect(await until(() => storedFiles(tempDir()).length === 0)).toBe(true);
  expect(await answers()).toBe(200);
});

test('multipart/form-data without a boundary is a 400 naming the file, not a 500', async () => {
  const body = Buffer.concat([partHead(), Buffer.from('x'), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  const res = await rawRequest(requestHead(body.length, 'multipart/form-data'), body);
  expect(res.status).toBe(400);
  expect(ZErrorBody.parse(res.body).error).toMatchObject({ code: 'MALFORMED_UPLOAD', issues: [{ path: 'file' }] });
  // The recall import reads multipart the same way.
  const imported = await t
    .http()
    .post('/api/recalls/import')
    .set(bearer(officer))
    .set('Content-Type', 'multipart/form-data')
    .send('--x\r\n');
  expect(imported.status).toBe(400);
  expect(ZErrorBody.parse(imported.body).error.message).toBe('上传内容格式不正确或不完整，请重新上传');
});

test('garbage where the parts belong is a 400 in Chinese', async () => {
  const body = Buffer.from('这不是表单 \u0000\u0001 garbage without any boundary line');
  const res = await rawRequest(requestHead(body.length), body);
  expect(res.status).toBe(400);
  expect(ZErrorBody.parse(res.body).error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(storedFiles(tempDir())).toEqual([]);
});

test('a whole photo still goes in, and its temp file is gone once it is stored', async () => {
  const res = await t
    .http()
    .post('/api/uploads')
    .set(bearer(token))
    .attach('file', await phonePhoto(), 'photo.jpg');
  expect(res.status).toBe(201);
  expect(storedFiles(tempDir())).toEqual([]);
  if (fs.existsSync(path.join(t.dataDir, 'uploads'))) {
    expect(storedFiles(path.join(t.dataDir, 'uploads'))).toHaveLength(2); // the photo and its thumbnail
  }
});
