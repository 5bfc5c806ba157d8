import { Entity, Index, PrimaryColumn } from 'typeorm';

/** What a recall covers, one row per GTIN, model or batch (normalised), for lookups by value. */
@Entity('recall_scope')
@Index(['kind', 'value'])
export class RecallScope {
  @PrimaryColumn({ type: 'int' })
  recallId!: number;

  /** gtin | model | batch */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  value!: string;
}
