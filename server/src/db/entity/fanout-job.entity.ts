import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Phases of a recall's fan-out, in order; each walks its table by id from `cursor`. */
export const FANOUT_PHASES = ['follow_gtin', 'follow_model', 'follow_name', 'clue'] as const;
export type FanoutPhase = (typeof FANOUT_PHASES)[number];

/**
 * A fan-out to expand in the background (a recall published: its followers and the consumers who
 * reported the product), so publishing never waits for 100k followers. Each batch advances
 * `cursor` in the transaction that writes its messages: a crash repeats at most one batch, and
 * the messages' dedupe keys absorb the repeat.
 */
@Entity('fanout_job')
@Index(['status', 'id'])
export class FanoutJob {
  @PrimaryGeneratedColumn()
  id!: number;

  /** recall_published */
  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  @Column({ type: 'int' })
  recallId!: number;

  @Column({ type: 'varchar', length: 16, default: 'follow_gtin' })
  phase!: FanoutPhase;

  /** The last row id of the phase's table already done. */
  @Column({ type: 'int', default: 0 })
  cursor!: number;

  /** Users notified so far (a repeat after a crash may count some twice). */
  @Column({ type: 'int', default: 0 })
  notified!: number;

  /** pending | done */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
