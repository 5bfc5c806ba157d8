import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TRecallPublic } from '@recall/shared';
import { JsonColumn } from '../json-column';

/** One earlier version of a recall: corrections and withdrawal keep their history. */
@Entity('recall_revision')
@Index(['recallId', 'version'], { unique: true })
export class RecallRevision {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  recallId!: number;

  @Column({ type: 'int' })
  version!: number;

  /** The public fields as they were. */
  @JsonColumn({ type: 'text' })
  snapshot!: TRecallPublic;

  /** What changed, in Chinese, shown publicly. */
  @Column({ type: 'varchar', length: 500 })
  note!: string;

  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
