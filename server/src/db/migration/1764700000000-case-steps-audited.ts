import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { JSON_TEXT } from '../json-column';
import { col, createdAt, id, pairInOrder, type AuditLogRow } from './columns';

interface CaseEventRow {
  id: number;
  caseId: number;
  action: string;
  actorRole: string;
}

const CASE_STEP_ROWS =
  "SELECT * FROM audit_log WHERE entityType = 'case' AND action <> 'case.channel_count' ORDER BY id";

/**
 * A case step is written once, as its audit event (the timeline is read from audit_log). Each step
 * was written twice until now — a case_event row and an audit row in the same transaction, in the
 * same order — so the audit rows already hold every step but the actor's role: it is copied onto
 * them (paired per case in order; a row without its pair takes the account's role), then
 * case_event goes. `down` rebuilds case_event from the audit rows.
 */
@Provide()
export class CaseStepsAudited1764700000000 implements MigrationInterface {
  name = 'CaseStepsAudited1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const events: CaseEventRow[] = await q.query('SELECT id, caseId, action, actorRole FROM case_event ORDER BY id');
    const audits: AuditLogRow[] = await q.query(CASE_STEP_ROWS);
    const roles = new Map<number, string>(
      (await q.query('SELECT id, role FROM app_user')).map((u: { id: number; role: string }) => [Number(u.id), u.role]),
    );
    const pairs = pairInOrder(
      events,
      (e) => String(e.caseId),
      audits,
      (e, a) => `case.${e.action}` === a.action,
    );
    for (const a of audits) {
      const actorRole = pairs.get(Number(a.id))?.actorRole ?? roles.get(Number(a.actorId)) ?? 'admin';
      const detail = { note: null, documentIds: [], late: false, ...JSON_TEXT.from(a.detail), actorRole };
      await q.query('UPDATE audit_log SET detail = ? WHERE id = ?', [JSON_TEXT.to(detail), a.id]);
    }
    await q.dropTable('case_event');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'case_event',
        columns: [
          id(),
          col('caseId', 'int'),
          col('action', 'varchar', { length: '32' }),
          col('fromState', 'varchar', { length: '24', isNullable: true }),
          col('toState', 'varchar', { length: '24' }),
          col('actorId', 'int'),
          col('actorRole', 'varchar', { length: '16' }),
          col('note', 'text', { isNullable: true }),
          col('documentIds', 'varchar', { length: '200' }),
          col('late', 'boolean', { default: false }),
          createdAt(),
        ],
        indices: [{ columnNames: ['caseId'] }],
      }),
    );
    for (const a of (await q.query(CASE_STEP_ROWS)) as AuditLogRow[]) {
      const d = JSON_TEXT.from(a.detail) as {
        note: string | null;
        documentIds: number[];
        late: boolean;
        actorRole: string;
      };
      await q.query(
        'INSERT INTO case_event (caseId, action, fromState, toState, actorId, actorRole, note, documentIds, late, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          Number(a.entityId),
          a.action.slice('case.'.length),
          a.fromState,
          a.toState ?? '',
          a.actorId ?? 0,
          d.actorRole,
          d.note,
          JSON_TEXT.to(d.documentIds),
          d.late ? 1 : 0,
          a.createdAt,
        ],
      );
    }
  }
}
