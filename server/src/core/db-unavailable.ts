/**
 * Whether an error means the database cannot be reached right now (refused, lost, timed out, too
 * many connections, SQLite busy), as opposed to a bug or bad data: the first is a 503 the client may
 * retry, the second a 500. TypeORM wraps driver errors (QueryFailedError.driverError) and copies
 * their code, so the chain is walked.
 */
const UNAVAILABLE_CODES = new Set([
  // Sockets (mysql2 connect/read errors carry the system code).
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // mysql2 protocol and server states.
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  // SQLite: another writer held the lock beyond busy_timeout.
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

interface DriverError {
  code?: unknown;
  fatal?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = err as DriverError | undefined; e && typeof e === 'object' && !seen.has(e);) {
    seen.add(e);
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    // mysql2 marks errors that closed the connection as fatal; a pooled connection found closed says so.
    if (e.fatal === true) return true;
    if (typeof e.message === 'string' && /connection is in closed state|Pool is closed/i.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as DriverError | undefined;
  }
  return false;
}
