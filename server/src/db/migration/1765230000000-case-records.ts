import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/**
 * Records on a case (现场调查 办法 第十五条, 约谈 第二十一条, 处理措施 苏 第十九条) and the evidence
 * files kept for them. One record per (officer, Idempotency-Key): repeated submissions make one.
 */
@Provide()
export class CaseRecords1765230000000 implements MigrationInterface {
  name = 'CaseRecords1765230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'case_record',
        columns: [
          id(),
          col('caseId', 'int'),
          col('kind', 'varchar', { length: '12' }),
          col('occurredOn', 'varchar', { length: '10' }),
          col('dataEnc', 'text'),
          col('photoIds', 'text'),
          col('fileIds', 'text'),
          col('createdBy', 'int'),
          col('idempotencyKey', 'varchar', { length: '64', isNullable: true }),
          col('idempotencyHash', 'varchar', { length: '64', isNullable: true }),
          createdAt(),
        ],
        indices: [
          new TableIndex({ columnNames: ['caseId'] }),
          new TableIndex({ columnNames: ['createdBy', 'idempotencyKey'], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'case_record_file',
        columns: [
          col('id', 'varchar', { length: '36', isPrimary: true }),
          col('caseId', 'int'),
          col('ownerId', 'int'),
          col('name', 'varchar', { length: '150' }),
          col('type', 'varchar', { length: '8' }),
          col('bytes', 'int'),
          col('storageKey', 'varchar', { length: '128' }),
          createdAt(),
        ],
        indices: [new TableIndex({ columnNames: ['caseId'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('case_record_file');
    await q.dropTable('case_record');
  }
}
