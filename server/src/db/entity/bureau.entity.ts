import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A market-regulation bureau (市场监督管理局): the province's or a city's. */
@Entity('bureau')
export class Bureau {
  /** GB/T 2260 region code of its area, e.g. 320500 for 苏州市. */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: 'province' | 'city';

  /** The province profile it belongs to (config/provinces/<id>). */
  @Column({ type: 'varchar', length: 32 })
  province!: string;
}
