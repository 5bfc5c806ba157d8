import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/** 线索共享 (辽 第八条): the province recorded that it shared a clue with these recipients. */
@Entity('clue_share')
export class ClueShare {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  clueId!: number;

  /** The profile's unit codes, and `city:<code>` for the city bureau concerned. */
  @JsonColumn({ type: 'text' })
  recipients!: string[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The last day it was due (the profile's working days from receipt): kept as it was counted then. */
  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  /** The workflow day it was shared on (the server's clock, Beijing time). */
  @Column({ type: 'varchar', length: 10 })
  sharedOn!: string;

  @Column({ type: 'int' })
  sharedBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
