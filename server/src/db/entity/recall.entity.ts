import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RecallKind } from '@recall/shared';
import { JsonColumn } from '../json-column';

/** A published recall (召回): the public fields of 附件6 (召回计划) and 附件7 (新闻稿). */
@Entity('recall')
export class Recall {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  recallNo!: string;

  /** recall | warning: a 消费提示 the regulator published (办法 第十九条), searched like a recall, labelled apart. */
  @Column({ type: 'varchar', length: 16, default: 'recall' })
  kind!: RecallKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 200 })
  producerName!: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  producerUscc!: string | null;

  @Column({ type: 'varchar', length: 200 })
  productName!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  brand!: string | null;

  @Column({ type: 'varchar', length: 2 })
  categoryCode!: string;

  /** The searchable copies live in recall_scope. */
  @JsonColumn({ type: 'text' })
  models!: string[];

  @JsonColumn({ type: 'text' })
  gtins!: string[];

  @JsonColumn({ type: 'text' })
  batches!: string[];

  @Column({ type: 'varchar', length: 10, nullable: true })
  productionFrom!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  productionTo!: string | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'text' })
  defect!: string;

  @Column({ type: 'text' })
  consequence!: string;

  @Column({ type: 'text' })
  remedy!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  remedyType!: string | null;

  /** 缺陷类别, copied from the case when the recall is published through one; null for imported recalls. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  defectClass!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'text', nullable: true })
  remedyChannels!: string | null;

  @Column({ type: 'varchar', length: 10 })
  startDate!: string;

  /** 附件6 产品描述. */
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** 附件6 避免损害发生的应急处置方式: what to do with a unit until it is remedied. */
  @Column({ type: 'text', nullable: true })
  emergency!: string | null;

  /** 附件6 召回负责机构. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  /** 附件6 外观照片: uploads of the producer's plan, served publicly while the recall is public. */
  @JsonColumn({ type: 'text', nullable: true })
  photoIds!: string[] | null;

  /** The bureau that published it and consumers may call (附件7). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  bureauName!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  bureauPhone!: string | null;

  /** ongoing | completed | rerecall */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  /** Withdrawn recalls leave public lookup but keep their record and history. */
  @Column({ type: 'boolean', default: false })
  withdrawn!: boolean;

  @Column({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  /** case | import | foreign | warning */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  /** The case it was published from (source 'case'). */
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;

  /** The 新闻稿 (附件7) published with a case's recall. */
  @JsonColumn({ type: 'text', nullable: true })
  pressRelease!: { title: string; body: string } | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Global change sequence: other processes refresh their search index from it. */
  @Index()
  @Column({ type: 'bigint', default: 0 })
  changeSeq!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
