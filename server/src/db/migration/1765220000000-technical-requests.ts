import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, mysqlUtf8mb4, updatedAt } from './columns';

/** Requests to the technical institution (技术会商, 风险评估) and its answers (苏 第七、十三条; 办法 第十六条). */
@Provide()
export class TechnicalRequests1765220000000 implements MigrationInterface {
  name = 'TechnicalRequests1765220000000';

  async up(q: QueryRunner): Promise<void> {
    await mysqlUtf8mb4(q);
    await q.createTable(
      new Table({
        name: 'technical_request',
        columns: [
          id(),
          col('kind', 'varchar', { length: '16' }),
          col('clueId', 'int', { isNullable: true }),
          col('caseId', 'int', { isNullable: true }),
          col('institutionCode', 'varchar', { length: '18' }),
          col('requesterCode', 'varchar', { length: '18' }),
          col('requestedBy', 'int'),
          col('question', 'text'),
          col('materialIds', 'text'),
          col('dueOn', 'varchar', { length: '10' }),
          col('status', 'varchar', { length: '16', default: "'pending'" }),
          col('answer', 'text', { isNullable: true }),
          col('answeredBy', 'int', { isNullable: true }),
          col('answeredAt', 'datetime', { isNullable: true }),
          col('answeredOn', 'varchar', { length: '10', isNullable: true }),
          col('citedDocId', 'int', { isNullable: true }),
          col('citedAt', 'datetime', { isNullable: true }),
          createdAt(),
          updatedAt(),
        ],
        indices: [
          { columnNames: ['clueId'] },
          { columnNames: ['caseId'] },
          { columnNames: ['institutionCode'] },
          { columnNames: ['status'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('technical_request');
  }
}
