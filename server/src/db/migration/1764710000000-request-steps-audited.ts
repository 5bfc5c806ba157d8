import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { JSON_TEXT } from '../json-column';
import { col, createdAt, id, type AuditLogRow } from './columns';

/**
 * A remedy request's step is written once, as its audit event (the request's timeline is read from
 * audit_log). Every recall_request_event row was written with an audit row in the same transaction
 * holding the same status, note and actor, so nothing needs copying: recall_request_event goes.
 * `down` rebuilds it from the audit rows.
 */
@Provide()
export class RequestStepsAudited1764710000000 implements MigrationInterface {
  name = 'RequestStepsAudited1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.dropTable('recall_request_event');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'recall_request_event',
        columns: [
          id(),
          col('requestId', 'int'),
          col('status', 'varchar', { length: '16' }),
          col('note', 'text', { isNullable: true }),
          col('actorId', 'int'),
          createdAt(),
        ],
        indices: [{ columnNames: ['requestId'] }],
      }),
    );
    const rows: AuditLogRow[] = await q.query(
      "SELECT * FROM audit_log WHERE entityType = 'recall_request' ORDER BY id",
    );
    for (const r of rows) {
      const note = (JSON_TEXT.from(r.detail) as { note: string } | null)?.note ?? null;
      await q.query(
        'INSERT INTO recall_request_event (requestId, status, note, actorId, createdAt) VALUES (?, ?, ?, ?, ?)',
        [Number(r.entityId), r.toState, note, r.actorId, r.createdAt],
      );
    }
  }
}
