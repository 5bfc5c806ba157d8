import { z } from 'zod';
import { ZCategoryCode } from '../enums';
import { WARNING_GROUND_KEYS, WARNING_STATUS_KEYS } from '../domain/warning';
import { zGtin, zId, zOptionalText, zPastDate, zText } from './fields';
import { lazySchema } from './lazy';

export const ZWarningGround = lazySchema(() =>
  z.enum(WARNING_GROUND_KEYS, {
    error: '发布理由应为：无法追溯到生产者、责令召回拒不召回或其他不能实施召回的情形',
  }),
);
export const ZWarningStatus = lazySchema(() => z.enum(WARNING_STATUS_KEYS));

/** What a 消费提示 says: the product, the hazard, what consumers should do. */
const warningContent = {
  productName: zText('产品名称', 200),
  brand: zOptionalText('品牌', 100),
  categoryCode: ZCategoryCode,
  models: z.array(zText('型号规格', 100), { error: '型号规格应为数组' }).max(100).default([]),
  gtins: z.array(zGtin, { error: '商品条码应为数组' }).max(100).default([]),
  batches: z.array(zText('批次', 100), { error: '批次应为数组' }).max(500).default([]),
  productionFrom: zPastDate('生产起始日期').optional(),
  productionTo: zPastDate('生产截止日期').optional(),
  /** The defect as consumers should know it (缺陷情况). */
  hazard: zText('存在的缺陷', 2000),
  /** The safety risk: what can happen (可能导致的后果). */
  consequence: zText('安全风险', 2000),
  /** What consumers should do: stop using, how to dispose, whom to call. */
  advice: zText('消费者应采取的措施', 2000),
  /** Producer as far as it is known (a name without a registration when it cannot be traced). */
  producerName: zOptionalText('生产者名称', 200),
  photoIds: z
    .array(z.string({ error: '照片编号应为文本' }), { error: '照片应为数组' })
    .max(9, { error: '照片最多 9 张' })
    .default([]),
};

const productionRange = <T extends { productionFrom?: string; productionTo?: string }>(r: T) =>
  !r.productionFrom || !r.productionTo || r.productionFrom <= r.productionTo;
const rangeIssue = { error: '生产起始日期不能晚于截止日期', path: ['productionTo'] };

/** POST /api/warnings: publish on a case (or on a clue whose producer is not identified). */
export const ZWarningPublishRequest = lazySchema(() =>
  z
    .object({
      caseId: zId.optional(),
      clueId: zId.optional(),
      ground: ZWarningGround,
      ...warningContent,
    })
    .refine((r) => !!r.caseId !== !!r.clueId, { error: '请指明案件或线索（二者选一）', path: ['caseId'] })
    .refine(productionRange, rangeIssue),
);
export type TWarningPublishRequest = z.infer<typeof ZWarningPublishRequest>;

/** PUT /api/warnings/:id: a correction replaces the content; the reason stays in its public history. */
export const ZWarningCorrectRequest = lazySchema(() =>
  z.object({ ...warningContent, note: zText('更正原因', 200) }).refine(productionRange, rangeIssue),
);
export type TWarningCorrectRequest = z.infer<typeof ZWarningCorrectRequest>;

export const ZWarningWithdrawRequest = lazySchema(() => z.object({ reason: zText('撤回原因', 200) }));
export type TWarningWithdrawRequest = z.infer<typeof ZWarningWithdrawRequest>;

export const ZWarningListQuery = lazySchema(() => z.object({ caseId: zId.optional(), clueId: zId.optional() }));
export type TWarningListQuery = z.infer<typeof ZWarningListQuery>;

/** A warning as staff see it: its public record and how it came to be. */
export const ZWarningView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    /** The public record in the recall lookup (kind `warning`). */
    recallId: z.number().int(),
    recallNo: z.string(),
    caseId: z.number().int().nullable(),
    clueId: z.number().int().nullable(),
    bureauCode: z.string(),
    bureauName: z.string(),
    ground: ZWarningGround,
    groundLabel: z.string(),
    status: ZWarningStatus,
    statusLabel: z.string(),
    /** The recall that replaced it (a recall of the same product published later). */
    supersededBy: z.number().int().nullable(),
    withdrawReason: z.string().nullable(),
    publishedAt: z.string(),
    productName: z.string(),
    brand: z.string().nullable(),
    categoryCode: ZCategoryCode,
    models: z.array(z.string()),
    gtins: z.array(z.string()),
    batches: z.array(z.string()),
    productionFrom: z.string().nullable(),
    productionTo: z.string().nullable(),
    hazard: z.string(),
    consequence: z.string(),
    advice: z.string(),
    producerName: z.string(),
    photoIds: z.array(z.string()),
    /** The photos as staff open them (signed links), to show and keep in a correction. */
    photos: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
  }),
);
export type TWarningView = z.infer<typeof ZWarningView>;
export const ZWarningList = lazySchema(() => z.object({ items: z.array(ZWarningView) }));
export type TWarningList = z.infer<typeof ZWarningList>;
