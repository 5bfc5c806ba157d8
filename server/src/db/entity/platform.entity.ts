import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TPlatformSubscription } from '@recall/shared';
import { JsonColumn } from '../json-column';

/**
 * An e-commerce platform (电商平台, seed 004) registered by the province or an admin. Its contacts are
 * personal data (encrypted, core/crypto); of its API key only a SHA-256 hash is kept (the key is
 * shown once); its webhook signing secret is encrypted, since signing needs it back.
 */
@Entity('platform')
export class Platform {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc!: string | null;

  /** [{ name, phone, email }] encrypted with DATA_KEY. */
  @Column({ type: 'text' })
  contactsEnc!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  webhookUrl!: string | null;

  @JsonColumn({ type: 'text' })
  subscription!: TPlatformSubscription;

  /** hex SHA-256 of the API key (high-entropy random: no slow hash needed). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  apiKeyHash!: string;

  /** The webhook signing secret, encrypted with DATA_KEY. */
  @Column({ type: 'text' })
  secretEnc!: string;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ type: 'int', nullable: true })
  createdBy!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}

/**
 * A recall event to push (published, corrected, expanded, completed, withdrawn): written in the
 * transaction of the change, expanded into deliveries in the background (platforms in id order
 * from `cursor`), so publishing never waits for the platforms.
 */
@Entity('platform_push')
@Index(['status', 'id'])
export class PlatformPush {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  recallId!: number;

  @Column({ type: 'varchar', length: 16 })
  event!: string;

  /** The last platform id already looked at. */
  @Column({ type: 'int', default: 0 })
  cursor!: number;

  /** pending | done */
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * Webhook states of a delivery: pending/retry are due at nextAttemptAt; sending is held by a
 * dispatcher until claimedUntil (then due again: the platform dedupes by deliveryId); delivered
 * (2xx), failed (attempts used up: the platform pulls), pull (no webhook URL).
 */
export type WebhookState = 'pending' | 'sending' | 'retry' | 'delivered' | 'failed' | 'pull';

/** One recall event sent to one platform: what the webhook carries and the pull API lists. */
@Entity('platform_delivery')
@Index(['platformId', 'seq'])
@Index(['webhookState', 'nextAttemptAt'])
@Index(['recallId', 'platformId'])
export class PlatformDelivery {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  deliveryId!: string;

  @Column({ type: 'int' })
  platformId!: number;

  @Column({ type: 'int' })
  recallId!: number;

  @Column({ type: 'varchar', length: 16 })
  event!: string;

  /** The pull cursor, from one counter taken under its row lock: commits in order. */
  @Index({ unique: true })
  @Column({ type: 'bigint' })
  seq!: string;

  /** The ZPlatformDelivery JSON as sent and as pulled (the recall as it was at the event). */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 16 })
  webhookState!: WebhookState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'datetime', default: () => 'CURRENT_TIMESTAMP' })
  nextAttemptAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  claimedUntil!: Date | null;

  /** The last answer: an HTTP status, 超时, or a connection error. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  lastStatus!: string | null;

  @Column({ type: 'datetime', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  acknowledgedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}

/** A measure a platform reported on a recall: listings taken down, buyers notified, stock blocked. */
@Entity('platform_measure')
@Index(['platformId', 'recallId'])
export class PlatformMeasure {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  platformId!: number;

  @Column({ type: 'int' })
  recallId!: number;

  /** takedown | buyers_notified | stock_blocked */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'int' })
  count!: number;

  @Column({ type: 'varchar', length: 50, nullable: true })
  channel!: string | null;

  @Column({ type: 'datetime' })
  doneAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** The platform's staff account, or null for its servers (API key). */
  @Column({ type: 'int', nullable: true })
  reportedBy!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
