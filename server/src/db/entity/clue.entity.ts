import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/** A defect clue (缺陷线索): a consumer's report or one entered by staff from another source. */
@Entity('clue')
@Index(['reporterId', 'idempotencyKey'], { unique: true })
@Index(['enteredBy', 'idempotencyKey'], { unique: true })
export class Clue {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  receiptNo!: string;

  @Column({ type: 'int', nullable: true })
  reporterId!: number | null;

  @Column({ type: 'int', nullable: true })
  enteredBy!: number | null;

  @Column({ type: 'varchar', length: 24 })
  source!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  /** How it arrived (CLUE_CHANNELS of @recall/shared): weapp, h5, consumer (not recorded), staff, otherProvince. */
  @Column({ type: 'varchar', length: 16, default: 'consumer' })
  channel!: string;

  /** The reporter agreed that their contact goes with the clue if it is passed to another province. */
  @Column({ type: 'boolean', default: false })
  shareConsent!: boolean;

  @Column({ type: 'varchar', length: 2 })
  categoryCode!: string;

  @Column({ type: 'varchar', length: 100 })
  productName!: string;

  @Column({ type: 'varchar', length: 100 })
  brand!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  batch!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  productionDate!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 14, nullable: true })
  gtin!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  producerName!: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  producerUscc!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 8 })
  injury!: string;

  @Column({ type: 'boolean', default: false })
  fire!: boolean;

  @Column({ type: 'varchar', length: 6 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  purchaseChannel!: string | null;

  /** AES-256-GCM ciphertext of {name, phone, address}; never stored in clear. */
  @Column({ type: 'text', nullable: true })
  contactEnc!: string | null;

  /** The masked form, for lists and copied bureaus. */
  @JsonColumn({ type: 'text', nullable: true })
  contactMasked!: { name: string; phone: string; address: string } | null;

  /** The bureau handling it now. */
  @Index()
  @Column({ type: 'varchar', length: 6 })
  bureauCode!: string;

  @Column({ type: 'text' })
  routingReason!: string;

  /** Bureau codes informed (抄送). */
  @JsonColumn({ type: 'text' })
  copiedTo!: string[];

  /** Routing and content-check flags. */
  @JsonColumn({ type: 'text' })
  flags!: string[];

  /** Public recalls already covering the product when it was reported (ids, best match first); null: none. */
  @JsonColumn({ type: 'text', nullable: true })
  recallIds!: number[] | null;

  @Column({ type: 'int', nullable: true })
  mergedInto!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the body sent with the key (core/idempotency requestHash). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyHash!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
