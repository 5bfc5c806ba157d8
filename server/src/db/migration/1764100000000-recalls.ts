import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

/** Recalls, their revisions, their scope rows (GTIN / model / batch) and the change counter. */
@Provide()
export class Recalls1764100000000 implements MigrationInterface {
  name = 'Recalls1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const text = (name: string, nullable = false) => col(name, 'text', { isNullable: nullable });
    const str = (name: string, length: number, nullable = false) =>
      col(name, 'varchar', { length: String(length), isNullable: nullable });
    await q.createTable(
      new Table({
        name: 'recall',
        columns: [
          id(),
          str('recallNo', 64),
          str('title', 200),
          str('producerName', 200),
          str('producerUscc', 18, true),
          str('productName', 200),
          str('brand', 100, true),
          str('categoryCode', 2),
          text('models'),
          text('gtins'),
          text('batches'),
          str('productionFrom', 10, true),
          str('productionTo', 10, true),
          col('quantity', 'int'),
          text('defect'),
          text('consequence'),
          text('remedy'),
          str('remedyType', 16, true),
          str('contactPhone', 64, true),
          text('remedyChannels', true),
          str('startDate', 10),
          str('status', 16),
          col('withdrawn', 'boolean', { default: false }),
          col('publishedAt', 'datetime', { isNullable: true }),
          str('source', 16),
          col('demo', 'boolean', { default: false }),
          col('version', 'int', { default: 1 }),
          col('changeSeq', 'bigint', { default: 0 }),
          createdAt(),
          updatedAt(),
        ],
        indices: [
          { columnNames: ['recallNo'], isUnique: true },
          { columnNames: ['changeSeq'] },
          { columnNames: ['startDate'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recall_revision',
        columns: [
          id(),
          col('recallId', 'int'),
          col('version', 'int'),
          text('snapshot'),
          str('note', 500),
          col('actorId', 'int', { isNullable: true }),
          createdAt(),
        ],
        indices: [{ columnNames: ['recallId', 'version'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recall_scope',
        columns: [
          col('recallId', 'int', { isPrimary: true }),
          col('kind', 'varchar', { length: '8', isPrimary: true }),
          col('value', 'varchar', { length: '100', isPrimary: true }),
        ],
        indices: [{ columnNames: ['kind', 'value'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'counter',
        columns: [col('name', 'varchar', { length: '64', isPrimary: true }), col('value', 'bigint', { default: 0 })],
      }),
    );
    await q.query("INSERT INTO `counter` (`name`, `value`) VALUES ('recall', 0)");
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['counter', 'recall_scope', 'recall_revision', 'recall']) await q.dropTable(t);
  }
}
