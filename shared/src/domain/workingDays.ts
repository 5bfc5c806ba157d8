import chineseDays from 'chinese-days/dist/chinese-days.json';
import { CALENDAR_SUPPLEMENT } from '../generated/config';
import { addCalendarDays, parseIsoDate } from './dates';

/**
 * China's official working-day calendar (法定工作日): weekends are off unless they are make-up
 * working days (调休上班), and public holidays are off. Data: the chinese-days package, plus
 * config/calendar/supplement.json for years it does not cover. A date in a year neither covers
 * is never computed with weekends only in silence: the strict functions throw, the provisional
 * one flags its answer.
 */
export interface CalendarYearData {
  holidays: string[];
  workdays: string[];
}

export class CalendarNotCoveredError extends Error {
  constructor(public readonly year: number) {
    super(`${year} 年的法定节假日安排尚未收录，无法按工作日计算期限`);
    this.name = 'CalendarNotCoveredError';
  }
}

export interface WorkingCalendar {
  isCovered(year: number): boolean;
  isHoliday(date: string): boolean;
  isMakeUpWorkday(date: string): boolean;
}

export function buildCalendar(years: Record<string, CalendarYearData>): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const covered = new Set<number>();
  for (const [year, data] of Object.entries(years)) {
    covered.add(Number(year));
    data.holidays.forEach((d) => holidays.add(d));
    data.workdays.forEach((d) => workdays.add(d));
  }
  return {
    isCovered: (year) => covered.has(year),
    isHoliday: (date) => holidays.has(date),
    isMakeUpWorkday: (date) => workdays.has(date),
  };
}

function groupByYear(dates: string[], into: Record<string, CalendarYearData>, key: keyof CalendarYearData): void {
  for (const d of dates) {
    const y = d.slice(0, 4);
    into[y] ??= { holidays: [], workdays: [] };
    into[y][key].push(d);
  }
}

function packagedYears(): Record<string, CalendarYearData> {
  const years: Record<string, CalendarYearData> = {};
  groupByYear(Object.keys(chineseDays.holidays), years, 'holidays');
  groupByYear(Object.keys(chineseDays.workdays), years, 'workdays');
  return { ...years, ...CALENDAR_SUPPLEMENT.years };
}

const PACKAGED_YEARS = packagedYears();

/** The calendar shipped with the code (chinese-days and config/calendar/supplement.json). */
export const officialCalendar: WorkingCalendar = buildCalendar(PACKAGED_YEARS);

/** The years the shipped calendar covers, ascending, with their holidays and make-up working days. */
export function builtinCalendarYears(): Array<CalendarYearData & { year: number }> {
  return Object.entries(PACKAGED_YEARS)
    .map(([year, d]) => ({ year: Number(year), holidays: [...d.holidays].sort(), workdays: [...d.workdays].sort() }))
    .sort((a, b) => a.year - b.year);
}

/**
 * The shipped calendar plus years entered at run time (the server keeps them in its database).
 * An entered year replaces the shipped one of the same year: it is the later, deliberate act.
 */
export function calendarWith(entered: Record<string, CalendarYearData>): WorkingCalendar {
  return buildCalendar({ ...PACKAGED_YEARS, ...entered });
}

function yearOf(date: string): number {
  return parseIsoDate(date).getUTCFullYear();
}

function isWeekend(date: string): boolean {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 || day === 6;
}

function workingDayUnchecked(date: string, cal: WorkingCalendar): boolean {
  if (cal.isMakeUpWorkday(date)) return true;
  if (cal.isHoliday(date)) return false;
  return !isWeekend(date);
}

/** Whether `date` is a working day; throws CalendarNotCoveredError for an uncovered year. */
export function isWorkingDay(date: string, cal: WorkingCalendar = officialCalendar): boolean {
  const year = yearOf(date);
  if (!cal.isCovered(year)) throw new CalendarNotCoveredError(year);
  return workingDayUnchecked(date, cal);
}

export interface WorkingDayResult {
  date: string;
  /** True when some day counted lies in a year the calendar does not cover (weekends-only guess). */
  provisional: boolean;
}

/** The n-th working day after `date`, flagged provisional where the calendar lacks a year. */
export function addWorkingDaysProvisional(
  date: string,
  n: number,
  cal: WorkingCalendar = officialCalendar,
): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('工作日数应为非负整数');
  let current = date;
  let provisional = false;
  let counted = 0;
  parseIsoDate(date);
  while (counted < n) {
    current = addCalendarDays(current, 1);
    if (!cal.isCovered(yearOf(current))) provisional = true;
    if (workingDayUnchecked(current, cal)) counted++;
  }
  return { date: current, provisional };
}

/** The n-th working day after `date`; throws CalendarNotCoveredError when it cannot be sure. */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar = officialCalendar): string {
  const result = addWorkingDaysProvisional(date, n, cal);
  if (result.provisional) throw new CalendarNotCoveredError(yearOf(result.date));
  return result.date;
}
