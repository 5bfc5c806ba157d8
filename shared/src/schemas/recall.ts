import { z } from 'zod';
import { ZCategoryCode, ZRecallStatus, ZRemedy } from '../enums';
import { zCount, zGtin, zIsoDate, zOptionalText, zPageNumber, zPastDate, zText, zUscc } from './fields';
import { zPage } from './common';
import { searchQueryProblem } from '../domain/searchQuery';
import { RECALL_KINDS, type RecallKind, WARNING_GROUND_KEYS } from '../domain/warning';
import { lazySchema } from './lazy';

/** One line of `recalls:import` (contract.md). */
export const ZRecallImportLine = lazySchema(() =>
  z
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
      productionFrom: zPastDate('生产起始日期').optional(),
      productionTo: zPastDate('生产截止日期').optional(),
      quantity: zCount('召回数量'),
      categoryCode: ZCategoryCode,
      defect: zText('缺陷情况', 4000),
      consequence: zText('可能导致的后果', 4000),
      remedy: zText('召回措施', 4000),
      remedyType: ZRemedy.optional(),
      startDate: zIsoDate('召回开始日期'),
      contactPhone: zOptionalText('咨询电话', 64),
      /** How consumers get the remedy: hotline hours, stores, online channels (召回途径). */
      remedyChannels: zOptionalText('召回途径', 1000),
      status: ZRecallStatus.default('ongoing'),
      /** The day the recall was announced; its start date when not given (never the day of the import). */
      publishedOn: zIsoDate('发布日期').optional(),
      /** 附件6 fields consumers read besides the defect and the remedy. */
      description: zOptionalText('产品描述', 4000),
      emergency: zOptionalText('避免损害发生的应急处置方式', 4000),
      organization: zOptionalText('召回负责机构', 200),
      /** The bureau that published the recall, and its 消费品召回管理工作联系电话. */
      bureauName: zOptionalText('发布机构', 64),
      bureauPhone: zOptionalText('监管部门联系电话', 64),
      /** Where the record comes from: an import by default, or a foreign authority's recall. */
      source: z.enum(['import', 'foreign'], { error: '来源应为 import 或 foreign' }).default('import'),
    })
    .refine((r) => !r.productionFrom || !r.productionTo || r.productionFrom <= r.productionTo, {
      error: '生产起始日期不能晚于截止日期',
      path: ['productionTo'],
    }),
);
export type TRecallImportLine = z.infer<typeof ZRecallImportLine>;

/** A recall's public fields (附件6/附件7 public part). */
export const ZRecallKind = lazySchema(() => z.enum(Object.keys(RECALL_KINDS) as [RecallKind, ...RecallKind[]]));

export const ZRecallPublic = lazySchema(() =>
  z.object({
    id: z.number().int(),
    /**
     * `recall`: a producer's recall; `warning`: a 消费提示 the regulator published because no recall
     * can be had (办法 第十九条) — searched and matched like a recall, always labelled apart.
     */
    kind: ZRecallKind,
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
    remedyChannels: z.string().nullable(),
    startDate: z.string(),
    status: ZRecallStatus,
    publishedAt: z.string().nullable(),
    source: z.enum(['case', 'import', 'foreign', 'warning']),
    demo: z.boolean(),
    updatedAt: z.string(),
    /** 附件6 产品描述 (附件6 注: the whole plan is public). */
    description: z.string().nullable(),
    /** 附件6 避免损害发生的应急处置方式: what to do with a unit until it is remedied. */
    emergency: z.string().nullable(),
    /** 附件6 召回负责机构. */
    organization: z.string().nullable(),
    /** 附件6 外观照片 as the producer uploaded them with the plan (public links, EXIF removed on upload). */
    photos: z.array(z.object({ url: z.string(), thumbUrl: z.string() })),
    /** The bureau that published it; its recall line, or null where consumers call 12315. */
    bureauName: z.string().nullable(),
    bureauPhone: z.string().nullable(),
  }),
);
export type TRecallPublic = z.infer<typeof ZRecallPublic>;

/** One recall with its public change history (corrections and withdrawal stay visible). */
export const ZRecallRevision = lazySchema(() =>
  z.object({ version: z.number().int(), changedAt: z.string(), note: z.string() }),
);
export const ZRecallDetail = lazySchema(() =>
  ZRecallPublic.extend({
    withdrawn: z.boolean(),
    revisions: z.array(ZRecallRevision),
    /** Consumers can ask for the remedy here: the recall runs and its producer's customer service is on the platform. */
    acceptsRequests: z.boolean(),
    /** The 新闻稿 (附件7) published with a case's recall. */
    pressRelease: z.object({ title: z.string(), body: z.string() }).nullable(),
    /**
     * Public progress of a recall run on this platform: units remedied (completed or confirmed remedy
     * requests, plus units the producer reports for other channels) of units involved; null for
     * imported recalls, whose remedies happen elsewhere.
     */
    progress: z.object({ involved: z.number().int(), remedied: z.number().int(), rate: z.number() }).nullable(),
    /** For a 消费提示: why the regulator published it, and the recall that later replaced it. */
    warning: z
      .object({
        ground: z.enum(WARNING_GROUND_KEYS),
        groundLabel: z.string(),
        notice: z.string(),
        supersededBy: z.object({ id: z.number().int(), title: z.string() }).nullable(),
      })
      .nullable(),
  }),
);
export type TRecallDetail = z.infer<typeof ZRecallDetail>;

/**
 * The changes feed (open data): every recall and 消费提示 changed after a cursor, oldest change first,
 * each in its current public form — mirrors and platforms keep a copy by asking with the last `next`.
 * A withdrawn record comes with `withdrawn: true` so a mirror takes it down.
 */
export const ZRecallChangesQuery = lazySchema(() =>
  z.object({
    since: z.coerce
      .number({ error: 'since（上次返回的 next）应为数字' })
      .int({ error: 'since（上次返回的 next）应为整数' })
      .min(0, { error: 'since（上次返回的 next）不能小于 0' })
      .max(Number.MAX_SAFE_INTEGER, { error: 'since（上次返回的 next）过大' })
      .default(0),
    limit: zPageNumber('limit（每次条数）', 500, 100),
  }),
);
export type TRecallChangesQuery = z.infer<typeof ZRecallChangesQuery>;
export const ZRecallChange = lazySchema(() =>
  ZRecallPublic.extend({
    /** The change's place in the feed: ask again with `since` = the last one read. */
    seq: z.number().int(),
    version: z.number().int(),
    withdrawn: z.boolean(),
  }),
);
export const ZRecallChanges = lazySchema(() =>
  z.object({
    items: z.array(ZRecallChange),
    /** The cursor for the next call (the last item's seq, or `since` when nothing changed). */
    next: z.number().int(),
    /** More changes wait: ask again at once with `since=next`. */
    more: z.boolean(),
  }),
);
export type TRecallChanges = z.infer<typeof ZRecallChanges>;

export const ZRecallListQuery = lazySchema(() =>
  z.object({
    q: z
      .string()
      .trim()
      .max(50, { error: '搜索词不能超过 50 个字' })
      .superRefine((q, ctx) => {
        const problem = q ? searchQueryProblem(q) : undefined;
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    gtin: zGtin.optional(),
    category: ZCategoryCode.optional(),
    /** Recalls that started on or after / before this date. */
    from: zIsoDate('开始日期').optional(),
    to: zIsoDate('截止日期').optional(),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TRecallListQuery = z.infer<typeof ZRecallListQuery>;
/** A list answer also says how fresh the data is: "nothing found" is never "safe". */
export const ZRecallListResponse = lazySchema(() => zPage(ZRecallPublic).extend({ dataAsOf: z.string().nullable() }));
export type TRecallListResponse = z.infer<typeof ZRecallListResponse>;

export const ZRecallCheckRequest = lazySchema(() =>
  z
    .object({
      gtin: zGtin.optional(),
      brand: zOptionalText('品牌', 100),
      model: zOptionalText('型号', 100),
      batch: zOptionalText('批次', 100),
      productionDate: zPastDate('生产日期').optional(),
    })
    .refine((r) => r.gtin || r.model || r.brand, { error: '请至少提供商品条码、品牌或型号之一', path: ['gtin'] }),
);
export type TRecallCheckRequest = z.infer<typeof ZRecallCheckRequest>;

export const ZUnitStatus = lazySchema(() => z.enum(['affected', 'not_affected', 'unknown']));
export const ZRecallCheckResponse = lazySchema(() =>
  z.object({
    status: ZUnitStatus,
    recalls: z.array(ZRecallPublic),
    reason: z.string(),
    /** Per matching recall: why this unit is or is not in its scope. */
    verdicts: z.array(z.object({ recallId: z.number().int(), status: ZUnitStatus, reason: z.string() })),
    /** What the consumer could add to turn `unknown` into an answer. */
    needs: z.array(z.enum(['batch', 'productionDate', 'model'])),
    dataAsOf: z.string().nullable(),
  }),
);
export type TRecallCheckResponse = z.infer<typeof ZRecallCheckResponse>;

/** POST /api/recalls/match — the report form asks whether a recall already covers the product described. */
export const ZRecallMatchRequest = lazySchema(() =>
  z
    .object({
      gtin: zGtin.optional(),
      brand: zOptionalText('品牌', 100),
      model: zOptionalText('型号', 100),
      productName: zOptionalText('产品名称', 100),
    })
    .refine((r) => r.gtin || (r.brand && (r.model || r.productName)), {
      error: '请提供商品条码，或品牌加型号（或产品名称）',
      path: ['gtin'],
    }),
);
export type TRecallMatchRequest = z.infer<typeof ZRecallMatchRequest>;

/** Up to 3 public recalls covering the product, best first; empty when none clearly does. */
export const ZRecallMatchResponse = lazySchema(() => z.object({ items: z.array(ZRecallPublic) }));
export type TRecallMatchResponse = z.infer<typeof ZRecallMatchResponse>;

/** GET /api/recalls/suggest — words to finish what is being typed in the search box. */
export const ZRecallSuggestQuery = lazySchema(() => z.object({ q: zText('搜索词', 50) }));
export type TRecallSuggestQuery = z.infer<typeof ZRecallSuggestQuery>;

export const SUGGESTION_KINDS = ['brand', 'product', 'model'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
/** What each kind of suggestion is called next to it. */
export const SUGGESTION_KIND_LABEL: Record<SuggestionKind, string> = { brand: '品牌', product: '产品', model: '型号' };

/**
 * Up to 8 brands, product names and models from public recalls, best first: those starting with
 * the text, then containing it, then named inside it (close matches when the whole text finds nothing).
 */
export const ZRecallSuggestResponse = lazySchema(() =>
  z.object({
    items: z.array(z.object({ text: z.string(), kind: z.enum(SUGGESTION_KINDS) })).max(8),
  }),
);
export type TRecallSuggestResponse = z.infer<typeof ZRecallSuggestResponse>;

export const ZRecallImportResult = lazySchema(() =>
  z.object({
    imported: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  }),
);
export type TRecallImportResult = z.infer<typeof ZRecallImportResult>;

/** Withdrawing a recall published in error: the reason stays in its public history. */
export const ZWithdrawRequest = lazySchema(() => z.object({ reason: zText('撤回原因', 200) }));
export type TWithdrawRequest = z.infer<typeof ZWithdrawRequest>;
