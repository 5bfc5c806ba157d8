import {
  CalendarNotCoveredError,
  addWorkingDays,
  addWorkingDaysProvisional,
  buildCalendar,
  isWorkingDay,
} from '../src';

describe('isWorkingDay on the official calendar', () => {
  test.each([
    ['2026-02-13', true, 'Friday before the Spring Festival'],
    ['2026-02-14', true, 'Saturday make-up working day (调休上班)'],
    ['2026-02-16', false, 'Spring Festival holiday on a Monday'],
    ['2026-02-23', false, 'last day of the Spring Festival holiday'],
    ['2026-02-24', true, 'first working day after it'],
    ['2026-02-28', true, 'Saturday make-up working day'],
    ['2026-03-01', false, 'ordinary Sunday'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day holiday'],
    ['2026-10-08', true, 'back to work'],
    ['2026-10-10', true, 'Saturday make-up working day'],
    ['2025-10-11', true, 'Saturday make-up working day in 2025'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  test('an uncovered year is an explicit error, never weekends-only', () => {
    expect(() => isWorkingDay('2031-03-03')).toThrow(CalendarNotCoveredError);
    expect(() => isWorkingDay('2031-03-03')).toThrow('2031 年的法定节假日安排尚未收录');
  });

  test('an impossible date is refused', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  test.each([
    ['2026-02-12', 3, '2026-02-24', 'across the Spring Festival, counting the 14th'],
    ['2026-02-13', 1, '2026-02-14', 'the make-up Saturday counts'],
    ['2026-09-28', 3, '2026-10-08', 'across National Day'],
    ['2026-09-30', 10, '2026-10-20', '10 working days for an objection, counting the make-up 10 Oct'],
    ['2026-06-01', 0, '2026-06-01', 'zero days'],
    ['2026-03-02', 15, '2026-03-23', '15 working days with no holiday'],
  ])('%s + %i → %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  test('crossing into an uncovered year throws; the provisional form flags it', () => {
    expect(() => addWorkingDays('2026-12-28', 10)).toThrow(CalendarNotCoveredError);
    expect(addWorkingDaysProvisional('2026-12-28', 10)).toEqual({ date: '2027-01-11', provisional: true });
    expect(addWorkingDaysProvisional('2026-12-01', 3)).toEqual({ date: '2026-12-04', provisional: false });
  });

  test('a supplement year makes it covered', () => {
    const cal = buildCalendar({ '2031': { holidays: ['2031-01-01'], workdays: ['2031-01-04'] } });
    expect(isWorkingDay('2031-01-01', cal)).toBe(false);
    expect(isWorkingDay('2031-01-04', cal)).toBe(true);
    expect(
      addWorkingDays(
        '2030-12-31',
        1,
        buildCalendar({ '2030': { holidays: [], workdays: [] }, '2031': { holidays: ['2031-01-01'], workdays: [] } }),
      ),
    ).toBe('2031-01-02');
  });
});
