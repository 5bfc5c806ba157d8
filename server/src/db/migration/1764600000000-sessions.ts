import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Sessions that follow the account: a token carries the version it was issued under. */
@Provide()
export class Sessions1764600000000 implements MigrationInterface {
  name = 'Sessions1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('app_user', new TableColumn({ name: 'tokenVersion', type: 'int', default: 0 }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('app_user', 'tokenVersion');
  }
}
