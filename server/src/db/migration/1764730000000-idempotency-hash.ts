import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

const TABLES = ['clue', 'recall_request'];

/**
 * A request's Idempotency-Key is kept with the hash of its body, so a different request reusing
 * the key is refused instead of answered with the first one's result. Existing rows keep null.
 */
@Provide()
export class IdempotencyHash1764730000000 implements MigrationInterface {
  name = 'IdempotencyHash1764730000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await q.addColumn(
        table,
        new TableColumn({ name: 'idempotencyHash', type: 'varchar', length: '64', isNullable: true }),
      );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.dropColumn(table, 'idempotencyHash');
  }
}
