import { z } from 'zod';
import { calendarYearIssues } from '../domain/calendarYear';
import { lazySchema } from './lazy';

/** The working-day calendar as data (法定节假日与调休): the years covered and how staff enter one. */

const dates = (label: string) =>
  z.array(z.string({ error: `${label}应为日期文本` }), { error: `${label}应为日期列表` }).max(366, {
    error: `${label}最多 366 天`,
  });

/** POST /api/admin/calendar — one year of the State Council's schedule, replacing an earlier entry. */
export const ZCalendarYearInput = lazySchema(() =>
  z
    .object({
      year: z
        .number({ error: '年份应为数字' })
        .int({ error: '年份应为整数' })
        .min(2000, { error: '年份应在 2000 至 2100 之间' })
        .max(2100, { error: '年份应在 2000 至 2100 之间' }),
      holidays: dates('节假日'),
      workdays: dates('调休上班日'),
    })
    .superRefine((entry, ctx) => {
      for (const i of calendarYearIssues(entry))
        ctx.addIssue({
          code: 'custom',
          path: i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          message: i.message,
        });
    }),
);
export type TCalendarYearInput = z.infer<typeof ZCalendarYearInput>;

export const ZCalendarYearView = lazySchema(() =>
  z.object({
    year: z.number().int(),
    /** builtin: shipped with the server (chinese-days, config/calendar); entered: by staff, in the database. */
    source: z.enum(['builtin', 'entered']),
    holidays: z.array(z.string()),
    workdays: z.array(z.string()),
    enteredAt: z.string().nullable(),
    enteredBy: z.string().nullable(),
  }),
);
export type TCalendarYearView = z.infer<typeof ZCalendarYearView>;

export const ZCalendarListResponse = lazySchema(() => z.object({ years: z.array(ZCalendarYearView) }));
export type TCalendarListResponse = z.infer<typeof ZCalendarListResponse>;

export const ZCalendarSaveResponse = lazySchema(() =>
  z.object({
    year: ZCalendarYearView,
    /** Open cases whose deadline was recomputed with the year now known. */
    recomputedCases: z.array(z.number().int()),
  }),
);
export type TCalendarSaveResponse = z.infer<typeof ZCalendarSaveResponse>;
