import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A producer (生产者) known by its unified social credit code. */
@Entity('producer')
export class Producer {
  @PrimaryColumn({ type: 'varchar', length: 18 })
  uscc!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Division code of its registration authority (USCC characters 3–8). */
  @Column({ type: 'varchar', length: 6 })
  divisionCode!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
