import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';
import type { DocType } from '@recall/shared';

/** A document issued or received in a case (附件1–10, objections, decisions), as validated form data. */
@Entity('case_document')
@Index(['bureauCode', 'docType', 'year', 'seq'], { unique: true })
export class CaseDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 32 })
  docType!: DocType;

  /** Numbered notices only: 苏州市市场监督管理局 调查分析〔2026〕12号, gapless per bureau, type and year. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  docNo!: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  bureauCode!: string | null;

  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'int', nullable: true })
  seq!: number | null;

  @Column({ type: 'varchar', length: 10 })
  party!: 'bureau' | 'producer';

  /** The validated form (DOC_SCHEMAS of @recall/shared). */
  @JsonColumn({ type: 'text' })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10 })
  issuedOn!: string;

  @Column({ type: 'int' })
  createdBy!: number;

  /** 送达回执 (附件5) of a notice: the producer's confirmation, as a receipt document. */
  @Column({ type: 'int', nullable: true })
  receiptDocId!: number | null;

  /** For a receipt: the notice it confirms. */
  @Column({ type: 'int', nullable: true })
  forDocId!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
