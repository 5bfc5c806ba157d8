import { z } from 'zod';
import { ZCategoryCode } from '../enums';
import { zOptionalText, zPageNumber, zText } from './fields';
import { ZDefectClass } from './statistics';
import { lazySchema } from './lazy';

/**
 * The libraries the technical side of recalls relies on: the expert library (专家库, 办法 第十二条;
 * 辽 第二十条) the province keeps and consultations draw from, and the case library (案例库, 辽
 * 第二十条) of finished cases the province marks as typical (典型案例).
 */

/** POST /api/experts, PUT /api/experts/:id — the province (or an admin) enters or corrects an expert. */
export const ZExpertInput = lazySchema(() =>
  z.object({
    name: zText('专家姓名', 32),
    organisation: zText('工作单位', 100),
    title: zText('职称', 50),
    phone: z
      .string({ error: '联系电话应为文本' })
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '联系电话格式不正确（手机号或带区号的固定电话）' }),
    /** 擅长的产品类别 (category codes 01–10). */
    categoryCodes: z
      .array(ZCategoryCode, { error: '擅长的产品类别应为类别代码数组' })
      .min(1, { error: '请选择至少一个擅长的产品类别' })
      .max(10, { error: '产品类别最多 10 个' }),
    /** 专业方向, e.g. 电气安全、材料化学. */
    specialty: zOptionalText('专业方向', 200).default(''),
    active: z.boolean({ error: '是否在库应为 true 或 false' }).default(true),
  }),
);
export type TExpertInput = z.infer<typeof ZExpertInput>;

export const ZExpertView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    /** In full for the province and admins; masked (张*) for bureaus and the institution. */
    name: z.string(),
    phone: z.string(),
    masked: z.boolean(),
    organisation: z.string(),
    title: z.string(),
    categoryCodes: z.array(z.string()),
    categoryNames: z.array(z.string()),
    specialty: z.string(),
    active: z.boolean(),
    activeLabel: z.string(),
    updatedAt: z.string(),
  }),
);
export type TExpertView = z.infer<typeof ZExpertView>;

export const ZExpertListQuery = lazySchema(() =>
  z.object({
    categoryCode: ZCategoryCode.optional(),
    /** Organisation, title or specialty contains it. */
    keyword: zOptionalText('关键词', 50),
    /** The province sees inactive experts too when it asks (`all`). */
    status: z.enum(['active', 'inactive', 'all'], { error: '状态应为 active、inactive 或 all' }).default('active'),
  }),
);
export type TExpertListQuery = z.infer<typeof ZExpertListQuery>;

export const ZExpertList = lazySchema(() => z.object({ items: z.array(ZExpertView), total: z.number().int() }));
export type TExpertList = z.infer<typeof ZExpertList>;

/** The case states a case may be marked typical in: it is finished. */
export const TYPICAL_CASE_STATES = ['summarized', 'archived', 'closed_no_defect'] as const;

/**
 * A summary others will read (and may be published): it must not carry a phone number or an
 * identity-card number. Checked before it is stored; names cannot be checked by pattern and are
 * the author's responsibility, as the screen says.
 */
export function personalDataIn(text: string): string | null {
  if (/(^|\D)1\d{10}(\D|$)/.test(text)) return '手机号码';
  if (/(^|\D)\d{17}[\dXx](\D|$)/.test(text)) return '身份证号码';
  if (/(^|\D)0\d{2,3}-\d{7,8}(\D|$)/.test(text)) return '电话号码';
  return null;
}

const zPublicText = (label: string, max: number) =>
  zText(label, max).superRefine((v, ctx) => {
    const found = personalDataIn(v);
    if (found) ctx.addIssue({ code: 'custom', message: `${label}中不能含有${found}等个人信息` });
  });

/** PUT /api/cases/:id/typical — the province marks a finished case as a typical case. */
export const ZTypicalCaseMark = lazySchema(() =>
  z.object({
    title: zPublicText('案例标题', 100),
    /** 案例摘要: what happened and what was done, fit for the public (no personal data). */
    summary: zPublicText('案例摘要', 1000),
  }),
);
export type TTypicalCaseMark = z.infer<typeof ZTypicalCaseMark>;

export const ZTypicalCaseView = lazySchema(() =>
  z.object({
    caseId: z.number().int(),
    caseNo: z.string(),
    title: z.string(),
    summary: z.string(),
    productName: z.string(),
    producerName: z.string(),
    categoryCode: z.string(),
    categoryName: z.string(),
    defectClass: ZDefectClass.nullable(),
    defectClassName: z.string(),
    bureauName: z.string(),
    /** The recall the case led to, if any, and its units. */
    recallId: z.number().int().nullable(),
    units: z.number().int().nullable(),
    markedAt: z.string(),
    markedBy: z.string(),
  }),
);
export type TTypicalCaseView = z.infer<typeof ZTypicalCaseView>;

export const ZTypicalCaseQuery = lazySchema(() =>
  z.object({
    categoryCode: ZCategoryCode.optional(),
    defectClass: ZDefectClass.optional(),
    /** Title, summary, product or producer contains it. */
    keyword: zOptionalText('关键词', 50),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TTypicalCaseQuery = z.infer<typeof ZTypicalCaseQuery>;

export const ZTypicalCaseList = lazySchema(() =>
  z.object({ items: z.array(ZTypicalCaseView), total: z.number().int() }),
);
export type TTypicalCaseList = z.infer<typeof ZTypicalCaseList>;
