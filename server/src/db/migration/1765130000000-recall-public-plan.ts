import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The whole public part of 附件6 on the recall (产品描述, 外观照片, 避免损害发生的应急处置方式,
 * 召回负责机构) and the bureau consumers can turn to; imported recalls get their own publication
 * date (their start date) instead of the day they were imported.
 */
@Provide()
export class RecallPublicPlan1765130000000 implements MigrationInterface {
  name = 'RecallPublicPlan1765130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('recall', [
      new TableColumn({ name: 'description', type: 'text', isNullable: true }),
      new TableColumn({ name: 'emergency', type: 'text', isNullable: true }),
      new TableColumn({ name: 'organization', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'photoIds', type: 'text', isNullable: true }),
      new TableColumn({ name: 'bureauName', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'bureauPhone', type: 'varchar', length: '64', isNullable: true }),
    ]);
    // Noon in Shanghai (04:00 UTC): the same calendar day whichever zone reads it.
    const noon =
      q.connection.options.type === 'mysql' ? "CONCAT(startDate, ' 04:00:00')" : "startDate || ' 04:00:00.000'";
    await q.query(`UPDATE recall SET publishedAt = ${noon} WHERE source IN ('import', 'foreign')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['description', 'emergency', 'organization', 'photoIds', 'bureauName', 'bureauPhone'])
      await q.dropColumn('recall', c);
  }
}
