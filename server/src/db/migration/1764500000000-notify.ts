import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createdAt, id, updatedAt } from './columns';

const str = (name: string, length: number, nullable = false) =>
  col(name, 'varchar', { length: String(length), isNullable: nullable });
const int = (name: string, nullable = false) => col(name, 'int', { isNullable: nullable });
const text = (name: string, nullable = false) => col(name, 'text', { isNullable: nullable });
const datetime = (name: string) => col(name, 'datetime', { isNullable: true });

/** Notifications: in-app messages, the WeChat subscribe-message outbox and grants, followed products, fan-out jobs. */
@Provide()
export class Notify1764500000000 implements MigrationInterface {
  name = 'Notify1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'message',
        columns: [
          id(),
          int('userId'),
          str('kind', 32),
          str('title', 200),
          text('body'),
          str('link', 300, true),
          str('dedupeKey', 128),
          datetime('readAt'),
          createdAt(),
        ],
        indices: [{ columnNames: ['userId', 'dedupeKey'], isUnique: true }, { columnNames: ['userId', 'id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'outbox',
        columns: [
          id(),
          int('userId'),
          str('templateKey', 32),
          str('page', 300, true),
          text('data'),
          str('dedupeKey', 160),
          col('status', 'varchar', { length: '16', default: "'pending'" }),
          col('attempts', 'int', { default: 0 }),
          col('nextAttemptAt', 'datetime', { default: 'CURRENT_TIMESTAMP' }),
          str('claimedBy', 80, true),
          datetime('claimedUntil'),
          text('lastError', true),
          datetime('sentAt'),
          createdAt(),
        ],
        indices: [{ columnNames: ['dedupeKey'], isUnique: true }, { columnNames: ['status', 'nextAttemptAt'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'subscribe_grant',
        columns: [
          col('userId', 'int', { isPrimary: true }),
          col('templateKey', 'varchar', { length: '32', isPrimary: true }),
          col('count', 'int', { default: 0 }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'follow',
        columns: [
          id(),
          int('userId'),
          str('targetKey', 40),
          str('gtin', 14, true),
          str('brandNorm', 100, true),
          str('modelNorm', 100, true),
          str('batchNorm', 100, true),
          str('brand', 100, true),
          str('model', 100, true),
          str('batch', 100, true),
          str('productName', 100, true),
          str('source', 16),
          createdAt(),
        ],
        indices: [
          { columnNames: ['userId', 'targetKey'], isUnique: true },
          { columnNames: ['gtin'] },
          { columnNames: ['brandNorm', 'modelNorm'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'fanout_job',
        columns: [
          id(),
          str('kind', 24),
          int('recallId'),
          col('phase', 'varchar', { length: '16', default: "'follow_gtin'" }),
          col('cursor', 'int', { default: 0 }),
          col('notified', 'int', { default: 0 }),
          col('status', 'varchar', { length: '16', default: "'pending'" }),
          createdAt(),
          updatedAt(),
        ],
        indices: [{ columnNames: ['status', 'id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['fanout_job', 'follow', 'subscribe_grant', 'outbox', 'message']) await q.dropTable(t);
  }
}
