import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a remedy request, as the consumer sees it. */
@Entity('recall_request_event')
export class RecallRequestEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  requestId!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'int' })
  actorId!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
