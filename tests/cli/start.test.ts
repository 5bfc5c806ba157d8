import { ChildProcess, spawn } from 'child_process';
import path from 'path';
import { databaseDescription, Db, freePort, freshDb, ROOT } from '../support/server';

/** `npm start` as a new user runs it: it says where it serves, and it answers there at once. */
let db: Db;
let proc: ChildProcess | undefined;
beforeAll(async () => {
  db = await freshDb('start');
});
afterAll(async () => {
  if (proc && proc.exitCode === null) {
    const exited = new Promise((r) => proc!.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
  await db.drop();
});

/** Resolves with the first output line matching `re`; rejects if the process exits first. */
function lineMatching(child: ChildProcess, re: RegExp): Promise<string> {
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      const line = out.split('\n').find((l) => re.test(l));
      if (line) resolve(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
  });
}

test('npm start prints the URL it serves and its database, and answers there when it says so', async () => {
  const port = await freePort();
  proc = spawn('node', [path.join(ROOT, 'server/bin/start.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), ...db.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await lineMatching(proc, /http:\/\/localhost:\d+/);
  expect(line).toBe(`缺陷消费品召回已在 http://localhost:${port} 提供服务（数据库：${databaseDescription(db.env)}）`);
  // No retry: the line appears only once the port listens.
  const health = await fetch(`http://localhost:${port}/api/health`);
  expect(health.status).toBe(200);
  const home = await fetch(`http://localhost:${port}/`);
  expect(home.headers.get('content-type')).toContain('text/html');
}, 300_000);
