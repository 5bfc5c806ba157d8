import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in a clue's timeline; its note is written for the reporter to read. */
@Entity('clue_event')
export class ClueEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  clueId!: number;

  @Column({ type: 'varchar', length: 16 })
  type!: string;

  @Column({ type: 'varchar', length: 6, nullable: true })
  bureauCode!: string | null;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
