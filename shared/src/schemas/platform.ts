import { z } from 'zod';
import { ZCategoryCode } from '../enums';
import { ZRecallChange } from './recall';
import { zCount, zId, zOptionalText, zText } from './fields';
import { lazySchema } from './lazy';

/**
 * E-commerce platforms (电商平台, seed 004 “产品召回信息共享” and 电商平台消费品安全承诺机制):
 * a province or admin registers a platform and what it subscribes to; every published, corrected,
 * expanded, completed or withdrawn recall that matches is pushed to it (signed webhook through the
 * outbox) and can be pulled by cursor; the platform acknowledges and reports its measures, each due
 * within the profile's working days. Staff only: `@recall/shared/staff`.
 */

export const PLATFORM_EVENTS = {
  published: '发布',
  corrected: '更正',
  expanded: '扩大范围',
  completed: '召回完成',
  withdrawn: '撤回',
} as const;
export type PlatformEvent = keyof typeof PLATFORM_EVENTS;
export const ZPlatformEvent = lazySchema(() =>
  z.enum(Object.keys(PLATFORM_EVENTS) as [PlatformEvent, ...PlatformEvent[]]),
);

/** What a platform does about a recall (each has its own deadline and is reported with a count). */
export const PLATFORM_MEASURES = {
  takedown: '下架商品链接',
  buyers_notified: '通知已购消费者',
  stock_blocked: '屏蔽剩余库存',
} as const;
export type PlatformMeasureKind = keyof typeof PLATFORM_MEASURES;
export const ZPlatformMeasureKind = lazySchema(() =>
  z.enum(Object.keys(PLATFORM_MEASURES) as [PlatformMeasureKind, ...PlatformMeasureKind[]], {
    error: '措施应为：下架商品链接、通知已购消费者或屏蔽剩余库存',
  }),
);

const zHttpsUrl = lazySchema(() =>
  z
    .string({ error: '接收地址应为文本' })
    .trim()
    .max(500, { error: '接收地址不能超过 500 个字符' })
    .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), { error: '接收地址应为 http(s):// 开头的网址' }),
);

const zList = (label: string, max: number, item: z.ZodType<string>) =>
  z
    .array(item, { error: `${label}应为列表` })
    .max(max, { error: `${label}最多 ${max} 项` })
    .default([]);

/**
 * What a platform receives. `all`: every recall; otherwise a recall matches when any listed
 * category, GTIN prefix, brand or producer (name or USCC) matches it.
 */
export const ZPlatformSubscription = lazySchema(() =>
  z.object({
    all: z.boolean({ error: '“全部召回”应为是或否' }).default(false),
    categories: zList('产品类别', 10, ZCategoryCode),
    gtinPrefixes: zList(
      '商品条码前缀',
      200,
      z.string({ error: '商品条码前缀应为文本' }).regex(/^\d{3,13}$/, { error: '商品条码前缀应为 3–13 位数字' }),
    ),
    brands: zList('品牌', 200, zText('品牌', 50)),
    producers: zList('生产者（名称或统一社会信用代码）', 200, zText('生产者', 100)),
  }),
);
export type TPlatformSubscription = z.infer<typeof ZPlatformSubscription>;

export const ZPlatformContact = lazySchema(() =>
  z.object({
    name: zText('联系人', 30),
    phone: z
      .string({ error: '联系电话应为文本' })
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, { error: '联系电话格式不正确' }),
    email: zOptionalText('电子邮箱', 100),
  }),
);

export const ZPlatformCreate = lazySchema(() =>
  z.object({
    name: zText('平台名称', 60),
    /** The operator's 统一社会信用代码 (optional: some platforms are registered abroad). */
    uscc: zOptionalText('统一社会信用代码', 18),
    contacts: z
      .array(ZPlatformContact, { error: '联系人应为列表' })
      .min(1, { error: '请至少填写一位联系人' })
      .max(5, { error: '联系人最多 5 位' }),
    /** Absent: the platform only pulls. */
    webhookUrl: zHttpsUrl.optional(),
    subscription: ZPlatformSubscription,
  }),
);
export type TPlatformCreate = z.infer<typeof ZPlatformCreate>;

export const ZPlatformUpdate = lazySchema(() =>
  z.object({
    contacts: ZPlatformCreate.shape.contacts.optional(),
    webhookUrl: zHttpsUrl.nullable().optional(),
    subscription: ZPlatformSubscription.optional(),
    disabled: z.boolean({ error: '停用应为是或否' }).optional(),
  }),
);
export type TPlatformUpdate = z.infer<typeof ZPlatformUpdate>;

/** A platform's counts over its deliveries, for lists and the commitment evaluation. */
export const ZPlatformTally = lazySchema(() =>
  z.object({
    pushed: z.number().int(),
    acknowledged: z.number().int(),
    /** Measures reported within their deadline, and measures now past it with nothing reported. */
    onTime: z.number().int(),
    overdue: z.number().int(),
    /** Median working hours from push to first measure, null before any measure. */
    medianHoursToAct: z.number().nullable(),
  }),
);

export const ZPlatformView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    uscc: z.string().nullable(),
    contacts: z.array(z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() })),
    webhookUrl: z.string().nullable(),
    subscription: ZPlatformSubscription,
    disabled: z.boolean(),
    /** The last webhook attempt: when, and whether the platform answered 2xx. */
    lastDelivery: z.object({ at: z.string(), ok: z.boolean(), status: z.string() }).nullable(),
    tally: ZPlatformTally,
    createdAt: z.string(),
  }),
);
export type TPlatformView = z.infer<typeof ZPlatformView>;
export const ZPlatformList = lazySchema(() => z.object({ items: z.array(ZPlatformView) }));

/**
 * Shown once, when a platform is registered or its credentials are renewed: the API key the
 * platform's servers send as `Authorization: Bearer <apiKey>` and the secret that signs webhooks.
 */
export const ZPlatformCredentials = lazySchema(() => z.object({ apiKey: z.string(), webhookSecret: z.string() }));
export const ZPlatformCreated = lazySchema(() =>
  z.object({ platform: ZPlatformView, credentials: ZPlatformCredentials }),
);

/** One recall sent to one platform: what the webhook carries and the pull API lists. */
export const ZPlatformDelivery = lazySchema(() =>
  z.object({
    /** Stable id: the platform ignores one it has seen (idempotent on its side). */
    deliveryId: z.string(),
    /** The pull cursor: ask again with `after` = the last one read. */
    seq: z.number().int(),
    event: ZPlatformEvent,
    recall: ZRecallChange,
    createdAt: z.string(),
    acknowledgedAt: z.string().nullable(),
  }),
);
export type TPlatformDelivery = z.infer<typeof ZPlatformDelivery>;

export const ZPlatformDeliveryQuery = lazySchema(() =>
  z.object({
    after: z.coerce
      .number({ error: 'after（上次读到的 seq）应为数字' })
      .int({ error: 'after（上次读到的 seq）应为整数' })
      .min(0, { error: 'after（上次读到的 seq）不能小于 0' })
      .max(Number.MAX_SAFE_INTEGER, { error: 'after（上次读到的 seq）过大' })
      .default(0),
    limit: z.coerce
      .number({ error: 'limit（每次条数）应为数字' })
      .int({ error: 'limit（每次条数）应为整数' })
      .min(1, { error: 'limit（每次条数）至少为 1' })
      .max(500, { error: 'limit（每次条数）最多 500' })
      .default(100),
  }),
);
export const ZPlatformDeliveryPage = lazySchema(() =>
  z.object({
    items: z.array(ZPlatformDelivery),
    /** The cursor for the next call (the last item's seq, or `after` when nothing is new). */
    next: z.number().int(),
    more: z.boolean(),
  }),
);

export const ZDeliveryParams = lazySchema(() =>
  z.object({
    deliveryId: z.string({ error: '推送编号应为文本' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '推送编号格式不正确' }),
  }),
);

export const ZPlatformMeasureInput = lazySchema(() =>
  z.object({
    kind: ZPlatformMeasureKind,
    /** Listings taken down, buyers notified, units blocked. */
    count: zCount('数量'),
    /** How buyers were told (站内信、短信、电话…), for buyers_notified. */
    channel: zOptionalText('通知渠道', 50),
    /** When it was done (ISO date-time; absent: now). Not in the future. */
    doneAt: z.string({ error: '完成时间应为文本' }).datetime({ offset: true, error: '完成时间格式不正确' }).optional(),
    note: zOptionalText('说明', 500),
  }),
);
export type TPlatformMeasureInput = z.infer<typeof ZPlatformMeasureInput>;

const ZDueState = lazySchema(() => z.enum(['done', 'ok', 'due_soon', 'overdue']));

/** One measure's deadline and what was reported against it. */
export const ZPlatformMeasureState = lazySchema(() =>
  z.object({
    kind: ZPlatformMeasureKind,
    label: z.string(),
    dueAt: z.string(),
    state: ZDueState,
    stateLabel: z.string(),
    reports: z.array(
      z.object({
        count: z.number().int(),
        channel: z.string().nullable(),
        doneAt: z.string(),
        note: z.string().nullable(),
      }),
    ),
  }),
);

/** One platform's handling of one recall, as the platform, its bureau and the province see it. */
export const ZPlatformRecallStatus = lazySchema(() =>
  z.object({
    platform: z.object({ id: z.number().int(), name: z.string() }),
    recall: z.object({ id: z.number().int(), recallNo: z.string(), title: z.string() }),
    pushedAt: z.string(),
    /** The webhook: delivered, retrying, failed (pull only), or pull (no webhook). */
    delivery: z.object({
      state: z.enum(['delivered', 'retrying', 'failed', 'pull']),
      stateLabel: z.string(),
      attempts: z.number().int(),
    }),
    acknowledgedAt: z.string().nullable(),
    /** Working hours from push to the first measure reported. */
    hoursToAct: z.number().nullable(),
    measures: z.array(ZPlatformMeasureState),
    overdue: z.boolean(),
  }),
);
export type TPlatformRecallStatus = z.infer<typeof ZPlatformRecallStatus>;
export const ZPlatformRecallStatusList = lazySchema(() => z.object({ items: z.array(ZPlatformRecallStatus) }));

/** One recall on the platform's own desk: its status and the newest delivery (what 确认收到 acknowledges). */
export const ZPlatformDeskRecall = lazySchema(() => ZPlatformRecallStatus.extend({ latest: ZPlatformDelivery }));
export type TPlatformDeskRecall = z.infer<typeof ZPlatformDeskRecall>;

export const ZRecallIdParams = lazySchema(() => z.object({ recallId: zId }));

/** Each platform's record over a period (the 承诺机制 evaluation), JSON or XLSX. */
export const ZPlatformRecordQuery = lazySchema(() =>
  z.object({
    from: z
      .string({ error: '开始日期应为文本' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '开始日期格式应为 YYYY-MM-DD' }),
    to: z.string({ error: '结束日期应为文本' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: '结束日期格式应为 YYYY-MM-DD' }),
  }),
);
export const ZPlatformRecord = lazySchema(() =>
  z.object({
    from: z.string(),
    to: z.string(),
    items: z.array(z.object({ platform: z.object({ id: z.number().int(), name: z.string() }), tally: ZPlatformTally })),
  }),
);
export type TPlatformRecord = z.infer<typeof ZPlatformRecord>;
