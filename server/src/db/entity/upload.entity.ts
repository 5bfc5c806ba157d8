import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A photo as stored: re-encoded without metadata, with a thumbnail. Owned by its uploader. */
@Entity('upload')
export class Upload {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'int' })
  ownerId!: number;

  @Index()
  @Column({ type: 'int', nullable: true })
  clueId!: number | null;

  @Column({ type: 'varchar', length: 32 })
  mime!: string;

  @Column({ type: 'int' })
  width!: number;

  @Column({ type: 'int' })
  height!: number;

  @Column({ type: 'int' })
  bytes!: number;

  @Column({ type: 'varchar', length: 128 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 128 })
  thumbKey!: string;

  /** WeChat image check: none (not checked) | pending | pass | review | risky | unchecked (check failed). */
  @Column({ type: 'varchar', length: 12, default: 'none' })
  review!: string;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  traceId!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
