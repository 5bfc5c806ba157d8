import { z } from 'zod';
import { ZCategoryCode, ZInjuryLevel } from '../enums';
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
