import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt } from './columns';

/**
 * Producers' incident reports (办法 第四条): one row per report beside the clue it became
 * (source `producerIncident`), with the harm counted and what the producer has done.
 */
@Provide()
export class IncidentReports1765240000000 implements MigrationInterface {
  name = 'IncidentReports1765240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incident_report',
        columns: [
          col('clueId', 'int', { isPrimary: true }),
          col('producerUscc', 'varchar', { length: '18' }),
          col('reportedBy', 'int'),
          col('occurredOn', 'varchar', { length: '10' }),
          col('place', 'varchar', { length: '200', isNullable: true }),
          col('narrative', 'text'),
          col('deaths', 'int'),
          col('seriousInjuries', 'int'),
          col('minorInjuries', 'int'),
          col('propertyDamage', 'varchar', { length: '500', isNullable: true }),
          col('measures', 'text'),
          createdAt(),
        ],
        indices: [{ columnNames: ['producerUscc'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('incident_report');
  }
}
