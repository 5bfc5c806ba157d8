import fs from 'fs';
import path from 'path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../db/entity';
import { MIGRATIONS } from '../db/migration';
import type { Env } from './env';

/**
 * One place that turns the environment into a TypeORM data source: MySQL/MariaDB when DB_URL
 * is set, the embedded SQLite file in DATA_DIR otherwise. Migrations run at start; never synchronize.
 */
export function dataSourceOptions(env: Env): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: false,
  };
  if (env.DB_URL) {
    return {
      ...common,
      type: 'mysql',
      url: env.DB_URL,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      connectTimeout: 5000,
      extra: { connectionLimit: 20 },
    };
  }
  const database = sqliteFile(env);
  fs.mkdirSync(path.dirname(database), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database,
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

/** The embedded database's file: DATA_DIR resolved against the working directory. */
function sqliteFile(env: Pick<Env, 'DATA_DIR'>): string {
  return path.join(path.resolve(env.DATA_DIR), 'recall.sqlite');
}

/** Which database the environment selects, for people to read (a MySQL URL without its password). */
export function describeDatabase(env: Pick<Env, 'DB_URL' | 'DATA_DIR'>): string {
  if (!env.DB_URL) return `SQLite 文件 ${sqliteFile(env)}`;
  const url = new URL(env.DB_URL);
  url.password = '';
  return `MySQL ${url.toString()}`;
}
