import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last document number issued per bureau, document type and year (文号). */
@Entity('doc_sequence')
export class DocSequence {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  bureauCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  docType!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', default: 0 })
  lastNo!: number;
}
