import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/**
 * 协查 (苏 第六条): the handling bureau asks a county bureau to look into something on a case by a
 * day; the county answers once, with a note and files (its own uploads).
 */
@Entity('case_assist')
export class CaseAssist {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  /** The county bureau asked: its county's 6-digit code (320506). */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  request!: string;

  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'int' })
  askedBy!: number;

  @Column({ type: 'text', nullable: true })
  answerNote!: string | null;

  /** Upload ids of the county's files. */
  @JsonColumn({ type: 'text', nullable: true })
  answerFiles!: string[] | null;

  @Column({ type: 'int', nullable: true })
  answeredBy!: number | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
