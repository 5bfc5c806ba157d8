import fs from 'fs';
import path from 'path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entity';
import { MIGRATIONS } from '../migration';
import type { Env } from '../env';

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
  const dir = path.resolve(env.DATA_DIR);
  fs.mkdirSync(dir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path.join(dir, 'recall.sqlite'),
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
