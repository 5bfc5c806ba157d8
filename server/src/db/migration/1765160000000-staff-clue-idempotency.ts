import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Staff-entered clues are found by (enteredBy, idempotencyKey), consumer reports by (reporterId, idempotencyKey):
 * each lookup gets its own unique index, so two racing submissions with one key can only ever insert once.
 * NULLs do not collide, so consumer rows (enteredBy null) are unaffected.
 */
const index = () => new TableIndex({ columnNames: ['enteredBy', 'idempotencyKey'], isUnique: true });

@Provide()
export class StaffClueIdempotency1765160000000 implements MigrationInterface {
  name = 'StaffClueIdempotency1765160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('clue', index());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('clue', index());
  }
}
