import { isIsoDate, parseIsoDate } from './dates';

/**
 * A year of the official schedule as staff enter it from the State Council's notice
 * (国务院办公厅关于某年部分节假日安排的通知): the days off that would be working days
 * (holidays) and the weekend days worked instead (调休上班). With the weekend rule these two
 * lists classify every date of the year. Free of the packaged calendar, so the miniapp can use it.
 */
export interface CalendarYearEntry {
  year: number;
  holidays: string[];
  workdays: string[];
}

export interface CalendarIssue {
  /** The field, as the API names it: `holidays.3`, `workdays`. */
  path: string;
  message: string;
}

const FIELD = { holidays: '节假日', workdays: '调休上班日' } as const;

function isWeekendDate(date: string): boolean {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 || day === 6;
}

function listIssues(entry: CalendarYearEntry, key: keyof typeof FIELD): CalendarIssue[] {
  const label = FIELD[key];
  const seen = new Set<string>();
  return entry[key].flatMap((d, i): CalendarIssue[] => {
    const path = `${key}.${i}`;
    if (!isIsoDate(d)) return [{ path, message: `${label}“${d}”不是有效日期（格式 YYYY-MM-DD）` }];
    if (!d.startsWith(`${entry.year}-`)) return [{ path, message: `${label} ${d} 不在 ${entry.year} 年内` }];
    if (seen.has(d)) return [{ path, message: `${label} ${d} 重复填写` }];
    seen.add(d);
    if (key === 'workdays' && !isWeekendDate(d))
      return [{ path, message: `调休上班日 ${d} 不是周六或周日（工作日本来就上班，不必填写）` }];
    if (key === 'workdays' && entry.holidays.includes(d))
      return [{ path, message: `${d} 不能既是节假日又是调休上班日` }];
    return [];
  });
}

/** Why a year's entry cannot be taken, one issue per offending date; empty when it is sound. */
export function calendarYearIssues(entry: CalendarYearEntry): CalendarIssue[] {
  const issues = [...listIssues(entry, 'holidays'), ...listIssues(entry, 'workdays')];
  if (!entry.holidays.length) issues.unshift({ path: 'holidays', message: '请填写该年的法定节假日（放假日期）' });
  return issues;
}
