import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/**
 * A province's own steps (辽市监发〔2020〕32号): the province's commissions to city and county bureaus
 * with their feedback (第五、九、十七条), and the record of a clue shared internally (第八条). The
 * supplement request (第十条) is a case step and needs no table.
 */
@Provide()
export class ProvinceSteps1765350000000 implements MigrationInterface {
  name = 'ProvinceSteps1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'commission',
        columns: [
          id(),
          col('purpose', 'varchar', { length: '24' }),
          col('subjectType', 'varchar', { length: '8' }),
          col('subjectId', 'int'),
          col('bureauCode', 'varchar', { length: '6' }),
          col('request', 'text'),
          col('dueOn', 'varchar', { length: '10' }),
          col('askedBy', 'int'),
          col('answerNote', 'text', { isNullable: true }),
          col('answerFiles', 'text', { isNullable: true }),
          col('answeredBy', 'int', { isNullable: true }),
          col('answeredAt', 'datetime', { isNullable: true }),
          createdAt(),
        ],
      }),
    );
    await q.createIndex(
      'commission',
      new TableIndex({ name: 'IDX_commission_subject', columnNames: ['subjectType', 'subjectId'] }),
    );
    await q.createIndex('commission', new TableIndex({ name: 'IDX_commission_bureau', columnNames: ['bureauCode'] }));
    await q.createIndex('commission', new TableIndex({ name: 'IDX_commission_due', columnNames: ['dueOn'] }));
    await q.createTable(
      new Table({
        name: 'clue_share',
        columns: [
          id(),
          col('clueId', 'int'),
          col('recipients', 'text'),
          col('note', 'text', { isNullable: true }),
          col('dueOn', 'varchar', { length: '10' }),
          col('sharedOn', 'varchar', { length: '10' }),
          col('sharedBy', 'int'),
          createdAt(),
        ],
      }),
    );
    await q.createIndex('clue_share', new TableIndex({ name: 'IDX_clue_share_clue', columnNames: ['clueId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('clue_share');
    await q.dropTable('commission');
  }
}
