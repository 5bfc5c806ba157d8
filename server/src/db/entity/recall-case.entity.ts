import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CaseState, DeadlineKind, DefectClass } from '@recall/shared';

/** A recall case (召回案件): one product of one producer through the workflow of 苏市监规〔2025〕8号. */
@Entity('recall_case')
export class RecallCase {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Handling bureau: a city bureau, or the province bureau on a case it leads (第十三条). */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  bureauCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 18 })
  producerUscc!: string;

  @Column({ type: 'varchar', length: 200 })
  producerName!: string;

  @Column({ type: 'varchar', length: 100 })
  productName!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  brand!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model!: string | null;

  @Column({ type: 'varchar', length: 2 })
  categoryCode!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'int', nullable: true })
  clueId!: number | null;

  /** 主动召回: entered by the producer with its plan. */
  @Column({ type: 'boolean', default: false })
  voluntary!: boolean;

  /** 缺陷类别, given when the defect is determined; null until then (统计中计为未分类). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  defectClass!: DefectClass | null;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  state!: CaseState;

  @Column({ type: 'varchar', length: 10 })
  discoveredOn!: string;

  /** The running deadline: its kind, and its last day once known (a recall notice's runs from receipt). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  dueKind!: DeadlineKind | null;

  @Index()
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueOn!: string | null;

  /** The calendar lacks a year the count crosses: a weekends-only guess, never enforced, recounted once the year is entered. */
  @Column({ type: 'boolean', default: false })
  dueProvisional!: boolean;

  /** The day the running deadline counts from (discovery, the step, the receipt), so it can be counted again. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueFrom!: string | null;

  /** While recalling: the next stage summary's date (every 3 months, 第十六条). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  stageDueOn!: string | null;

  @Column({ type: 'int', default: 0 })
  stageSummaries!: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  recallStartOn!: string | null;

  /** The day the plan in force was accepted and published: its completion is not reported that day. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  planAcceptedOn!: string | null;

  @Column({ type: 'int', nullable: true })
  recallId!: number | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
