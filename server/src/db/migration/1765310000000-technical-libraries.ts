import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { col, createdAt, id, mysqlUtf8mb4, updatedAt } from './columns';

/**
 * The technical institution's remaining work: the expert library (专家库), the case library's
 * typical cases (典型案例), the experts a 技术会商 request proposes, and room in `kind` for the
 * plan form evaluation and the effect evaluation (plan_evaluation, effect_evaluation).
 */
@Provide()
export class TechnicalLibraries1765310000000 implements MigrationInterface {
  name = 'TechnicalLibraries1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await mysqlUtf8mb4(q);
    await q.createTable(
      new Table({
        name: 'expert',
        columns: [
          id(),
          col('personalEnc', 'text'),
          col('organisation', 'varchar', { length: '100' }),
          col('title', 'varchar', { length: '50' }),
          col('categoryCodes', 'varchar', { length: '100' }),
          col('specialty', 'varchar', { length: '200', default: "''" }),
          col('active', 'boolean', { default: true }),
          col('createdBy', 'int'),
          createdAt(),
          updatedAt(),
        ],
        indices: [{ columnNames: ['active'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'typical_case',
        columns: [
          col('caseId', 'int', { isPrimary: true }),
          col('title', 'varchar', { length: '100' }),
          col('summary', 'text'),
          col('markedBy', 'int'),
          createdAt(),
          updatedAt(),
        ],
      }),
    );
    await q.addColumn('technical_request', new TableColumn(col('expertIds', 'text', { isNullable: true })));
    // SQLite does not enforce a varchar's length; MySQL does, and 'effect_evaluation' is 17 long.
    if (q.connection.options.type === 'mysql')
      await q.query('ALTER TABLE `technical_request` MODIFY `kind` varchar(24) NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'mysql')
      await q.query('ALTER TABLE `technical_request` MODIFY `kind` varchar(16) NOT NULL');
    await q.dropColumn('technical_request', 'expertIds');
    await q.dropTable('typical_case');
    await q.dropTable('expert');
  }
}
