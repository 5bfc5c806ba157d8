import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

const str = (name: string, length: number, nullable = false) =>
  col(name, 'varchar', { length: String(length), isNullable: nullable });
const int = (name: string, nullable = false) => col(name, 'int', { isNullable: nullable });
const text = (name: string, nullable = false) => col(name, 'text', { isNullable: nullable });
const bool = (name: string) => col(name, 'boolean', { default: false });

/** The case workflow (苏市监规〔2025〕8号): cases, documents, numbering, invitations, recall participation. */
@Provide()
export class Cases1764400000000 implements MigrationInterface {
  name = 'Cases1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'recall_case',
        columns: [
          id(),
          str('bureauCode', 6),
          str('producerUscc', 18),
          str('producerName', 200),
          str('productName', 100),
          str('brand', 100, true),
          str('model', 100, true),
          str('categoryCode', 2),
          text('summary'),
          int('clueId', true),
          bool('voluntary'),
          str('state', 24),
          str('discoveredOn', 10),
          str('dueKind', 24, true),
          str('dueOn', 10, true),
          bool('dueProvisional'),
          str('stageDueOn', 10, true),
          col('stageSummaries', 'int', { default: 0 }),
          str('recallStartOn', 10, true),
          int('recallId', true),
          col('version', 'int', { default: 1 }),
          createdAt(),
          updatedAt(),
        ],
        indices: [
          { columnNames: ['bureauCode'] },
          { columnNames: ['producerUscc'] },
          { columnNames: ['state'] },
          { columnNames: ['dueOn'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_document',
        columns: [
          id(),
          int('caseId'),
          str('docType', 32),
          str('docNo', 100, true),
          str('bureauCode', 6, true),
          int('year', true),
          int('seq', true),
          str('party', 10),
          text('data'),
          str('issuedOn', 10),
          int('createdBy'),
          int('receiptDocId', true),
          int('forDocId', true),
          createdAt(),
        ],
        indices: [
          { columnNames: ['caseId'] },
          // A document number is never issued twice.
          { columnNames: ['bureauCode', 'docType', 'year', 'seq'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_event',
        columns: [
          id(),
          int('caseId'),
          str('action', 32),
          str('fromState', 24, true),
          str('toState', 24),
          int('actorId'),
          str('actorRole', 16),
          text('note', true),
          str('documentIds', 200),
          bool('late'),
          createdAt(),
        ],
        indices: [{ columnNames: ['caseId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'doc_sequence',
        columns: [str('bureauCode', 6), str('docType', 32), int('year'), col('lastNo', 'int', { default: 0 })].map(
          (c) => (c.name === 'lastNo' ? c : { ...c, isPrimary: true }),
        ),
      }),
    );
    await q.createTable(
      new Table({
        name: 'producer_invitation',
        columns: [
          col('code', 'varchar', { length: '8', isPrimary: true }),
          str('producerUscc', 18),
          str('producerName', 200),
          int('createdBy'),
          col('expiresAt', 'datetime'),
          int('usedBy', true),
          col('usedAt', 'datetime', { isNullable: true }),
          createdAt(),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recall_request',
        columns: [
          id(),
          int('recallId'),
          int('userId'),
          str('idempotencyKey', 64, true),
          str('status', 16),
          str('batch', 100, true),
          str('productionDate', 10, true),
          int('quantity'),
          str('labelPhotoId', 36, true),
          str('preferredRemedy', 16),
          text('contactEnc'),
          text('note', true),
          str('scheduledOn', 10, true),
          str('completedRemedy', 16, true),
          text('rejectReason', true),
          createdAt(),
          updatedAt(),
        ],
        indices: [
          { columnNames: ['recallId'] },
          { columnNames: ['status'] },
          { columnNames: ['userId', 'idempotencyKey'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recall_request_event',
        columns: [id(), int('requestId'), str('status', 16), text('note', true), int('actorId'), createdAt()],
        indices: [{ columnNames: ['requestId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recall_channel_count',
        columns: [
          col('caseId', 'int', { isPrimary: true }),
          col('channel', 'varchar', { length: '50', isPrimary: true }),
          int('units'),
          updatedAt(),
        ],
      }),
    );
    await q.addColumn('recall', new TableColumn({ name: 'caseId', type: 'int', isNullable: true }));
    await q.addColumn('recall', new TableColumn({ name: 'pressRelease', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('recall', 'pressRelease');
    await q.dropColumn('recall', 'caseId');
    for (const t of [
      'recall_channel_count',
      'recall_request_event',
      'recall_request',
      'producer_invitation',
      'doc_sequence',
      'case_event',
      'case_document',
      'recall_case',
    ]) {
      await q.dropTable(t);
    }
  }
}
