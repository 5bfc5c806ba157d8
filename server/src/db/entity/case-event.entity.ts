import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/** One step of a case's timeline: who took which transition, from and to, why, with which documents. */
@Entity('case_event')
export class CaseEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromState!: string | null;

  @Column({ type: 'varchar', length: 24 })
  toState!: string;

  @Column({ type: 'int' })
  actorId!: number;

  @Column({ type: 'varchar', length: 16 })
  actorRole!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The case_document ids filed with the step. */
  @JsonColumn({ type: 'varchar', length: 200 })
  documentIds!: number[];

  /** Filed after its deadline. */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
