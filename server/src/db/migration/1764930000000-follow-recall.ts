import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * A product followed from a recall keeps the recall's id, so the follow covers every barcode the
 * recall lists (not only the first, kept in `gtin`). Existing follows keep null.
 */
@Provide()
export class FollowRecall1764930000000 implements MigrationInterface {
  name = 'FollowRecall1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('follow', new TableColumn({ name: 'recallId', type: 'int', isNullable: true }));
    await q.createIndex('follow', new TableIndex({ name: 'IDX_follow_recallId', columnNames: ['recallId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('follow', 'IDX_follow_recallId');
    await q.dropColumn('follow', 'recallId');
  }
}
