import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/**
 * The province's evaluation of one city's recall work for one period (苏 第二十一条): its score
 * (0–100, or null when not scored) and note per criterion, and a note on the whole. The indicators
 * are not stored: they are computed from the records each time. One row per city and period,
 * the period kept as its inclusive Shanghai days.
 */
@Entity('city_evaluation')
@Index(['city', 'periodFrom', 'periodTo'], { unique: true })
export class CityEvaluation {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The city's region code (320500). */
  @Column({ type: 'varchar', length: 6 })
  city!: string;

  @Column({ type: 'varchar', length: 10 })
  periodFrom!: string;

  @Column({ type: 'varchar', length: 10 })
  periodTo!: string;

  /** Criterion key → score 0–100 or null. */
  @JsonColumn({ type: 'text' })
  scores!: Record<string, number | null>;

  /** Criterion key → the province's note. */
  @JsonColumn({ type: 'text' })
  notes!: Record<string, string>;

  @Column({ type: 'text' })
  summary!: string;

  /** The province (or admin) account that saved it last. */
  @Column({ type: 'int' })
  updatedBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
