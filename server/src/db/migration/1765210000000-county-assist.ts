import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/**
 * County bureaus (苏 第六条): the assistance (协查) a handling bureau asks of a county bureau on a
 * case, and the county's answer. County accounts themselves need no schema change (a user's org is
 * the county's code); their deliveries are 送达回执 documents of the case.
 */
@Provide()
export class CountyAssist1765210000000 implements MigrationInterface {
  name = 'CountyAssist1765210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'case_assist',
        columns: [
          id(),
          col('caseId', 'int'),
          col('countyCode', 'varchar', { length: '6' }),
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
    await q.createIndex('case_assist', new TableIndex({ name: 'IDX_case_assist_case', columnNames: ['caseId'] }));
    await q.createIndex('case_assist', new TableIndex({ name: 'IDX_case_assist_county', columnNames: ['countyCode'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('case_assist');
  }
}
