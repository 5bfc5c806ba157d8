import { QueryRunner, TableColumnOptions } from 'typeorm';

/** Column helpers shared by migrations, so both dialects get the same shapes. */
export const col = (name: string, type: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type,
  isNullable: false,
  ...extra,
});

export const id = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer', // SQLite autoincrements only an INTEGER PRIMARY KEY; MySQL reads it as INT
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const createdAt = (): TableColumnOptions => col('createdAt', 'datetime', { default: 'CURRENT_TIMESTAMP' });
export const updatedAt = (): TableColumnOptions => col('updatedAt', 'datetime', { default: 'CURRENT_TIMESTAMP' });

/** Chinese text needs utf8mb4 on MySQL whatever the server's default is. */
export async function mysqlUtf8mb4(q: QueryRunner): Promise<void> {
  if (q.connection.options.type !== 'mysql') return;
  await q.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
}
