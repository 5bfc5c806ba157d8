import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The foreign recall (国外召回) a clue was made from: the publisher's format and reference, its
 * address and date. Unique by (format, reference): importing the same record again, or two imports
 * at once, never makes a second clue.
 */
@Entity('clue_foreign_recall')
@Index(['format', 'reference'], { unique: true })
@Index(['clueId'])
export class ClueForeignRecall {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  clueId!: number;

  /** cpsc | safetyGate | healthCanada (FOREIGN_RECALL_FORMATS). */
  @Column({ type: 'varchar', length: 16 })
  format!: string;

  /** The publisher's own id: CPSC RecallNumber, Safety Gate caseNumber (SR/01326/26), Health Canada recallId. */
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  /** YYYY-MM-DD as published. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  publishedOn!: string | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** The country whose authority published or notified it, in Chinese (美国, 德国, 加拿大). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  country!: string | null;

  /** The hazard as published (Safety Gate: risk type and danger). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  hazard!: string | null;

  /** What tied the record to this province when it was imported, in Chinese. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  matchedOn!: string | null;

  @Column({ type: 'int' })
  importedBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
