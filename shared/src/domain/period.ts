/**
 * Statistics periods (统计期间) as people name them: a year (2026), a quarter (2026-Q3), a month
 * (2026-07) or a range of days (2026-07-01~2026-09-30). Each becomes inclusive ISO dates and the
 * Chinese label a bulletin prints, e.g. 2026年第三季度.
 */
export interface Period {
  from: string;
  to: string;
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const cn = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** The period a string names, or null when it names none (a month 13, a range running backwards…). */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: `${m[1]}年` };
  m = /^(\d{4})-?Q([1-4])$/i.exec(s);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    const last = q * 3;
    return {
      from: `${y}-${pad(last - 2)}-01`,
      to: `${y}-${pad(last)}-${lastDay(y, last)}`,
      label: `${y}年第${QUARTER_NAMES[q - 1]}季度`,
    };
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${lastDay(y, mo)}`, label: `${y}年${mo}月` };
  }
  m = /^(\d{4}-\d{2}-\d{2})\s*(?:~|至|\.\.)\s*(\d{4}-\d{2}-\d{2})$/.exec(s);
  if (m && isIsoDate(m[1]) && isIsoDate(m[2]) && m[1] <= m[2]) {
    return { from: m[1], to: m[2], label: `${cn(m[1])}至${cn(m[2])}` };
  }
  return null;
}

/** The quarter a day falls in, as parsePeriod reads it: 2026-11-26 → 2026-Q4. */
export function quarterOf(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number);
  return `${y}-Q${Math.ceil(m / 3)}`;
}
