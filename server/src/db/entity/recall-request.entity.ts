import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RecallRequestStatus, Remedy } from '@recall/shared';

/** A consumer's recall participation (召回参与): "I have this", worked by the producer's customer service. */
@Entity('recall_request')
@Index(['userId', 'idempotencyKey'], { unique: true })
export class RecallRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  recallId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the body sent with the key (core/idempotency requestHash). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyHash!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: RecallRequestStatus;

  @Column({ type: 'varchar', length: 100, nullable: true })
  batch!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  productionDate!: string | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  labelPhotoId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  preferredRemedy!: Remedy;

  /** AES-256-GCM of {name, phone, address}. */
  @Column({ type: 'text' })
  contactEnc!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  scheduledOn!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  completedRemedy!: Remedy | null;

  @Column({ type: 'text', nullable: true })
  rejectReason!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
