import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A producer invitation code (邀请码) issued by a bureau; one use, expires. */
@Entity('producer_invitation')
export class Invitation {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'varchar', length: 18 })
  producerUscc!: string;

  @Column({ type: 'varchar', length: 200 })
  producerName!: string;

  @Column({ type: 'int' })
  createdBy!: number;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'int', nullable: true })
  usedBy!: number | null;

  @Column({ type: 'datetime', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
