import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** WeChat image checks: a photo's verdict and the trace id the verdict will name. */
@Provide()
export class PhotoReview1764300000000 implements MigrationInterface {
  name = 'PhotoReview1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('upload', new TableColumn({ name: 'review', type: 'varchar', length: '12', default: "'none'" }));
    await q.addColumn('upload', new TableColumn({ name: 'traceId', type: 'varchar', length: '64', isNullable: true }));
    await q.query('CREATE INDEX `IDX_upload_traceId` ON `upload` (`traceId`)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX `IDX_upload_traceId` ON `upload`');
    await q.dropColumn('upload', 'traceId');
    await q.dropColumn('upload', 'review');
  }
}
