import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { JSON_TEXT } from '../json-column';
import { col, createdAt, id, pairInOrder, type AuditLogRow } from './columns';

interface ClueEventRow {
  id: number;
  clueId: number;
  type: string;
  bureauCode: string | null;
  note: string;
  actorId: number | null;
  createdAt: unknown;
}

const STEPS = ['clue.accepted', 'clue.rejected', 'clue.transferred', 'clue.merged'];
const CLUE_ROWS = "SELECT * FROM audit_log WHERE entityType = 'clue' ORDER BY id";
const INSERT_EVENT =
  'INSERT INTO clue_event (clueId, type, bureauCode, note, actorId, createdAt) VALUES (?, ?, ?, ?, ?, ?)';

/**
 * A clue's step is written once, as its audit event (the clue's timeline is read from audit_log).
 * Until now each step was written twice — a clue_event row and an audit row, in the same
 * transaction. The audit rows of the bureau's steps take the bureau that acted (`by`, from their
 * clue_event pair: same clue, same type, in order; else the actor's bureau), then clue_event goes.
 * 已提交 / 已分派 / 已抄送 are read from `clue.created` and the clue itself, 已立案调查 from the
 * `case.open` event of the case opened from the clue. `down` rebuilds clue_event.
 */
@Provide()
export class ClueStepsAudited1764720000000 implements MigrationInterface {
  name = 'ClueStepsAudited1764720000000';

  async up(q: QueryRunner): Promise<void> {
    const events: ClueEventRow[] = await q.query('SELECT * FROM clue_event ORDER BY id');
    const orgs = new Map<number, string>(
      (await q.query('SELECT id, orgCode FROM app_user')).map((u: { id: number; orgCode: string | null }) => [
        Number(u.id),
        u.orgCode ?? '',
      ]),
    );
    const steps = ((await q.query(CLUE_ROWS)) as AuditLogRow[]).filter((a) => STEPS.includes(a.action));
    const pairs = pairInOrder(
      events,
      (e) => String(e.clueId),
      steps,
      (e, a) => `clue.${e.type}` === a.action,
    );
    for (const a of steps) {
      const by = pairs.get(Number(a.id))?.bureauCode ?? orgs.get(Number(a.actorId)) ?? '';
      const detail = { ...(JSON_TEXT.from(a.detail) as object), by };
      await q.query('UPDATE audit_log SET detail = ? WHERE id = ?', [JSON_TEXT.to(detail), a.id]);
    }
    await q.dropTable('clue_event');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'clue_event',
        columns: [
          id(),
          col('clueId', 'int'),
          col('type', 'varchar', { length: '16' }),
          col('bureauCode', 'varchar', { length: '6', isNullable: true }),
          col('note', 'text'),
          col('actorId', 'int', { isNullable: true }),
          createdAt(),
        ],
        indices: [{ columnNames: ['clueId'] }],
      }),
    );
    const clues = new Map<string, { routingReason: string; enteredBy: number | null }>(
      (await q.query('SELECT id, routingReason, enteredBy FROM clue')).map(
        (c: { id: number; routingReason: string; enteredBy: number | null }) => [String(c.id), c],
      ),
    );
    const names = new Map<string, string>(
      (await q.query('SELECT code, name FROM bureau')).map((b: { code: string; name: string }) => [b.code, b.name]),
    );
    const rows = [...(await q.query(CLUE_ROWS)), ...(await this.casesOpened(q))].sort((x, y) => x.id - y.id);
    for (const a of rows) {
      const d = JSON_TEXT.from(a.detail) as { note: string; by: string; bureau: string; copiedTo: string[] };
      const row = (type: string, bureauCode: string | null, note: string, actorId: number | null) =>
        q.query(INSERT_EVENT, [Number(a.clueId ?? a.entityId), type, bureauCode, note, actorId, a.createdAt]);
      if ('clueId' in a) {
        await row('case_opened', a.bureauCode, '监管部门已立案，将依法通知生产者开展调查分析', a.actorId);
      } else if (a.action === 'clue.created') {
        const clue = clues.get(a.entityId);
        await row('received', null, clue?.enteredBy ? '工作人员录入线索' : '报告已提交', a.actorId);
        await row('routed', d.bureau, clue?.routingReason ?? '', null);
        for (const code of d.copiedTo) await row('copied', code, `已同时告知${names.get(code) ?? code}`, null);
      } else await row(a.action.slice('clue.'.length), d.by, d.note, a.actorId);
    }
  }

  /** The `open` event of every case opened from a clue, with that clue and the case's bureau. */
  private async casesOpened(q: QueryRunner): Promise<Array<AuditLogRow & { clueId: number; bureauCode: string }>> {
    const cases = new Map<string, { clueId: number; bureauCode: string }>(
      (await q.query('SELECT id, clueId, bureauCode FROM recall_case WHERE clueId IS NOT NULL')).map(
        (c: { id: number; clueId: number; bureauCode: string }) => [String(c.id), c],
      ),
    );
    const opens: AuditLogRow[] = await q.query(
      "SELECT * FROM audit_log WHERE entityType = 'case' AND action = 'case.open'",
    );
    return opens.flatMap((a) => {
      const c = cases.get(String(a.entityId));
      return c ? [{ ...a, id: Number(a.id), clueId: Number(c.clueId), bureauCode: c.bureauCode }] : [];
    });
  }
}
