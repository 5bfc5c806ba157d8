import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Named counters bumped inside transactions (e.g. the recall change sequence). */
@Entity('counter')
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'bigint', default: 0 })
  value!: string;
}
