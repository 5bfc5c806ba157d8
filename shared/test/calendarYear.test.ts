import { calendarWith, isWorkingDay } from '../src';
import { ZCalendarYearInput } from '../src/staff';

/**
 * Entering a year of the official schedule. The dates below are made up for the tests (2027 is
 * not published yet): they are shapes, not the State Council's arrangement.
 * 2027-01-01 is a Friday, 01-02 a Saturday, 01-04 a Monday.
 */
const ok = { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] };

describe('a year as staff enter it', () => {
  test.each([
    ['a holiday and a make-up Saturday', ok],
    ['a Sunday make-up day', { ...ok, workdays: ['2027-01-03'] }],
    ['no make-up days at all', { ...ok, workdays: [] }],
    ['a holiday that falls on a weekend (inside a holiday span)', { ...ok, holidays: ['2027-01-01', '2027-01-03'] }],
  ])('accepts %s', (_why, body) => {
    expect(ZCalendarYearInput.safeParse(body).success).toBe(true);
  });

  test.each([
    ['a year out of range', { ...ok, year: 1999 }, 'year', '年份应在 2000 至 2100 之间'],
    ['a year that is not a whole number', { ...ok, year: 2027.5 }, 'year', '年份应为整数'],
    ['no holidays', { ...ok, holidays: [] }, 'holidays', '请填写该年的法定节假日'],
    ['holidays not a list', { ...ok, holidays: '2027-01-01' }, 'holidays', '节假日应为日期列表'],
    ['an impossible date', { ...ok, holidays: ['2027-02-30'] }, 'holidays.0', '节假日“2027-02-30”不是有效日期'],
    ['a date in another year', { ...ok, holidays: ['2027-01-01', '2026-12-31'] }, 'holidays.1', '不在 2027 年内'],
    [
      'a date written differently',
      { ...ok, workdays: ['2027/01/02'] },
      'workdays.0',
      '调休上班日“2027/01/02”不是有效日期',
    ],
    ['a make-up day on a weekday', { ...ok, workdays: ['2027-01-04'] }, 'workdays.0', '不是周六或周日'],
    [
      'a make-up day that is also a holiday',
      { ...ok, holidays: ['2027-01-01', '2027-01-02'], workdays: ['2027-01-02'] },
      'workdays.0',
      '不能既是节假日又是调休上班日',
    ],
    ['a holiday twice', { ...ok, holidays: ['2027-01-01', '2027-01-01'] }, 'holidays.1', '重复填写'],
    ['a make-up day in the next year', { ...ok, workdays: ['2028-01-01'] }, 'workdays.0', '不在 2027 年内'],
  ])('refuses %s, naming the field', (_why, body, path, message) => {
    const r = ZCalendarYearInput.safeParse(body);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });
});

describe('a calendar with an entered year', () => {
  const cal = calendarWith({ 2027: { holidays: ['2027-01-01'], workdays: ['2027-01-02'] } });
  test.each([
    ['2027-01-01', false, 'the entered holiday'],
    ['2027-01-02', true, 'the entered make-up Saturday'],
    ['2027-01-03', false, 'an ordinary Sunday'],
    ['2027-01-04', true, 'an ordinary Monday'],
    ['2026-10-01', false, 'a shipped holiday is still one'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(date, cal)).toBe(working);
  });
});
