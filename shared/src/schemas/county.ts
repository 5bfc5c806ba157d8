import { z } from 'zod';
import { zId, zIsoDate, zText } from './fields';
import { ZClueView } from './clue';
import { ZCaseAssistView, ZReceiptView } from './case';
import { lazySchema } from './lazy';

/**
 * County bureaus (县级市场监管部门, 苏 第六条; 办法 第三条): their clues (read-only), the notices
 * they deliver to producers of their county (附件5 送达回执) and the assistance (协查) a city asks of them.
 */

export const ZCountyClueListQuery = lazySchema(() =>
  z.object({
    page: z.coerce.number({ error: '页码应为数字' }).int().min(1, { error: '页码应为正整数' }).max(10000).default(1),
    pageSize: z.coerce
      .number({ error: '每页条数应为数字' })
      .int()
      .min(1, { error: '每页条数至少为 1' })
      .max(100, { error: '每页条数最多为 100' })
      .default(20),
  }),
);
export type TCountyClueListQuery = z.infer<typeof ZCountyClueListQuery>;

/** A clue of the county: why the county sees it (the reporter's place, the producer's, or entered by it). */
export const ZCountyClueItem = lazySchema(() =>
  ZClueView.omit({ timeline: true }).extend({
    why: z.array(z.enum(['region', 'producer', 'entered'])),
    whyLabel: z.string(),
  }),
);
export const ZCountyClueListResponse = lazySchema(() =>
  z.object({
    county: z.object({ code: z.string(), name: z.string() }),
    items: z.array(ZCountyClueItem),
    total: z.number().int(),
  }),
);
export type TCountyClueListResponse = z.infer<typeof ZCountyClueListResponse>;

/** 协查请求: what the handling bureau asks the county to look into, and by which day. */
export const ZAssistRequestCreate = lazySchema(() =>
  z.object({
    countyCode: z
      .string({ error: '请选择协查的县级市场监管局' })
      .regex(/^\d{6}$/, { error: '请选择协查的县级市场监管局（6 位行政区划代码）' }),
    request: zText('协查事项', 1000),
    dueOn: zIsoDate('协查期限'),
  }),
);
export type TAssistRequestCreate = z.infer<typeof ZAssistRequestCreate>;

/** 协查情况: the county's note and its files (its own uploads). */
export const ZAssistAnswer = lazySchema(() =>
  z.object({
    note: zText('协查情况', 2000),
    fileIds: z
      .array(z.string({ error: '附件编号应为文本' }).uuid({ error: '附件编号格式不正确' }), { error: '附件应为列表' })
      .max(9, { error: '附件最多 9 个' })
      .default([]),
  }),
);
export type TAssistAnswer = z.infer<typeof ZAssistAnswer>;

export const ZAssistParams = lazySchema(() => z.object({ id: zId }));

/** A notice to the producer the county delivers, with its 送达回执 once recorded. */
export const ZCountyNotice = lazySchema(() =>
  z.object({
    id: z.number().int(),
    title: z.string(),
    annex: z.number().int().nullable(),
    docNo: z.string().nullable(),
    issuedOn: z.string(),
    downloadUrl: z.string(),
    receipt: ZReceiptView.nullable(),
  }),
);

/** A case as a county bureau sees it: the facts it needs to deliver and to assist, nothing more. */
export const ZCountyCaseItem = lazySchema(() =>
  z.object({
    id: z.number().int(),
    caseNo: z.string(),
    bureauName: z.string(),
    producerName: z.string(),
    producerUscc: z.string(),
    productName: z.string(),
    brand: z.string().nullable(),
    stateLabel: z.string(),
    /** 1 when the latest notice to the producer still waits for the county's delivery, else 0. */
    awaitingDelivery: z.number().int(),
    /** Assistance asked of the county and not yet answered. */
    openAssistance: z.number().int(),
    updatedAt: z.string(),
  }),
);
export const ZCountyCaseList = lazySchema(() => z.object({ items: z.array(ZCountyCaseItem) }));
export type TCountyCaseList = z.infer<typeof ZCountyCaseList>;

export const ZCountyCaseView = lazySchema(() =>
  ZCountyCaseItem.extend({
    /** The producer is registered in the county: its notices are the county's to deliver. */
    deliver: z.boolean(),
    notices: z.array(ZCountyNotice),
    assistance: z.array(ZCaseAssistView),
  }),
);
export type TCountyCaseView = z.infer<typeof ZCountyCaseView>;
