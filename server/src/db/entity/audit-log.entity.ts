import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One audited state change: who, when, what, from, to, why. Written in the change's transaction. */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Null for the system itself (CLI, start-up). */
  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromState!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  toState!: string | null;

  /** JSON detail; never holds personal data in clear. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
