import { QueryFailedError } from 'typeorm';

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

/** Whether the database refused a row for a unique index (MySQL/MariaDB or SQLite). */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const code = (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
