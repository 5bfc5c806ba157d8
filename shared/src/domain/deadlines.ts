import { formatIsoDate, parseIsoDate } from './dates';
import type { WorkflowPolicy } from './province';
import { addWorkingDaysProvisional, officialCalendar, WorkingCalendar } from './workingDays';
import type { DeadlineKind } from './workflow';

/** A computed deadline: the last day on which the act is still on time. */
export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
  /** The calendar lacks a year the count crosses: a weekends-only guess, shown as such. */
  provisional: boolean;
}

/**
 * The deadline of `kind` counted from `start` (the day of discovery, of receipt, of the decision
 * or of completion). The day itself is not counted: the n-th working day after it is the last day.
 * `investigation_report` is the date the bureau wrote into its notice.
 */
export function computeDeadline(
  kind: DeadlineKind,
  start: string,
  policy: WorkflowPolicy,
  cal: WorkingCalendar = officialCalendar,
): Deadline {
  const d = policy.deadlines;
  const days: Record<Exclude<DeadlineKind, 'investigation_report'>, number> = {
    notify_producer: d.notifyProducerWorkingDays,
    plan_or_objection: d.planOrObjectionWorkingDays,
    plan: d.planAfterFindingWorkingDays ?? d.planOrObjectionWorkingDays,
    final_summary: d.finalSummaryWorkingDays,
    // A province that asks for supplements says how long; else the time a report is given.
    supplement: d.supplementWorkingDays ?? d.defaultReportWorkingDays,
  };
  if (kind === 'investigation_report') return { kind, dueOn: start, provisional: false };
  const r = addWorkingDaysProvisional(start, days[kind], cal);
  return { kind, dueOn: r.date, provisional: r.provisional };
}

/** Whether an act on `today` meets a deadline ending on `dueOn` (the last day counts). */
export function isOnTime(today: string, dueOn: string): boolean {
  return today <= dueOn;
}

/** `months` calendar months after `date`, clamped to the month's last day (01-31 + 1 month → 02-28). */
export function addCalendarMonths(date: string, months: number): string {
  const d = parseIsoDate(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return formatIsoDate(target);
}

/** The k-th stage summary (k ≥ 1) of a recall that started on `startOn` is due every N months (第十六条). */
export function stageSummaryDue(startOn: string, k: number, policy: WorkflowPolicy): string {
  return addCalendarMonths(startOn, k * policy.deadlines.stageSummaryMonths);
}

export type DeadlineStatus = 'ok' | 'due_soon' | 'overdue';

/** Overdue after the last day; due soon within the province's warning window of working days. */
export function deadlineStatus(
  dueOn: string,
  today: string,
  policy: WorkflowPolicy,
  cal: WorkingCalendar = officialCalendar,
): DeadlineStatus {
  if (today > dueOn) return 'overdue';
  const warnUntil = addWorkingDaysProvisional(today, policy.deadlines.dueSoonWorkingDays, cal).date;
  return dueOn <= warnUntil ? 'due_soon' : 'ok';
}

/**
 * Working days from `today` to `dueOn`: 0 on the last day, 1 the working day before, negative
 * once overdue (−1 on the first working day after). Days in uncovered years count as weekdays.
 */
export function workingDaysLeft(today: string, dueOn: string, cal: WorkingCalendar = officialCalendar): number {
  const [from, to, sign] = dueOn >= today ? [today, dueOn, 1] : [dueOn, today, -1];
  let n = 0;
  for (let d = addWorkingDaysProvisional(from, 1, cal).date; d <= to; d = addWorkingDaysProvisional(d, 1, cal).date)
    n++;
  return sign * n || 0; // never -0
}
