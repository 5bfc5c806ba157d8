import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  builtinCalendarYears,
  getProvinceProfile,
  type TCalendarListResponse,
  type TCalendarSaveResponse,
  type TCalendarYearInput,
  type TCalendarYearView,
} from '@recall/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';
import { badRequest } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { calendarOf, WorkingCalendarService } from '../core/working-calendar.service';
import { CalendarYear, User } from '../db/entity';
import { recountDeadlines } from './deadline-recount';

const sorted = (dates: string[]) => [...new Set(dates)].sort();

/**
 * 法定节假日安排 entered at run time: province or admin staff (or the admin CLI) enter a year from
 * the State Council's notice; it is stored, every open case's deadline is counted again in the
 * same transaction (provisional dates become real ones), and the server's calendar is reloaded.
 * No rebuild, no new mini-program release.
 */
@Provide()
export class CalendarEntryService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  calendar!: WorkingCalendarService;

  async list(): Promise<TCalendarListResponse> {
    const rows = await this.db.getRepository(CalendarYear).find();
    const names = await this.names(rows.map((r) => r.enteredBy));
    const years = new Map<number, TCalendarYearView>();
    for (const y of builtinCalendarYears())
      years.set(y.year, { ...y, source: 'builtin', enteredAt: null, enteredBy: null });
    for (const r of rows) years.set(r.year, this.view(r, names));
    return { years: [...years.values()].sort((a, b) => a.year - b.year) };
  }

  async enter(actorId: number | null, input: TCalendarYearInput): Promise<TCalendarSaveResponse> {
    const policy = getProvinceProfile(this.env.PROVINCE).workflow;
    const saved = await commandTransaction(this.db, async (m) => {
      const earlier = await m.findOneBy(CalendarYear, { year: input.year });
      if (!earlier && builtinCalendarYears().some((y) => y.year === input.year))
        throw badRequest(`${input.year} 年的节假日安排已随系统内置，无需录入`, [
          { path: 'year', message: `${input.year} 年已由内置日历收录` },
        ]);
      const row = m.create(CalendarYear, {
        year: input.year,
        holidays: sorted(input.holidays),
        workdays: sorted(input.workdays),
        enteredBy: actorId,
      });
      await m.save(row);
      const cal = calendarOf(await m.find(CalendarYear));
      const recomputed = await recountDeadlines({
        m,
        cal,
        policy,
        audit: this.audit,
        actorId,
        calendarYear: input.year,
      });
      await this.audit.record(m, {
        actorId,
        action: 'calendar.year_entered',
        entityType: 'calendar',
        entityId: input.year,
        detail: { holidays: row.holidays, workdays: row.workdays, replaced: !!earlier, recomputedCases: recomputed },
      });
      return { year: await m.findOneByOrFail(CalendarYear, { year: input.year }), recomputed };
    });
    // Committed: this process counts with the new year from now on (others within a minute).
    await this.calendar.load();
    const names = await this.names([saved.year.enteredBy]);
    return { year: this.view(saved.year, names), recomputedCases: saved.recomputed };
  }

  private view(r: CalendarYear, names: Map<number, string>): TCalendarYearView {
    return {
      year: r.year,
      source: 'entered',
      holidays: r.holidays,
      workdays: r.workdays,
      enteredAt: new Date(r.updatedAt).toISOString(),
      enteredBy: r.enteredBy ? (names.get(r.enteredBy) ?? null) : '管理命令',
    };
  }

  private async names(ids: Array<number | null>): Promise<Map<number, string>> {
    const unique = [...new Set(ids.filter((i): i is number => i !== null))];
    const users = unique.length ? await this.db.getRepository(User).findBy({ id: In(unique) }) : [];
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
