import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/**
 * 线索报送 (辽 第八条): a clue one of the province's units (质量监督、执法稽查、12315 …) found and
 * reported to the recall division, with the day it was found and the last day it was due (5
 * working days later), so late reports show on the clue.
 */
@Provide()
export class ClueUnitReport1765410000000 implements MigrationInterface {
  name = 'ClueUnitReport1765410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'clue_unit_report',
        columns: [
          id(),
          col('clueId', 'int'),
          col('unitCode', 'varchar', { length: '32' }),
          col('foundOn', 'varchar', { length: '10' }),
          col('dueOn', 'varchar', { length: '10' }),
          col('receivedOn', 'varchar', { length: '10' }),
          col('recordedBy', 'int'),
          createdAt(),
        ],
      }),
    );
    await q.createIndex(
      'clue_unit_report',
      new TableIndex({ name: 'IDX_clue_unit_report_clue', columnNames: ['clueId'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('clue_unit_report');
  }
}
