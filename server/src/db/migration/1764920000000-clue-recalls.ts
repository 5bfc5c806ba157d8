import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The public recalls that already covered a clue's product when it was reported (JSON array of
 * recall ids), so the reporter's receipt and the bureau's clue show them. Existing clues keep null
 * (read as none).
 */
@Provide()
export class ClueRecalls1764920000000 implements MigrationInterface {
  name = 'ClueRecalls1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('clue', new TableColumn({ name: 'recallIds', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('clue', 'recallIds');
  }
}
