import { Destroy, ILogger, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { calendarWith, type CalendarYearData, type WorkingCalendar } from '@recall/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarYear } from '../db/entity';

/** Other processes (another server, the admin CLI) may enter a year: each looks again this often. */
const POLL_MS = 60_000;

/** The shipped calendar plus the years stored in calendar_year. */
export function calendarOf(rows: CalendarYear[]): WorkingCalendar {
  const entered: Record<string, CalendarYearData> = {};
  for (const r of rows) entered[r.year] = { holidays: r.holidays, workdays: r.workdays };
  return calendarWith(entered);
}

/**
 * The server's working calendar (法定工作日): the shipped years plus those entered at run time,
 * so a new year takes effect without a rebuild. Commands that store a deadline read it afresh in
 * their transaction (`load`); views and lists use the copy kept here (`current`), reloaded at
 * start, after an entry, and every minute for entries made by other processes.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class WorkingCalendarService {
  @InjectDataSource()
  db!: DataSource;

  @Logger()
  logger!: ILogger;

  private cached: WorkingCalendar = calendarWith({});
  private timer?: NodeJS.Timeout;

  async start(poll: boolean): Promise<void> {
    await this.load();
    if (!poll) return;
    this.timer = setInterval(() => this.load().catch((e) => this.logger.warn('working calendar: %s', e)), POLL_MS);
    this.timer.unref();
  }

  @Destroy()
  stop(): void {
    clearInterval(this.timer);
  }

  current(): WorkingCalendar {
    return this.cached;
  }

  /** Reads the stored years (in `m`'s transaction when given) and keeps the result as the current calendar. */
  async load(m: EntityManager = this.db.manager): Promise<WorkingCalendar> {
    this.cached = calendarOf(await m.find(CalendarYear));
    return this.cached;
  }
}
