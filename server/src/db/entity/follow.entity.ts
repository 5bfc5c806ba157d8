import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A followed product (我的产品): matched on GTIN, or on brand + model, and on the batch where
 * given. The *Norm columns hold the forms recall lookups normalise to; the others are for display.
 */
@Entity('follow')
@Index(['userId', 'targetKey'], { unique: true })
@Index(['brandNorm', 'modelNorm'])
export class Follow {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** sha1 of the normalised target (GTIN, or brand + model; and batch): one follow per user and target. */
  @Column({ type: 'varchar', length: 40 })
  targetKey!: string;

  @Index()
  @Column({ type: 'varchar', length: 14, nullable: true })
  gtin!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  brandNorm!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  modelNorm!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  batchNorm!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  brand!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  batch!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  productName!: string | null;

  /** Followed from this recall: every barcode it lists is followed, not only `gtin`. */
  @Index('IDX_follow_recallId')
  @Column({ type: 'int', nullable: true })
  recallId!: number | null;

  /** scan | recall | search | manual */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
