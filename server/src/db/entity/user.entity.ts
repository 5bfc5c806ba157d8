import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@recall/shared';

/** Anyone who signs in: a consumer by WeChat openid, staff by username and password. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  openid!: string | null;

  /** WeChat session_key: kept on the server only, never sent to any client. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sessionKey!: string | null;

  @Column({ type: 'varchar', length: 64 })
  displayName!: string;

  /** Bureau region code for bureau/province staff, producer USCC for producer staff. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  orgCode!: string | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** Bumped on sign-out: every token issued before it is refused. */
  @Column({ type: 'int', default: 0 })
  tokenVersion!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
