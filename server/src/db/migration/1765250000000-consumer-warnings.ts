import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

/**
 * 消费提示 (办法 第十九条). The public part is a `recall` row of kind `warning`, so search, the unit
 * check, followed-product matching and the feed treat it as they treat recalls (one code path);
 * the bureau's side — on which case or clue, on what ground, by whom, withdrawn or replaced by a
 * recall — is a consumer_warning row. Existing recalls are of kind `recall`.
 */
@Provide()
export class ConsumerWarnings1765250000000 implements MigrationInterface {
  name = 'ConsumerWarnings1765250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'recall',
      new TableColumn({ name: 'kind', type: 'varchar', length: '16', isNullable: false, default: "'recall'" }),
    );
    await q.createTable(
      new Table({
        name: 'consumer_warning',
        columns: [
          id(),
          col('recallId', 'int', { isNullable: true }),
          col('caseId', 'int', { isNullable: true }),
          col('clueId', 'int', { isNullable: true }),
          col('bureauCode', 'varchar', { length: '6' }),
          col('ground', 'varchar', { length: '16' }),
          col('status', 'varchar', { length: '16' }),
          col('supersededBy', 'int', { isNullable: true }),
          col('withdrawReason', 'varchar', { length: '200', isNullable: true }),
          col('createdBy', 'int'),
          createdAt(),
          updatedAt(),
        ],
      }),
    );
    await q.createIndex(
      'consumer_warning',
      new TableIndex({ name: 'IDX_consumer_warning_case', columnNames: ['caseId'] }),
    );
    await q.createIndex(
      'consumer_warning',
      new TableIndex({ name: 'IDX_consumer_warning_clue', columnNames: ['clueId'] }),
    );
    await q.createIndex(
      'consumer_warning',
      new TableIndex({ name: 'IDX_consumer_warning_recall', columnNames: ['recallId'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('consumer_warning');
    await q.dropColumn('recall', 'kind');
  }
}
