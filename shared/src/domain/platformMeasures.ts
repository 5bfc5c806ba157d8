import { PLATFORM_MEASURES, type PlatformMeasureKind } from '../schemas/platform';
import { addCalendarDays, todayInShanghai } from './dates';
import { addWorkingDaysProvisional, isWorkingDay, officialCalendar, type WorkingCalendar } from './workingDays';

/**
 * A platform's deadlines on a pushed recall (电商平台消费品安全承诺机制; the EU's 2 working days):
 * every measure is due by the end (Beijing time) of the profile's N-th working day after the push.
 */

export type MeasureDueState = 'done' | 'ok' | 'due_soon' | 'overdue';
export const MEASURE_DUE_LABELS: Record<MeasureDueState, string> = {
  done: '已完成',
  ok: '未到期',
  due_soon: '即将到期',
  overdue: '已逾期',
};

const HOUR = 3600e3;
const SHANGHAI = 8 * HOUR;

/** The last day to act (YYYY-MM-DD, Beijing time) for a push at `pushedAt`. */
export function measureDueOn(pushedAt: Date, workingDays: number, cal: WorkingCalendar = officialCalendar): string {
  return addWorkingDaysProvisional(todayInShanghai(pushedAt), workingDays, cal).date;
}

/** The end of that day as an instant (23:59:59 +08:00). */
export const dueInstant = (dueOn: string) => `${dueOn}T23:59:59+08:00`;

/** A measure's state on `today`: reported, not yet due, due within `soonDays` working days, or past due. */
export function measureState(
  dueOn: string,
  reported: boolean,
  today: string,
  soonDays: number,
  cal: WorkingCalendar = officialCalendar,
): MeasureDueState {
  if (reported) return 'done';
  if (today > dueOn) return 'overdue';
  return addWorkingDaysProvisional(today, soonDays, cal).date >= dueOn ? 'due_soon' : 'ok';
}

const working = (date: string, cal: WorkingCalendar) => {
  try {
    return isWorkingDay(date, cal);
  } catch {
    const d = new Date(`${date}T00:00:00Z`).getUTCDay();
    return d !== 0 && d !== 6;
  }
};

/** Hours between two instants counting only working days (whole days, Beijing time), one decimal. */
export function workingHoursBetween(from: Date, to: Date, cal: WorkingCalendar = officialCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  for (let day = todayInShanghai(from); day <= todayInShanghai(to); day = addCalendarDays(day, 1)) {
    if (!working(day, cal)) continue;
    const start = Math.max(Date.parse(`${day}T00:00:00Z`) - SHANGHAI, from.getTime());
    const end = Math.min(Date.parse(`${day}T00:00:00Z`) - SHANGHAI + 24 * HOUR, to.getTime());
    if (end > start) total += end - start;
  }
  return Math.round((total / HOUR) * 10) / 10;
}

export const PLATFORM_MEASURE_KINDS = Object.keys(PLATFORM_MEASURES) as PlatformMeasureKind[];
