import { ChildProcess, execFile, spawn } from 'child_process';
import fs from 'fs';
import mysql from 'mysql2/promise';
import net from 'net';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

/**
 * Runs the built server (server/bootstrap.js) as a real process on a free port with a fresh
 * database: MariaDB when TEST_DB=mysql, a temp SQLite file otherwise.
 */
export const ROOT = path.resolve(__dirname, '../..');
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
export const MYSQL_BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export interface Db {
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** A database for one test file: TEST_DB's kind, or MariaDB when a test needs a server several processes share. */
export async function freshDb(tag: string, kind: 'mysql' | 'sqlite' = TEST_DB): Promise<Db> {
  // Photos live under DATA_DIR whatever the database: every test server gets its own.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `recall-${tag}-`));
  const db = await freshDatabase(tag, dir, kind);
  return {
    env: { DATA_DIR: dir, ...db.env },
    drop: async () => {
      await db.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshDatabase(tag: string, dir: string, kind: 'mysql' | 'sqlite'): Promise<Db> {
  if (kind === 'mysql') {
    const name = `recall_${tag}_${process.pid}`;
    const c = await mysql.createConnection(MYSQL_BASE).catch((e: Error) => {
      throw new Error(`MariaDB/MySQL is unreachable at ${MYSQL_BASE} (TEST_MYSQL_URL): ${e.message}`);
    });
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
    return {
      env: { DB_URL: `${MYSQL_BASE}/${name}` },
      drop: async () => {
        const d = await mysql.createConnection(MYSQL_BASE);
        await d.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await d.end();
      },
    };
  }
  return { env: { DATA_DIR: dir }, drop: async () => undefined };
}

/** How the server and the admin CLI name the database of `env`, as they print it. */
export function databaseDescription(env: Record<string, string>): string {
  return env.DB_URL ? `MySQL ${env.DB_URL}` : `SQLite 文件 ${path.join(env.DATA_DIR, 'recall.sqlite')}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const run = promisify(execFile);

/** The provisioning CLI, as an operator runs it. */
export async function admin(env: Record<string, string>, ...args: string[]) {
  try {
    const r = await run('node', [path.join(ROOT, 'server/bin/admin.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash or a power cut would. */
  kill: () => Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  let log = '';
  const proc = spawn('node', [path.join(ROOT, 'server/bootstrap.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DEV_LOGIN: 'on', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    proc,
    log: () => log,
    stop: () => signal(proc, 'SIGTERM'),
    kill: () => signal(proc, 'SIGKILL'),
  };
}

function signal(proc: ChildProcess, sig: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill(sig);
  });
}

/** The Suzhou bureau officer the browser suites sign in as (suzhou / suzhou-pass-1). */
export async function createSuzhouOfficer(db: Db): Promise<void> {
  const r = await admin(
    db.env,
    'user:create',
    '--role',
    'bureau',
    '--org',
    '320500',
    '--username',
    'suzhou',
    '--password',
    'suzhou-pass-1',
    '--name',
    '王科长',
  );
  if (r.code !== 0) throw new Error(`user:create failed: ${r.stderr}`);
}

/** The province account the fault tests sign in with, made through the admin CLI. */
export const PROVINCE_ACCOUNT = { username: 'js-admin', password: 'js-pass-123' };
export const createProvinceAccount = (env: Record<string, string>) =>
  admin(
    env,
    'user:create',
    '--role',
    'province',
    '--org',
    '320000',
    '--username',
    PROVINCE_ACCOUNT.username,
    '--password',
    PROVINCE_ACCOUNT.password,
  );

/** A staff account's bearer token, signed in with its password. */
export async function passwordToken(url: string, account: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  return ((await res.json()) as { token: string }).token;
}

/** An account for a registered e-commerce platform's staff (the operator's CLI, as for other staff). */
export async function createPlatformAccount(
  env: Record<string, string>,
  platformId: number,
  account: { username: string; password: string },
  name: string,
): Promise<void> {
  const r = await admin(
    env,
    'user:create',
    '--role',
    'platform',
    '--org',
    String(platformId),
    '--username',
    account.username,
    '--password',
    account.password,
    '--name',
    name,
  );
  if (r.code !== 0) throw new Error(`platform account: ${r.stderr}`);
}
