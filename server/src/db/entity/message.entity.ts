import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app message (消息中心): one per user and event, whatever WeChat delivery does. */
@Entity('message')
@Index(['userId', 'dedupeKey'], { unique: true })
@Index(['userId', 'id'])
export class Message {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** A MessageKind of @recall/shared. */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The mini-program page concerned, with its query. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  /** One event reaches one user once: `recall:12`, `case:3:plan:2026-03-20:soon`… */
  @Column({ type: 'varchar', length: 128 })
  dedupeKey!: string;

  @Column({ type: 'datetime', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
