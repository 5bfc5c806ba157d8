import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TechnicalKind, TechnicalStatus } from '@recall/shared';
import { JsonColumn } from '../json-column';

/**
 * A request to the technical institution (召回技术机构): a 技术会商 on a clue or a case, or a 风险评估
 * on a case, and the institution's answer (the consultation record or the risk-assessment report).
 * Exactly one of clueId / caseId is set.
 */
@Entity('technical_request')
export class TechnicalRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 24 })
  kind!: TechnicalKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  clueId!: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;

  /** The institution asked: its code in the province profile (T320000). */
  @Index()
  @Column({ type: 'varchar', length: 18 })
  institutionCode!: string;

  /** The bureau that asked (a city's code, or the province's). */
  @Column({ type: 'varchar', length: 18 })
  requesterCode!: string;

  @Column({ type: 'int' })
  requestedBy!: number;

  @Column({ type: 'text' })
  question!: string;

  @JsonColumn({ type: 'text' })
  materialIds!: string[];

  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  /** 技术会商: experts of the library the asker proposed (null on rows from before the library). */
  @JsonColumn({ type: 'text', nullable: true })
  expertIds!: number[] | null;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: TechnicalStatus;

  /** The consultation record or the report, as filed (TConsultationAnswer | TRiskReportAnswer | TPlanEvaluationAnswer | TEffectEvaluationAnswer). */
  @JsonColumn({ type: 'text', nullable: true })
  answer!: Record<string, unknown> | null;

  @Column({ type: 'int', nullable: true })
  answeredBy!: number | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt!: Date | null;

  /** The date of the record or report (Asia/Shanghai). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  answeredOn!: string | null;

  /** The 召回通知书 whose determination of the defect cites this report. */
  @Column({ type: 'int', nullable: true })
  citedDocId!: number | null;

  @Column({ type: 'datetime', nullable: true })
  citedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
