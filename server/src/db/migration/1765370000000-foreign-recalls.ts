import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id } from './columns';

/** `clue_foreign_recall`: the foreign recall (国外召回) each imported clue came from, one clue per record. */
@Provide()
export class ForeignRecalls1765370000000 implements MigrationInterface {
  name = 'ForeignRecalls1765370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'clue_foreign_recall',
        columns: [
          id(),
          col('clueId', 'int'),
          col('format', 'varchar', { length: '16' }),
          col('reference', 'varchar', { length: '100' }),
          col('url', 'varchar', { length: '500', isNullable: true }),
          col('publishedOn', 'varchar', { length: '10', isNullable: true }),
          col('title', 'varchar', { length: '500' }),
          col('importedBy', 'int'),
          createdAt(),
        ],
        indices: [
          new TableIndex({ columnNames: ['format', 'reference'], isUnique: true }),
          new TableIndex({ columnNames: ['clueId'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('clue_foreign_recall');
  }
}
