import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, mysqlUtf8mb4, updatedAt } from './columns';

/**
 * Foundation tables. Written with TypeORM's Table API so one migration serves MySQL and SQLite.
 * @Provide: Midway hands TypeORM its container, so migrations must be providers.
 */
@Provide()
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await mysqlUtf8mb4(q);
    await q.createTable(
      new Table({
        name: 'bureau',
        columns: [
          col('code', 'varchar', { length: '6', isPrimary: true }),
          col('name', 'varchar', { length: '64' }),
          col('level', 'varchar', { length: '16' }),
          col('province', 'varchar', { length: '32' }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'category',
        columns: [col('code', 'varchar', { length: '2', isPrimary: true }), col('name', 'varchar', { length: '32' })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'producer',
        columns: [
          col('uscc', 'varchar', { length: '18', isPrimary: true }),
          col('name', 'varchar', { length: '200' }),
          col('divisionCode', 'varchar', { length: '6' }),
          createdAt(),
        ],
        indices: [{ columnNames: ['name'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'app_user',
        columns: [
          id(),
          col('role', 'varchar', { length: '16' }),
          col('username', 'varchar', { length: '64', isNullable: true, isUnique: true }),
          col('passwordHash', 'varchar', { length: '100', isNullable: true }),
          col('openid', 'varchar', { length: '64', isNullable: true, isUnique: true }),
          col('sessionKey', 'varchar', { length: '64', isNullable: true }),
          col('displayName', 'varchar', { length: '64' }),
          col('orgCode', 'varchar', { length: '18', isNullable: true }),
          col('disabled', 'boolean', { default: false }),
          createdAt(),
          updatedAt(),
        ],
        indices: [{ columnNames: ['role', 'orgCode'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          col('actorId', 'int', { isNullable: true }),
          col('action', 'varchar', { length: '64' }),
          col('entityType', 'varchar', { length: '32' }),
          col('entityId', 'varchar', { length: '64' }),
          col('fromState', 'varchar', { length: '32', isNullable: true }),
          col('toState', 'varchar', { length: '32', isNullable: true }),
          col('detail', 'text', { isNullable: true }),
          createdAt(),
        ],
        indices: [{ columnNames: ['entityType', 'entityId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'app_user', 'producer', 'category', 'bureau']) await q.dropTable(t);
  }
}
