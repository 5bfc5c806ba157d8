import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The day a case's recall plan was accepted (recall_case.planAcceptedOn), so 召回计划实施完成 is
 * not offered the day the plan is published. Plans accepted before this migration have none and
 * are held only to their start date.
 */
@Provide()
export class PlanAcceptedOn1764900000000 implements MigrationInterface {
  name = 'PlanAcceptedOn1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'recall_case',
      new TableColumn({ name: 'planAcceptedOn', type: 'varchar', length: '10', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('recall_case', 'planAcceptedOn');
  }
}
