import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { ZCalendarYearInput, type TCalendarSaveResponse, type TCalendarYearView } from '@recall/shared/staff';
import { ApiError, errorMessage } from '../../services/errors';
import { enterCalendarYear, fetchCalendarYears } from './api';

export type CalendarField = 'year' | 'holidays' | 'workdays';

/** Dates as staff type or paste them: one a line, or separated by commas, 、 or spaces. */
export const splitDates = (text: string): string[] => text.split(/[\s,，、]+/).filter(Boolean);

/** The field an issue belongs to ('holidays.3' → holidays). */
const fieldOf = (path: string): CalendarField | null => {
  const head = path.split('.')[0];
  return head === 'year' || head === 'holidays' || head === 'workdays' ? head : null;
};

function issuesByField(issues: Array<{ path: string; message: string }>): Partial<Record<CalendarField, string>> {
  const out: Partial<Record<CalendarField, string>> = {};
  for (const i of issues) {
    const f = fieldOf(i.path);
    if (f && !out[f]) out[f] = i.message;
  }
  return out;
}

/**
 * 法定节假日安排: the covered years, and a year entered as two lists of dates. Checked here with
 * the server's own schema first (the same messages), then sent; the server answers with the year
 * and the open cases whose deadline it counted again.
 */
export function useCalendarYears() {
  const [years, setYears] = useState<TCalendarYearView[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CalendarField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<TCalendarSaveResponse | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setYears((await fetchCalendarYears()).years);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  /** Fills the form with an entered year, to correct it. */
  const edit = (y: TCalendarYearView) => {
    setYear(String(y.year));
    setHolidays(y.holidays.join('\n'));
    setWorkdays(y.workdays.join('\n'));
    setErrors({});
    setSaved(null);
  };

  const submit = async () => {
    const body = { year: Number(year), holidays: splitDates(holidays), workdays: splitDates(workdays) };
    const checked = ZCalendarYearInput.safeParse(body);
    if (!checked.success) {
      setErrors(issuesByField(checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
      setFormError('请按提示修改后再保存');
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const r = await enterCalendarYear(checked.data);
      setSaved(r);
      void Taro.showToast({ title: `已录入 ${r.year.year} 年`, icon: 'success' });
      await load();
    } catch (err) {
      if (err instanceof ApiError) setErrors(issuesByField(err.issues));
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return {
    years,
    loadError,
    reload: load,
    form: { year, holidays, workdays, setYear, setHolidays, setWorkdays, errors, formError, busy },
    edit,
    submit,
    saved,
  };
}
