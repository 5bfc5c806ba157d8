import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/**
 * JSON kept in a text column: written as the compact text the services wrote by hand before
 * (so existing rows read back unchanged, and new rows are byte-for-byte what they were), parsed
 * when read (migrations that rewrite such text use it too). Null stays SQL NULL;
 * undefined is left to TypeORM (the column's default, or untouched on update).
 */
export const JSON_TEXT: ValueTransformer = {
  to: (value: unknown) => (value === null || value === undefined ? value : JSON.stringify(value)),
  from: (text: string | null) => (text === null || text === undefined ? null : JSON.parse(text)),
};

/**
 * A column holding a JSON value: the property gets its real type, the database keeps the
 * text/varchar column it has (no migration). Declare the type on the property.
 */
export function JsonColumn(options: ColumnOptions & { type: 'text' | 'varchar' }): PropertyDecorator {
  return Column({ ...options, transformer: JSON_TEXT });
}
