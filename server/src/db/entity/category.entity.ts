import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Product category (产品类别) of the Hunan code table, 01–10. */
@Entity('category')
export class Category {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'varchar', length: 32 })
  name!: string;
}
