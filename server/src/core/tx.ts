import type { DataSource, EntityManager } from 'typeorm';
import { retryTransaction } from './retry';

export const isMysql = (db: DataSource) => db.options.type === 'mysql';

/** Escapes a column name for raw SQL fragments in both dialects. */
export const col = (db: DataSource, name: string) => db.driver.escape(name);

// TypeORM gives SQLite one connection: two transactions open at once would nest as savepoints.
// Every transaction therefore takes turns on SQLite (one process there).
let turn: Promise<unknown> = Promise.resolve();

/**
 * A transaction of the notification jobs: READ COMMITTED on MySQL (row claims lock only the rows
 * they take, no gaps), retried when chosen as a deadlock victim; one at a time on SQLite.
 */
export function jobTransaction<T>(db: DataSource, run: (m: EntityManager) => Promise<T>): Promise<T> {
  if (isMysql(db)) return retryTransaction(() => db.transaction('READ COMMITTED', run));
  return exclusive(() => db.transaction(run));
}

/**
 * A command's transaction: READ COMMITTED on MySQL (no gap locks between concurrent inserts of
 * events, audit rows and messages — the sequence row's lock still orders document numbers),
 * retried as a whole when the database picks it as a deadlock victim. On SQLite it takes its turn
 * with every other transaction: two open at once on the one connection would nest as savepoints,
 * and one's rollback would undo the other's committed work.
 */
export function commandTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (isMysql(db)) return retryTransaction(() => db.transaction('READ COMMITTED', fn));
  return retryTransaction(() => exclusive(() => db.transaction(fn)));
}

/** Runs `work` when no other notification job work is using the SQLite connection. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = turn.then(work);
  turn = next.catch(() => undefined);
  return next;
}

/** Single statements outside a transaction: direct on MySQL, taking turns on SQLite. */
export function jobStatement<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  return isMysql(db) ? work() : exclusive(work);
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
