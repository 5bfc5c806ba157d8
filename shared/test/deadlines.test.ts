import fc from 'fast-check';
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  computeDeadline,
  deadlineStatus,
  getProvinceProfile,
  isOnTime,
  stageSummaryDue,
  workingDaysLeft,
} from '../src';
import { DeadlineKind } from '../src/staff';

/**
 * Every expected date below was counted by hand from the 2026 official calendar (chinese-days):
 * holidays 02-15..02-23 (春节), 04-04..06 (清明), 05-01..05 (劳动节), 06-19..21 (端午),
 * 09-25..27 (中秋), 10-01..07 (国庆); make-up working days (调休上班) 01-04 (Sun), 02-14 (Sat),
 * 02-28 (Sat), 05-09 (Sat), 09-20 (Sun), 10-10 (Sat). 2027 is not covered.
 * Weekdays: 2026-02-12 Thu, 2026-03-02 Mon, 2026-09-24 Thu, 2026-10-15 Thu.
 */
const policy = getProvinceProfile('jiangsu').workflow;

describe('the Jiangsu policy (苏市监规〔2025〕8号)', () => {
  it('has the deadlines of the rules', () => {
    expect(policy.deadlines).toMatchObject({
      notifyProducerWorkingDays: 3,
      planOrObjectionWorkingDays: 10,
      finalSummaryWorkingDays: 15,
      stageSummaryMonths: 3,
      dueSoonWorkingDays: 2,
    });
  });
});

describe('computeDeadline', () => {
  it.each<[DeadlineKind, string, string, string]>([
    // notify_producer: 3 working days from discovery (第十一条).
    ['notify_producer', '2026-02-12', '2026-02-24', '02-13 Fri (1), 02-14 make-up Sat (2), 02-15..23 off, 02-24 (3)'],
    ['notify_producer', '2026-03-02', '2026-03-05', 'Mon → Tue (1), Wed (2), Thu (3)'],
    ['notify_producer', '2026-03-06', '2026-03-11', 'Fri → the weekend is skipped: Mon 09 (1), Tue 10 (2), Wed 11 (3)'],
    ['notify_producer', '2026-02-14', '2026-02-26', 'from the make-up Saturday: 02-24 (1), 02-25 (2), 02-26 (3)'],
    ['notify_producer', '2026-02-18', '2026-02-26', 'discovered during the holiday: 02-24 (1), 25 (2), 26 (3)'],
    // plan_or_objection: 10 working days from receipt of the recall notice (附件4).
    [
      'plan_or_objection',
      '2026-09-24',
      '2026-10-15',
      '09-25..27 off; 09-28 (1), 29 (2), 30 (3); 10-01..07 off; 10-08 (4), 09 (5), 10 make-up Sat (6), 12 (7), 13 (8), 14 (9), 15 (10)',
    ],
    [
      'plan_or_objection',
      '2026-02-10',
      '2026-03-02',
      '02-11 (1), 12 (2), 13 (3), 14 make-up Sat (4); 02-15..23 off; 24 (5), 25 (6), 26 (7), 27 (8), 28 make-up Sat (9), 03-02 Mon (10)',
    ],
    ['plan', '2026-09-24', '2026-10-15', 'the plan after a rejected objection counts like plan_or_objection'],
    // final_summary: 15 working days after completion (第十六条).
    [
      'final_summary',
      '2026-09-24',
      '2026-10-22',
      'the 10th is 10-15 (above); 10-16 (11), 19 (12), 20 (13), 21 (14), 22 (15)',
    ],
    [
      'final_summary',
      '2026-09-30',
      '2026-10-27',
      '10-01..07 off; 10-08 (1), 09 (2), 10 make-up (3), 12–16 (4–8), 19–23 (9–13), 26 (14), 27 (15)',
    ],
  ])('%s from %s → %s (%s)', (kind, start, dueOn) => {
    expect(computeDeadline(kind, start, policy)).toEqual({ kind, dueOn, provisional: false });
  });

  it('investigation_report is the date the bureau wrote into its notice', () => {
    expect(computeDeadline('investigation_report', '2026-05-20', policy)).toEqual({
      kind: 'investigation_report',
      dueOn: '2026-05-20',
      provisional: false,
    });
  });

  it.each<[DeadlineKind, string, string, string]>([
    ['notify_producer', '2027-03-01', '2027-03-04', 'a 2027 start: weekdays only, flagged'],
    [
      'plan_or_objection',
      '2026-12-28',
      '2027-01-11',
      '12-29 (1), 30 (2), 31 (3), then 2027 as weekdays: 01-01 Fri (4), 04–08 (5–9), 11 (10)',
    ],
    ['final_summary', '2027-06-01', '2027-06-22', '2027-06-01 Tue; 15 weekdays later'],
  ])('%s from %s → %s, provisional (%s)', (kind, start, dueOn) => {
    expect(computeDeadline(kind, start, policy)).toEqual({ kind, dueOn, provisional: true });
  });

  it('a different policy gives a different count', () => {
    const short = { ...policy, deadlines: { ...policy.deadlines, planOrObjectionWorkingDays: 5 } };
    // 09-28 (1), 29 (2), 30 (3), 10-08 (4), 10-09 (5)
    expect(computeDeadline('plan_or_objection', '2026-09-24', short).dueOn).toBe('2026-10-09');
  });

  it('an invalid start date is refused', () => {
    expect(() => computeDeadline('notify_producer', '2026-02-30', policy)).toThrow(RangeError);
  });
});

describe('isOnTime: the last day counts (逾期视为放弃权利)', () => {
  it.each([
    // Recall notice received 2026-09-24: the 10th working day is Thu 2026-10-15.
    ['2026-10-14', '2026-10-15', true, 'the 9th working day'],
    ['2026-10-15', '2026-10-15', true, 'the 10th working day, the last one'],
    ['2026-10-16', '2026-10-15', false, 'the 11th working day'],
    // Received Fri 2026-03-06: 03-09..13 (1–5), 03-16..20 (6–10): the 10th is Fri 2026-03-20.
    ['2026-03-20', '2026-03-20', true, 'the 10th working day, a Friday'],
    ['2026-03-21', '2026-03-20', false, 'the Saturday after is already late'],
    ['2026-03-22', '2026-03-20', false, 'and the Sunday'],
    ['2026-03-23', '2026-03-20', false, 'the 11th working day'],
    ['2025-12-31', '2026-01-05', true, 'across a year'],
    ['2027-01-01', '2026-12-31', false, 'across a year, late'],
  ])('filed %s, due %s → %s (%s)', (today, dueOn, expected) => {
    expect(isOnTime(today, dueOn)).toBe(expected);
  });

  it('the 10th working day after a receipt on Friday 2026-03-06 is Friday 2026-03-20', () => {
    expect(computeDeadline('plan_or_objection', '2026-03-06', policy).dueOn).toBe('2026-03-20');
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', 'clamped to the end of February'],
    ['2026-08-31', 3, '2026-11-30', 'clamped to 30 November'],
    ['2028-02-29', 12, '2029-02-28', 'leap day to a common year'],
    ['2028-01-31', 1, '2028-02-29', 'clamped to the leap day'],
    ['2026-03-31', 1, '2026-04-30', 'a 30-day month'],
    ['2026-03-15', 3, '2026-06-15', 'an ordinary day'],
    ['2026-11-30', 3, '2027-02-28', 'across a year, clamped'],
    ['2026-12-15', 1, '2027-01-15', 'December to January'],
    ['2026-10-31', 14, '2027-12-31', 'more than a year'],
    ['2026-05-20', 0, '2026-05-20', 'zero months'],
    ['2026-03-31', -1, '2026-02-28', 'backwards, clamped'],
  ])('%s + %i months → %s (%s)', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('keeps the day when it exists in the target month, else takes the last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 60 }), (offset, months) => {
        const date = addCalendarDays('2024-01-01', offset);
        const out = addCalendarMonths(date, months);
        const [y, m, d] = date.split('-').map(Number);
        const total = y * 12 + (m - 1) + months;
        const [oy, om, od] = out.split('-').map(Number);
        expect(oy * 12 + (om - 1)).toBe(total);
        const lastDay = new Date(Date.UTC(oy, om, 0)).getUTCDate();
        expect(od).toBe(Math.min(d, lastDay));
      }),
    );
  });
});

describe('stageSummaryDue: every 3 months from the start of the recall (第十六条)', () => {
  it.each([
    ['2026-03-02', 1, '2026-06-02'],
    ['2026-03-02', 2, '2026-09-02'],
    ['2026-03-02', 3, '2026-12-02'],
    ['2026-03-02', 4, '2027-03-02'],
    // Counted from the start each time, not from the previous (clamped) due date:
    ['2026-11-30', 1, '2027-02-28'],
    ['2026-11-30', 2, '2027-05-30'],
    ['2026-08-31', 1, '2026-11-30'],
    ['2026-08-31', 2, '2027-02-28'],
    ['2026-08-31', 3, '2027-05-31'],
  ])('started %s, stage %i → %s', (start, k, expected) => {
    expect(stageSummaryDue(start, k, policy)).toBe(expected);
  });
});

describe('deadlineStatus (due soon: within 2 working days)', () => {
  it.each([
    ['2026-03-10', '2026-03-11', 'overdue', 'the day after the last day'],
    ['2026-03-10', '2026-03-14', 'overdue', 'days later'],
    ['2026-03-10', '2026-03-10', 'due_soon', 'on the last day'],
    ['2026-03-10', '2026-03-09', 'due_soon', '1 working day before'],
    ['2026-03-10', '2026-03-06', 'due_soon', 'today Fri, due Tue: Mon (1), Tue (2) across the weekend'],
    ['2026-03-10', '2026-03-07', 'due_soon', 'today Sat, due Tue: Mon (1), Tue (2)'],
    ['2026-03-11', '2026-03-06', 'ok', 'today Fri, due Wed: 3 working days'],
    ['2026-03-31', '2026-03-02', 'ok', 'weeks ahead'],
    ['2026-10-09', '2026-09-30', 'due_soon', 'across National Day: 10-08 (1), 10-09 (2)'],
    ['2026-10-10', '2026-09-30', 'ok', 'the make-up Saturday 10-10 is the 3rd working day'],
    ['2026-02-24', '2026-02-13', 'due_soon', '02-14 make-up (1), 02-24 after the holiday (2)'],
    ['2026-02-25', '2026-02-13', 'ok', '3 working days'],
  ])('due %s, today %s → %s (%s)', (dueOn, today, expected) => {
    expect(deadlineStatus(dueOn, today, policy)).toBe(expected);
  });

  it('a policy with no warning window flags only the last day', () => {
    const none = { ...policy, deadlines: { ...policy.deadlines, dueSoonWorkingDays: 0 } };
    expect(deadlineStatus('2026-03-10', '2026-03-10', none)).toBe('due_soon');
    expect(deadlineStatus('2026-03-10', '2026-03-09', none)).toBe('ok');
  });

  it('works provisionally in an uncovered year', () => {
    // 2027-03-05 Fri, due Tue 2027-03-09: Mon (1), Tue (2).
    expect(deadlineStatus('2027-03-09', '2027-03-05', policy)).toBe('due_soon');
    expect(deadlineStatus('2027-03-10', '2027-03-05', policy)).toBe('ok');
  });
});

describe('workingDaysLeft', () => {
  it.each([
    ['2026-03-10', '2026-03-10', 0, 'on the last day'],
    ['2026-03-09', '2026-03-10', 1, 'the working day before'],
    ['2026-03-06', '2026-03-10', 2, 'Fri to Tue, across the weekend'],
    ['2026-03-07', '2026-03-10', 2, 'Sat to Tue'],
    ['2026-03-11', '2026-03-10', -1, 'the first working day after'],
    ['2026-03-13', '2026-03-10', -3, 'three working days after'],
    ['2026-03-16', '2026-03-13', -1, 'Mon after a Fri deadline'],
    ['2026-09-30', '2026-10-08', 1, 'across National Day'],
    ['2026-10-08', '2026-09-30', -1, 'overdue across National Day'],
    ['2026-09-24', '2026-10-15', 10, 'the objection period, counted by hand above'],
    ['2026-10-15', '2026-09-24', -10, 'the same period, backwards'],
    ['2026-02-13', '2026-02-24', 2, 'the make-up Saturday and the day after the Spring Festival'],
    ['2026-12-30', '2027-01-04', 3, '12-31 (1), 2027-01-01 Fri as a weekday (2), 01-04 (3)'],
  ])('today %s, due %s → %i (%s)', (today, dueOn, expected) => {
    expect(workingDaysLeft(today, dueOn)).toBe(expected);
  });

  it('counts back what addWorkingDays added, and is antisymmetric on working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 330 }), fc.integer({ min: 0, max: 20 }), (offset, n) => {
        const start = addCalendarDays('2026-01-01', offset);
        const due = addWorkingDays(start, n);
        expect(workingDaysLeft(start, due)).toBe(n);
        expect(isOnTime(due, due)).toBe(true);
        expect(deadlineStatus(due, due, policy)).toBe('due_soon');
        if (n > 0) expect(workingDaysLeft(due, start)).toBe(-n);
      }),
    );
  });
});
