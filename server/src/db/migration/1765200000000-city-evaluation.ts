import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

/**
 * The province's evaluation of the cities' recall work (苏 第二十一条): a score and a note per
 * criterion and a note on the whole, one row per city and period.
 */
@Provide()
export class CityEvaluation1765200000000 implements MigrationInterface {
  name = 'CityEvaluation1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'city_evaluation',
        columns: [
          id(),
          col('city', 'varchar', { length: '6' }),
          col('periodFrom', 'varchar', { length: '10' }),
          col('periodTo', 'varchar', { length: '10' }),
          col('scores', 'text'),
          col('notes', 'text'),
          col('summary', 'text'),
          col('updatedBy', 'int'),
          createdAt(),
          updatedAt(),
        ],
        indices: [{ columnNames: ['city', 'periodFrom', 'periodTo'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('city_evaluation');
  }
}
