import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', 'SQLITE_BUSY']);
const ATTEMPTS = 10;

/**
 * Runs a transaction again when the database chose it as a deadlock victim (MySQL rolls it back
 * whole, so a retry is safe) or when it lost the race to create a sequence row.
 */
export async function retryTransaction<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      const code = (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (!(e instanceof QueryFailedError) || !code || !RETRYABLE.has(code) || attempt >= ATTEMPTS) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 25 * attempt));
    }
  }
}

/**
 * A command's transaction: READ COMMITTED on MySQL (no gap locks between concurrent inserts of
 * events, audit rows and messages — the sequence row's lock still orders document numbers),
 * retried as a whole when the database picks it as a deadlock victim.
 */
export function commandTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return retryTransaction(() =>
    db.options.type === 'mysql' ? db.transaction('READ COMMITTED', fn) : db.transaction(fn),
  );
}
