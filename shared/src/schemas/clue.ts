import { z } from 'zod';
import { ZCategoryCode, ZClueSource, ZInjuryLevel } from '../enums';
import { zGtin, zIsoDate, zOptionalText, zRegionCode, zText, zUscc } from './fields';

export const ZUploadResponse = z.object({ id: z.string(), url: z.string() });
export type TUploadResponse = z.infer<typeof ZUploadResponse>;

export const ZClueContact = z.object({
  name: zText('联系人姓名', 32),
  phone: z
    .string({ error: '联系电话应为文本' })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '联系电话格式不正确（手机号或带区号的固定电话）' }),
  address: zText('联系地址', 200),
});

/** POST /api/clues body (contract.md). */
export const ZClueCreateRequest = z.object({
  categoryCode: ZCategoryCode,
  productName: zText('产品名称', 100),
  brand: zText('品牌', 100),
  model: zOptionalText('型号规格', 100),
  batch: zOptionalText('批次', 100),
  productionDate: zIsoDate('生产日期').optional(),
  gtin: zGtin.optional(),
  producerName: zOptionalText('生产者名称', 200),
  producerUscc: zUscc.optional(),
  description: zText('问题描述', 2000),
  injury: ZInjuryLevel,
  fire: z.boolean({ error: '是否起火应为是或否' }).optional(),
  regionCode: zRegionCode,
  purchaseChannel: zOptionalText('购买渠道', 100),
  contact: ZClueContact,
  photoIds: z.array(z.string().max(64), { error: '照片应为数组' }).max(9, { error: '照片最多 9 张' }).default([]),
});
export type TClueCreateRequest = z.infer<typeof ZClueCreateRequest>;

export const ZRoutingDecision = z.object({
  bureauCode: z.string(),
  bureauName: z.string(),
  reason: z.string(),
  copiedTo: z.array(z.string()),
});
export type TRoutingDecisionBody = z.infer<typeof ZRoutingDecision>;

export const ZClueCreateResponse = z.object({ id: z.number().int(), status: z.string(), routing: ZRoutingDecision });
export type TClueCreateResponse = z.infer<typeof ZClueCreateResponse>;

/** Clue statuses (线索状态) from receipt to decision (苏 2025 第九、十条). */
export const CLUE_STATUSES = {
  received: '已接收',
  verifying: '核实中',
  merged: '已合并',
  transferred: '已移送',
  rejected: '不予受理',
  accepted: '已立案调查',
} as const;
export type ClueStatus = keyof typeof CLUE_STATUSES;
export const ZClueStatus = z.enum(Object.keys(CLUE_STATUSES) as [ClueStatus, ...ClueStatus[]]);

/** GET /api/clues/:id — to the reporter, and to staff of the bureaus it is routed or copied to. */
export const ZClueView = z.object({
  id: z.number().int(),
  receiptNo: z.string(),
  status: ZClueStatus,
  source: ZClueSource,
  categoryCode: ZCategoryCode,
  productName: z.string(),
  brand: z.string(),
  model: z.string().nullable(),
  batch: z.string().nullable(),
  productionDate: z.string().nullable(),
  gtin: z.string().nullable(),
  producerName: z.string().nullable(),
  producerUscc: z.string().nullable(),
  description: z.string(),
  injury: ZInjuryLevel,
  fire: z.boolean(),
  regionCode: z.string(),
  purchaseChannel: z.string().nullable(),
  /** Masked (张*, 138****5678) for anyone but the reporter and the handling bureau's staff. */
  contact: z.object({ name: z.string(), phone: z.string(), address: z.string() }),
  photos: z.array(z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string() })),
  routing: ZRoutingDecision,
  createdAt: z.string(),
  timeline: z.array(z.object({ at: z.string(), status: ZClueStatus, note: z.string() })),
});
export type TClueView = z.infer<typeof ZClueView>;

/** GET /api/bureau/clues — clues routed or copied to the caller's bureau, contact data masked. */
export const ZBureauClueListQuery = z.object({
  status: ZClueStatus.optional(),
  category: ZCategoryCode.optional(),
  injury: ZInjuryLevel.optional(),
  from: zIsoDate('开始日期').optional(),
  to: zIsoDate('截止日期').optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TBureauClueListQuery = z.infer<typeof ZBureauClueListQuery>;
export const ZBureauClueListResponse = z.object({
  items: z.array(ZClueView.omit({ timeline: true }).extend({ unread: z.boolean(), copiedOnly: z.boolean() })),
  total: z.number().int(),
  unread: z.number().int(),
});
export type TBureauClueListResponse = z.infer<typeof ZBureauClueListResponse>;
