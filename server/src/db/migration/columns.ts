import { QueryRunner, TableColumnOptions } from 'typeorm';

/** Column helpers shared by migrations, so both dialects get the same shapes. */
export const col = (name: string, type: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type,
  isNullable: false,
  ...extra,
});

export const id = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer', // SQLite autoincrements only an INTEGER PRIMARY KEY; MySQL reads it as INT
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const createdAt = (): TableColumnOptions => col('createdAt', 'datetime', { default: 'CURRENT_TIMESTAMP' });
export const updatedAt = (): TableColumnOptions => col('updatedAt', 'datetime', { default: 'CURRENT_TIMESTAMP' });

/** Chinese text needs utf8mb4 on MySQL whatever the server's default is. */
export async function mysqlUtf8mb4(q: QueryRunner): Promise<void> {
  if (q.connection.options.type !== 'mysql') return;
  await q.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
}

/** An audit_log row as a raw query returns it (migrations that move records into the audit trail read these). */
export interface AuditLogRow {
  id: number;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState: string | null;
  toState: string | null;
  detail: string | null;
  createdAt: unknown;
}

/**
 * Pairs each audit row with the old event row that was written with it: the first not yet paired
 * of the same entity that `matches` it, both lists in id order (the two were written in the same
 * transaction, in the same order). Audit rows without a pair are left out.
 */
export function pairInOrder<E>(
  events: E[],
  entityOf: (e: E) => string,
  audits: AuditLogRow[],
  matches: (e: E, a: AuditLogRow) => boolean,
): Map<number, E> {
  const pending = new Map<string, E[]>();
  for (const e of events) pending.set(entityOf(e), [...(pending.get(entityOf(e)) ?? []), e]);
  const pairs = new Map<number, E>();
  for (const a of audits) {
    const queue = pending.get(String(a.entityId)) ?? [];
    const i = queue.findIndex((e) => matches(e, a));
    if (i >= 0) pairs.set(Number(a.id), queue.splice(i, 1)[0]);
  }
  return pairs;
}
