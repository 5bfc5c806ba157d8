import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { col, createdAt, updatedAt } from './columns';

/**
 * The working-day calendar as data: years of the official schedule entered at run time
 * (calendar_year), and the day each case's running deadline counts from (recall_case.dueFrom), so
 * a provisional deadline can be counted again once its year is entered. Deadlines started before
 * this migration have no dueFrom; none of them can be provisional yet (the shipped calendar covers
 * 2026 and no start so far reaches into 2027), and they keep the date they have.
 */
@Provide()
export class CalendarYears1764800000000 implements MigrationInterface {
  name = 'CalendarYears1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_year',
        columns: [
          col('year', 'int', { isPrimary: true }),
          col('holidays', 'text'),
          col('workdays', 'text'),
          col('enteredBy', 'int', { isNullable: true }),
          createdAt(),
          updatedAt(),
        ],
      }),
    );
    await q.addColumn(
      'recall_case',
      new TableColumn({ name: 'dueFrom', type: 'varchar', length: '10', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('recall_case', 'dueFrom');
    await q.dropTable('calendar_year');
  }
}
