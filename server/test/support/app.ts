import { destroyGlobalApplicationContext, getCurrentApplicationContext } from '@midwayjs/core';
import { close, createApp, createHttpRequest } from '@midwayjs/mock';
import type { Framework, Application } from '@midwayjs/koa';
import fs from 'fs';
import mysql from 'mysql2/promise';
import os from 'os';
import path from 'path';

/**
 * Boots the real server for a test file on a fresh database: MariaDB/MySQL when TEST_DB=mysql
 * (a new database per app, dropped afterwards; unreachable MySQL fails the suite, never falls
 * back), embedded SQLite in a temp dir otherwise. One app per test file: Midway keeps route
 * metadata per module, and jest loads each module once per file.
 */
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
export const MYSQL_BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export interface TestApp {
  app: Application;
  http: () => ReturnType<typeof createHttpRequest>;
  close: () => Promise<void>;
  dbName: string;
  /** This app's own DATA_DIR (photos, upload temp files), whatever the database. */
  dataDir: string;
}

let counter = 0;

async function freshDatabase(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void>; dbName: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-test-'));
  const removeDir = async () => fs.rmSync(dir, { recursive: true, force: true });
  if (TEST_DB === 'mysql') {
    const dbName = `recall_t${process.pid}_${++counter}_${Date.now() % 100000}`;
    const conn = await mysql.createConnection(MYSQL_BASE);
    await conn.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    const drop = async () => {
      const c = await mysql.createConnection(MYSQL_BASE);
      await c.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
      await c.end();
      await removeDir();
    };
    return { env: { DB_URL: `${MYSQL_BASE}/${dbName}`, DATA_DIR: dir }, cleanup: drop, dbName };
  }
  return { env: { DATA_DIR: dir }, cleanup: removeDir, dbName: dir };
}

/** `via`: on MySQL, reach the database through this local port (a proxy, see tcp-proxy.ts). */
export async function startApp(env: Record<string, string> = {}, opts: { via?: number } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  if (opts.via && db.env.DB_URL) {
    const url = new URL(db.env.DB_URL);
    url.hostname = '127.0.0.1';
    url.port = String(opts.via);
    db.env.DB_URL = url.toString();
  }
  const saved = { ...process.env };
  delete process.env.DB_URL;
  delete process.env.DATA_DIR;
  Object.assign(
    process.env,
    {
      NODE_ENV: 'unittest',
      DEMO_DATA: 'off',
      DEV_LOGIN: 'on',
      WEB_ROOT: path.join(__dirname, '../../fallback'),
      // Apps on one Redis (REDIS_URL) never see each other's counters, in this run or a parallel one.
      REDIS_PREFIX: `recall-test:${process.pid}:${++counter}:${Date.now()}:`,
    },
    db.env,
    env,
  );
  const appDir = path.join(__dirname, '../..');
  try {
    const app = await createApp<Framework>(appDir, { baseDir: path.join(appDir, 'src') });
    return {
      app,
      dbName: db.dbName,
      dataDir: env.DATA_DIR ?? db.env.DATA_DIR,
      http: () => createHttpRequest(app),
      close: async () => {
        await close(app);
        await db.cleanup();
      },
    };
  } catch (e) {
    // A start refused halfway (e.g. Redis unreachable) leaves the database pool open: close it.
    await destroyGlobalApplicationContext(getCurrentApplicationContext()).catch(() => undefined);
    await db.cleanup();
    throw e;
  } finally {
    process.env = saved;
  }
}
