import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which bureaus see a clue: the handler and those copied (抄送), with when each first read it. */
@Entity('clue_bureau')
@Index(['bureauCode', 'clueId'])
export class ClueBureau {
  @PrimaryColumn({ type: 'int' })
  clueId!: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  bureauCode!: string;

  /** handler | copied | former (transferred away: keeps read access to what it handled) */
  @Column({ type: 'varchar', length: 8 })
  role!: string;

  @Column({ type: 'datetime', nullable: true })
  readAt!: Date | null;
}
