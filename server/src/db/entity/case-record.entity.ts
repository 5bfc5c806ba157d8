import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseRecordKind } from '@recall/shared';
import { JsonColumn } from '../json-column';

/**
 * A record on a case (现场调查, 约谈, 处理措施). What was entered names people (officers, those
 * present, attendees): kept encrypted (`dataEnc`, core/crypto). Found again by (createdBy,
 * idempotencyKey) when a submission is repeated.
 */
@Entity('case_record')
@Index(['createdBy', 'idempotencyKey'], { unique: true })
export class CaseRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'varchar', length: 12 })
  kind!: CaseRecordKind;

  /** The day it happened: 调查日期, 约谈日期, 决定日期. */
  @Column({ type: 'varchar', length: 10 })
  occurredOn!: string;

  /** The validated input without its photo and file ids, encrypted. */
  @Column({ type: 'text' })
  dataEnc!: string;

  @JsonColumn({ type: 'text' })
  photoIds!: string[];

  @JsonColumn({ type: 'text' })
  fileIds!: string[];

  @Column({ type: 'int' })
  createdBy!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyHash!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}

/** An evidence file (PDF, DOCX, XLSX) uploaded for a case's records, checked by its content. */
@Entity('case_record_file')
export class CaseRecordFile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'int' })
  caseId!: number;

  @Column({ type: 'int' })
  ownerId!: number;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  type!: 'pdf' | 'docx' | 'xlsx';

  @Column({ type: 'int' })
  bytes!: number;

  @Column({ type: 'varchar', length: 128 })
  storageKey!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
