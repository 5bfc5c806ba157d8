import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { JsonColumn } from '../json-column';

/**
 * One year of the official working-day schedule entered at run time (法定节假日与调休), for years
 * the shipped calendar does not cover yet. The server's working calendar is the shipped one plus
 * these rows, loaded at start and again whenever a year is entered.
 */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** Days off that would otherwise be working days, 'YYYY-MM-DD', ascending. */
  @JsonColumn({ type: 'text' })
  holidays!: string[];

  /** Make-up working days (调休上班) on Saturdays or Sundays, ascending. */
  @JsonColumn({ type: 'text' })
  workdays!: string[];

  /** The staff account that entered it; null from the admin CLI. */
  @Column({ type: 'int', nullable: true })
  enteredBy!: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
