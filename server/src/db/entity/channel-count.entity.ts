import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Units whose recall was completed through another channel (hotline, stores, e-commerce), per case. */
@Entity('recall_channel_count')
export class ChannelCount {
  @PrimaryColumn({ type: 'int' })
  caseId!: number;

  @PrimaryColumn({ type: 'varchar', length: 50 })
  channel!: string;

  @Column({ type: 'int' })
  units!: number;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
