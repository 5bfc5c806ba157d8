import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

/** Photos, clues, their timeline and which bureaus see them. */
@Provide()
export class Clues1764200000000 implements MigrationInterface {
  name = 'Clues1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const str = (name: string, length: number, nullable = false) =>
      col(name, 'varchar', { length: String(length), isNullable: nullable });
    await q.createTable(
      new Table({
        name: 'upload',
        columns: [
          col('id', 'varchar', { length: '36', isPrimary: true }),
          col('ownerId', 'int'),
          col('clueId', 'int', { isNullable: true }),
          str('mime', 32),
          col('width', 'int'),
          col('height', 'int'),
          col('bytes', 'int'),
          str('storageKey', 128),
          str('thumbKey', 128),
          createdAt(),
        ],
        indices: [{ columnNames: ['ownerId'] }, { columnNames: ['clueId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'clue',
        columns: [
          id(),
          str('receiptNo', 32),
          col('reporterId', 'int', { isNullable: true }),
          col('enteredBy', 'int', { isNullable: true }),
          str('source', 24),
          str('status', 16),
          str('categoryCode', 2),
          str('productName', 100),
          str('brand', 100),
          str('model', 100, true),
          str('batch', 100, true),
          str('productionDate', 10, true),
          str('gtin', 14, true),
          str('producerName', 200, true),
          str('producerUscc', 18, true),
          col('description', 'text'),
          str('injury', 8),
          col('fire', 'boolean', { default: false }),
          str('regionCode', 6),
          str('purchaseChannel', 100, true),
          col('contactEnc', 'text', { isNullable: true }),
          col('contactMasked', 'text', { isNullable: true }),
          str('bureauCode', 6),
          col('routingReason', 'text'),
          col('copiedTo', 'text'),
          col('flags', 'text'),
          col('mergedInto', 'int', { isNullable: true }),
          str('idempotencyKey', 64, true),
          createdAt(),
          updatedAt(),
        ],
        indices: [
          { columnNames: ['receiptNo'], isUnique: true },
          { columnNames: ['reporterId', 'idempotencyKey'], isUnique: true },
          { columnNames: ['bureauCode'] },
          { columnNames: ['gtin'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'clue_event',
        columns: [
          id(),
          col('clueId', 'int'),
          str('type', 16),
          str('bureauCode', 6, true),
          col('note', 'text'),
          col('actorId', 'int', { isNullable: true }),
          createdAt(),
        ],
        indices: [{ columnNames: ['clueId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'clue_bureau',
        columns: [
          col('clueId', 'int', { isPrimary: true }),
          col('bureauCode', 'varchar', { length: '6', isPrimary: true }),
          str('role', 8),
          col('readAt', 'datetime', { isNullable: true }),
        ],
        indices: [{ columnNames: ['bureauCode', 'clueId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['clue_bureau', 'clue_event', 'clue', 'upload']) await q.dropTable(t);
  }
}
