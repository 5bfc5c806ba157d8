import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

/**
 * E-commerce platforms (seed 004): `platform`, the recall events to push to them (`platform_push`),
 * one `platform_delivery` per platform and event (webhook state and the pull cursor `seq`, from the
 * `platform_delivery` counter), and the measures platforms report (`platform_measure`).
 */
@Provide()
export class Platforms1765400000000 implements MigrationInterface {
  name = 'Platforms1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'platform',
        columns: [
          id(),
          col('name', 'varchar', { length: '60' }),
          col('uscc', 'varchar', { length: '18', isNullable: true }),
          col('contactsEnc', 'text'),
          col('webhookUrl', 'varchar', { length: '500', isNullable: true }),
          col('subscription', 'text'),
          col('apiKeyHash', 'varchar', { length: '64' }),
          col('secretEnc', 'text'),
          col('disabled', 'boolean', { default: false }),
          col('createdBy', 'int', { isNullable: true }),
          createdAt(),
          updatedAt(),
        ],
        indices: [new TableIndex({ columnNames: ['apiKeyHash'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'platform_push',
        columns: [
          id(),
          col('recallId', 'int'),
          col('event', 'varchar', { length: '16' }),
          col('cursor', 'int', { default: 0 }),
          col('status', 'varchar', { length: '16', default: "'pending'" }),
          createdAt(),
        ],
        indices: [new TableIndex({ columnNames: ['status', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'platform_delivery',
        columns: [
          id(),
          col('deliveryId', 'varchar', { length: '40' }),
          col('platformId', 'int'),
          col('recallId', 'int'),
          col('event', 'varchar', { length: '16' }),
          col('seq', 'bigint'),
          col('body', 'text'),
          col('webhookState', 'varchar', { length: '16' }),
          col('attempts', 'int', { default: 0 }),
          col('nextAttemptAt', 'datetime', { default: 'CURRENT_TIMESTAMP' }),
          col('claimedUntil', 'datetime', { isNullable: true }),
          col('lastStatus', 'varchar', { length: '200', isNullable: true }),
          col('lastAttemptAt', 'datetime', { isNullable: true }),
          col('acknowledgedAt', 'datetime', { isNullable: true }),
          createdAt(),
        ],
        indices: [
          new TableIndex({ columnNames: ['deliveryId'], isUnique: true }),
          new TableIndex({ columnNames: ['seq'], isUnique: true }),
          new TableIndex({ columnNames: ['platformId', 'seq'] }),
          new TableIndex({ columnNames: ['webhookState', 'nextAttemptAt'] }),
          new TableIndex({ columnNames: ['recallId', 'platformId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'platform_measure',
        columns: [
          id(),
          col('platformId', 'int'),
          col('recallId', 'int'),
          col('kind', 'varchar', { length: '20' }),
          col('count', 'int'),
          col('channel', 'varchar', { length: '50', isNullable: true }),
          col('doneAt', 'datetime'),
          col('note', 'varchar', { length: '500', isNullable: true }),
          col('reportedBy', 'int', { isNullable: true }),
          createdAt(),
        ],
        indices: [new TableIndex({ columnNames: ['platformId', 'recallId'] })],
      }),
    );
    await q.query("INSERT INTO `counter` (`name`, `value`) VALUES ('platform_delivery', 0)");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DELETE FROM `counter` WHERE `name` = 'platform_delivery'");
    for (const t of ['platform_measure', 'platform_delivery', 'platform_push', 'platform']) await q.dropTable(t);
  }
}
