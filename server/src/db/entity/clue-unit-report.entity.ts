import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 线索报送 (辽 第八条): the province's unit that found a clue reported it to the recall division. */
@Entity('clue_unit_report')
export class ClueUnitReport {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  clueId!: number;

  /** The profile's unit code (steps.clueSharing.units). */
  @Column({ type: 'varchar', length: 32 })
  unitCode!: string;

  /** The day the unit found it (for a quality unit: the day its 抽查通报 was issued). */
  @Column({ type: 'varchar', length: 10 })
  foundOn!: string;

  /** The last day it was due (the profile's working days from foundOn), kept as counted then. */
  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  /** The workflow day the recall division received and entered it. */
  @Column({ type: 'varchar', length: 10 })
  receivedOn!: string;

  @Column({ type: 'int' })
  recordedBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
