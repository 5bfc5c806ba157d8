import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WarningGround, WarningStatus } from '@recall/shared';

/**
 * A 消费提示 (办法 第十九条) as the bureau keeps it; its public text is the `recall` row of kind
 * `warning` it points to.
 */
@Entity('consumer_warning')
export class ConsumerWarning {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The public record (kind 'warning'); null only inside the transaction that creates both. */
  @Index('IDX_consumer_warning_recall', { unique: true })
  @Column({ type: 'int', nullable: true })
  recallId!: number | null;

  @Index('IDX_consumer_warning_case')
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;

  @Index('IDX_consumer_warning_clue')
  @Column({ type: 'int', nullable: true })
  clueId!: number | null;

  /** The issuing bureau (the case's or clue's handler, or the province). */
  @Column({ type: 'varchar', length: 6 })
  bureauCode!: string;

  @Column({ type: 'varchar', length: 16 })
  ground!: WarningGround;

  @Column({ type: 'varchar', length: 16 })
  status!: WarningStatus;

  /** The recall of the same product that replaced it. */
  @Column({ type: 'int', nullable: true })
  supersededBy!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  withdrawReason!: string | null;

  @Column({ type: 'int' })
  createdBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
