import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * 缺陷类别 (机械物理类, 电气安全类, 化学类, 其他), which the province's statistics count recalls by: set on
 * the case when the defect is determined and copied to the recall it publishes. Existing rows stay
 * null and are counted as 未分类.
 */
const column = () => new TableColumn({ name: 'defectClass', type: 'varchar', length: '16', isNullable: true });

@Provide()
export class DefectClass1765170000000 implements MigrationInterface {
  name = 'DefectClass1765170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('recall_case', column());
    await q.addColumn('recall', column());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('recall', 'defectClass');
    await q.dropColumn('recall_case', 'defectClass');
  }
}
