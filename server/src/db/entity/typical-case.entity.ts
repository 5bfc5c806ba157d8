import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A finished case the province marked as a typical case (典型案例) for the case library (案例库,
 * 辽 第二十条), with a title and a summary fit for the public. One per case; unmarking deletes it
 * (the audit trail keeps what it said).
 */
@Entity('typical_case')
export class TypicalCase {
  @PrimaryColumn({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'int' })
  markedBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
