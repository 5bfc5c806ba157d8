import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CommissionPurpose } from '@recall/shared';
import { JsonColumn } from '../json-column';

/**
 * 委托核查、督促 (辽 第五、九、十七条): the province asks a city or county bureau to verify a clue or
 * supervise a producer's recall by a day; the bureau answers once, with a note and its own uploads.
 */
@Entity('commission')
export class Commission {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 24 })
  purpose!: CommissionPurpose;

  @Index()
  @Column({ type: 'varchar', length: 8 })
  subjectType!: 'clue' | 'case';

  @Index()
  @Column({ type: 'int' })
  subjectId!: number;

  /** The bureau commissioned: a city bureau's code (210200) or a county's (210202). */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  bureauCode!: string;

  @Column({ type: 'text' })
  request!: string;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'int' })
  askedBy!: number;

  @Column({ type: 'text', nullable: true })
  answerNote!: string | null;

  /** Upload ids of the commissioned bureau's files. */
  @JsonColumn({ type: 'text', nullable: true })
  answerFiles!: string[] | null;

  @Column({ type: 'int', nullable: true })
  answeredBy!: number | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
