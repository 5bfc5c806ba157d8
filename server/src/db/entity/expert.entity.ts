import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/**
 * An expert of the province's expert library (专家库, 办法 第十二条; 辽 第二十条). The name and the
 * phone are personal data: kept encrypted (`personalEnc`, core/crypto), shown in full only to the
 * province and admins. What consultations choose by (organisation, title, categories) is plain.
 */
@Entity('expert')
export class Expert {
  @PrimaryGeneratedColumn()
  id!: number;

  /** { name, phone } encrypted with DATA_KEY. */
  @Column({ type: 'text' })
  personalEnc!: string;

  @Column({ type: 'varchar', length: 100 })
  organisation!: string;

  @Column({ type: 'varchar', length: 50 })
  title!: string;

  /** Category codes (01–10) the expert knows. */
  @JsonColumn({ type: 'varchar', length: 100 })
  categoryCodes!: string[];

  @Column({ type: 'varchar', length: 200, default: '' })
  specialty!: string;

  @Index()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int' })
  createdBy!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
