import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

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

  /** Never holds personal data in clear. */
  @JsonColumn({ type: 'text', nullable: true })
  detail!: object | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
