import { z } from 'zod';
import { ZCategoryCode, ZRecallStatus, ZRemedy } from '../enums';
import { zGtin, zIsoDate, zOptionalText, zPageNumber, zText, zUscc } from './fields';
import { zPage } from './common';

/** One line of `recalls:import` (contract.md). */
export const ZRecallImportLine = z
  .object({
    recallNo: zText('召回编号', 64),
    title: zText('标题', 200),
    producerName: zText('生产者名称', 200),
    producerUscc: zUscc.optional(),
    productName: zText('产品名称', 200),
    brand: zOptionalText('品牌', 100),
    models: z.array(zText('型号规格', 100), { error: '型号规格应为数组' }).max(500).default([]),
    gtins: z.array(zGtin, { error: '商品条码应为数组' }).max(500).default([]),
    batches: z.array(zText('批次', 100), { error: '批次应为数组' }).max(5000).default([]),
    productionFrom: zIsoDate('生产起始日期').optional(),
    productionTo: zIsoDate('生产截止日期').optional(),
    quantity: z.number({ error: '召回数量应为数字' }).int({ error: '召回数量应为整数' }).nonnegative(),
    categoryCode: ZCategoryCode,
    defect: zText('缺陷情况', 4000),
    consequence: zText('可能导致的后果', 4000),
    remedy: zText('召回措施', 4000),
    remedyType: ZRemedy.optional(),
    startDate: zIsoDate('召回开始日期'),
    contactPhone: zOptionalText('咨询电话', 64),
    status: ZRecallStatus.default('ongoing'),
  })
  .refine((r) => !r.productionFrom || !r.productionTo || r.productionFrom <= r.productionTo, {
    error: '生产起始日期不能晚于截止日期',
    path: ['productionTo'],
  });
export type TRecallImportLine = z.infer<typeof ZRecallImportLine>;

/** A recall's public fields (附件6/附件7 public part). */
export const ZRecallPublic = z.object({
  id: z.number().int(),
  recallNo: z.string(),
  title: z.string(),
  producerName: z.string(),
  producerUscc: z.string().nullable(),
  productName: z.string(),
  brand: z.string().nullable(),
  categoryCode: ZCategoryCode,
  models: z.array(z.string()),
  gtins: z.array(z.string()),
  batches: z.array(z.string()),
  productionFrom: z.string().nullable(),
  productionTo: z.string().nullable(),
  quantity: z.number().int(),
  defect: z.string(),
  consequence: z.string(),
  remedy: z.string(),
  remedyType: ZRemedy.nullable(),
  contactPhone: z.string().nullable(),
  startDate: z.string(),
  status: ZRecallStatus,
  publishedAt: z.string().nullable(),
  source: z.enum(['case', 'import', 'foreign']),
  demo: z.boolean(),
  updatedAt: z.string(),
});
export type TRecallPublic = z.infer<typeof ZRecallPublic>;

export const ZRecallListQuery = z.object({
  q: z.string().trim().max(50, { error: '搜索词不能超过 50 个字' }).optional(),
  gtin: zGtin.optional(),
  category: ZCategoryCode.optional(),
  page: zPageNumber('页码', 10000, 1),
  pageSize: zPageNumber('每页条数', 100, 20),
});
export type TRecallListQuery = z.infer<typeof ZRecallListQuery>;
export const ZRecallListResponse = zPage(ZRecallPublic);
export type TRecallListResponse = z.infer<typeof ZRecallListResponse>;

export const ZRecallCheckRequest = z
  .object({
    gtin: zGtin.optional(),
    brand: zOptionalText('品牌', 100),
    model: zOptionalText('型号', 100),
    batch: zOptionalText('批次', 100),
    productionDate: zIsoDate('生产日期').optional(),
  })
  .refine((r) => r.gtin || r.model || r.brand, { error: '请至少提供商品条码、品牌或型号之一', path: ['gtin'] });
export type TRecallCheckRequest = z.infer<typeof ZRecallCheckRequest>;

export const ZRecallCheckResponse = z.object({
  status: z.enum(['affected', 'not_affected', 'unknown']),
  recalls: z.array(ZRecallPublic),
  reason: z.string(),
});
export type TRecallCheckResponse = z.infer<typeof ZRecallCheckResponse>;
