import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/**
 * Clues between provinces (苏 第四条(二)) and by channel (the statistics):
 * - `clue.channel`: how the clue arrived. Existing staff entries are 工作人员录入 (`staff`); existing
 *   consumer reports did not record their app and become `consumer` (消费者报告（未记录端）).
 * - `clue.shareConsent`: the reporter agreed that their contact goes with the clue to another
 *   province; existing reports never asked, so false.
 * - `clue_cross_province`: each clue passed to, or received from, another province's regulator.
 */
@Provide()
export class CrossProvince1765260000000 implements MigrationInterface {
  name = 'CrossProvince1765260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'clue',
      new TableColumn({ name: 'channel', type: 'varchar', length: '16', isNullable: false, default: "'consumer'" }),
    );
    await q.query(`UPDATE clue SET channel = 'staff' WHERE enteredBy IS NOT NULL`);
    await q.addColumn(
      'clue',
      new TableColumn({ name: 'shareConsent', type: 'boolean', isNullable: false, default: false }),
    );
    await q.createTable(
      new Table({
        name: 'clue_cross_province',
        columns: [
          id(),
          col('clueId', 'int'),
          col('direction', 'varchar', { length: '3' }),
          col('provinceCode', 'varchar', { length: '6' }),
          col('authority', 'varchar', { length: '100' }),
          col('contact', 'varchar', { length: '200', isNullable: true }),
          col('reference', 'varchar', { length: '100', isNullable: true }),
          col('note', 'text', { isNullable: true }),
          col('contactShared', 'boolean', { default: false }),
          col('actorId', 'int', { isNullable: true }),
          createdAt(),
        ],
        indices: [
          new TableIndex({ columnNames: ['clueId', 'direction'], isUnique: true }),
          new TableIndex({ columnNames: ['direction', 'createdAt'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('clue_cross_province');
    await q.dropColumn('clue', 'shareConsent');
    await q.dropColumn('clue', 'channel');
  }
}
