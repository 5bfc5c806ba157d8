import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A producer's incident report (办法 第四条): the report's own fields beside the clue it became
 * (product, place, routing, contact and photos are on the clue, `clueId`).
 */
@Entity('incident_report')
export class IncidentReport {
  @PrimaryColumn({ type: 'int' })
  clueId!: number;

  /** The reporting producer (the filer's org): every account of it sees the report. */
  @Index()
  @Column({ type: 'varchar', length: 18 })
  producerUscc!: string;

  @Column({ type: 'int' })
  reportedBy!: number;

  @Column({ type: 'varchar', length: 10 })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  /** 事故经过 as the producer wrote it (the clue's description adds the harm and the measures). */
  @Column({ type: 'text' })
  narrative!: string;

  @Column({ type: 'int' })
  deaths!: number;

  @Column({ type: 'int' })
  seriousInjuries!: number;

  @Column({ type: 'int' })
  minorInjuries!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  propertyDamage!: string | null;

  @Column({ type: 'text' })
  measures!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
