import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/**
 * Delivery states of a WeChat subscribe message. pending/retry: due at nextAttemptAt; claimed: a
 * dispatcher holds it until claimedUntil; sending: the request may be on its way (never resent);
 * sent, skipped (no grant, or the user refused), dead (a bug to fix: visible to admins),
 * uncertain (the dispatcher died mid-request: it may or may not have reached the user).
 */
export const OUTBOX_STATUSES = [
  'pending',
  'claimed',
  'sending',
  'sent',
  'retry',
  'skipped',
  'dead',
  'uncertain',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The transactional outbox: written with the state change it reports, sent later by the dispatcher. */
@Entity('outbox')
@Index(['status', 'nextAttemptAt'])
export class Outbox {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  /** A TemplateKey of @recall/shared; the template id is read from the config when sending. */
  @Column({ type: 'varchar', length: 32 })
  templateKey!: string;

  /** The page the message card opens (no leading slash, as WeChat wants). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  page!: string | null;

  /** The `data` of subscribeMessage.send, values already cut to WeChat's limits. */
  @JsonColumn({ type: 'text' })
  data!: Record<string, { value: string }>;

  /** `${event dedupe key}:${userId}`: one event, one user, one row. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 160 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'datetime', default: () => 'CURRENT_TIMESTAMP' })
  nextAttemptAt!: Date;

  @Column({ type: 'varchar', length: 80, nullable: true })
  claimedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
