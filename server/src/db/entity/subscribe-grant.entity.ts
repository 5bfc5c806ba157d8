import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One-time subscribe grants (一次性订阅) a user holds for a template: one send consumes one. */
@Entity('subscribe_grant')
export class SubscribeGrant {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  templateKey!: string;

  @Column({ type: 'int', default: 0 })
  count!: number;
}
