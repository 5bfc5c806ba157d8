import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The clue view shows a foreign record's country, hazard and what it matched on: kept with the link. */
@Provide()
export class ForeignRecallDetails1765420000000 implements MigrationInterface {
  name = 'ForeignRecallDetails1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('clue_foreign_recall', [
      new TableColumn({ name: 'country', type: 'varchar', length: '50', isNullable: true }),
      new TableColumn({ name: 'hazard', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'matchedOn', type: 'varchar', length: '500', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['matchedOn', 'hazard', 'country']) await q.dropColumn('clue_foreign_recall', c);
  }
}
