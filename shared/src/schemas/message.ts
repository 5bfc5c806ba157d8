import { z } from 'zod';
import { MESSAGE_KIND_KEYS } from '../notify/kinds';
import { zGtin, zOptionalText, zPageNumber } from './fields';
import { lazySchema } from './lazy';

/** Message center (消息): every role's in-app messages, each linking to the page concerned. */
export const ZMessageView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    kind: z.enum(MESSAGE_KIND_KEYS),
    kindLabel: z.string(),
    title: z.string(),
    body: z.string(),
    /** A mini-program page path with its query, e.g. /pages/recall/index?id=3. */
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  }),
);
export type TMessageView = z.infer<typeof ZMessageView>;
export const ZMessageListQuery = lazySchema(() =>
  z.object({
    unread: z.enum(['1', '0']).optional(),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TMessageListQuery = z.infer<typeof ZMessageListQuery>;
export const ZMessageList = lazySchema(() =>
  z.object({
    items: z.array(ZMessageView),
    total: z.number().int(),
    unread: z.number().int(),
  }),
);
export type TMessageList = z.infer<typeof ZMessageList>;
export const ZUnreadCount = lazySchema(() => z.object({ unread: z.number().int() }));

/** What Taro.requestSubscribeMessage answered, per template id: one 'accept' is one send. */
export const ZGrantReport = lazySchema(() =>
  z.object({
    results: z.record(
      z.string().max(64),
      z.enum(['accept', 'reject', 'ban', 'filter'], { error: '订阅结果应为 accept、reject、ban 或 filter' }),
    ),
  }),
);
export type TGrantReport = z.infer<typeof ZGrantReport>;
export const ZGrantCounts = lazySchema(() => z.object({ grants: z.record(z.string(), z.number().int()) }));
export type TGrantCounts = z.infer<typeof ZGrantCounts>;

/** Followed products (我的产品): matched on GTIN, brand + model, or brand + product name; and batch where given. */
/** What a follow needs to be matched to recalls at all. */
export const FOLLOW_TARGET_NEEDED = '请提供商品条码，或同时提供品牌和型号（或品牌和产品名称）';
export const ZFollowCreate = lazySchema(() =>
  z
    .object({
      gtin: zGtin.optional(),
      brand: zOptionalText('品牌', 100),
      model: zOptionalText('型号', 100),
      batch: zOptionalText('批次', 100),
      productName: zOptionalText('产品名称', 100),
      /** Followed from this recall: every barcode it lists is followed. */
      recallId: z.number({ error: '召回编号应为数字' }).int().positive().max(2_000_000_000).optional(),
      source: z
        .enum(['scan', 'recall', 'search', 'manual'], { error: '来源应为 scan、recall、search 或 manual' })
        .default('manual'),
    })
    .refine((f) => f.gtin || (f.brand && (f.model || f.productName)), {
      error: FOLLOW_TARGET_NEEDED,
      path: ['gtin'],
    }),
);
export type TFollowCreate = z.infer<typeof ZFollowCreate>;
export const ZFollowView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    gtin: z.string().nullable(),
    brand: z.string().nullable(),
    model: z.string().nullable(),
    batch: z.string().nullable(),
    productName: z.string().nullable(),
    source: z.string(),
    createdAt: z.string(),
    /** Published recalls that match it now. */
    matches: z.array(z.object({ id: z.number().int(), title: z.string() })),
  }),
);
export type TFollowView = z.infer<typeof ZFollowView>;
export const ZFollowList = lazySchema(() => z.object({ items: z.array(ZFollowView) }));
export type TFollowList = z.infer<typeof ZFollowList>;

/** Admin view of the delivery outbox (dead letters with their error). */
export const ZOutboxQuery = lazySchema(() =>
  z.object({
    status: z.enum(['pending', 'claimed', 'sending', 'sent', 'retry', 'skipped', 'dead', 'uncertain']).optional(),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 50),
  }),
);
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;
const OUTBOX_STATUS = ZOutboxQuery.shape.status.unwrap();
export const ZOutboxItem = lazySchema(() =>
  z.object({
    id: z.number().int(),
    userId: z.number().int(),
    templateKey: z.string(),
    page: z.string().nullable(),
    data: z.record(z.string(), z.object({ value: z.string() })),
    dedupeKey: z.string().nullable(),
    status: OUTBOX_STATUS,
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  }),
);
export const ZOutboxList = lazySchema(() =>
  z.object({
    items: z.array(ZOutboxItem),
    total: z.number().int(),
    counts: z.record(OUTBOX_STATUS, z.number().int()),
  }),
);
