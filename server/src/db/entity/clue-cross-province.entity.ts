import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A clue crossing a provincial border (苏 第四条(二)): `out`, passed by the province to another
 * province's market regulation bureau; `in`, received from one and entered here. At most one each way.
 */
@Entity('clue_cross_province')
@Index(['clueId', 'direction'], { unique: true })
@Index(['direction', 'createdAt'])
export class ClueCrossProvince {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  clueId!: number;

  /** out | in */
  @Column({ type: 'varchar', length: 3 })
  direction!: string;

  /** The other province (GB/T 2260, xx0000). */
  @Column({ type: 'varchar', length: 6 })
  provinceCode!: string;

  /** Its regulator by name, as sent or received (上海市市场监督管理局). */
  @Column({ type: 'varchar', length: 100 })
  authority!: string;

  /** Who at the other regulator (department, person, phone); null when not recorded. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  contact!: string | null;

  /** 移送函文号 or the other side's reference. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The reporter's name and contact went with the package (they consented). */
  @Column({ type: 'boolean', default: false })
  contactShared!: boolean;

  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
