import { z } from 'zod';
import { ZCategoryCode, ZClueSource, ZConsumerChannel, ZInjuryLevel } from '../enums';
import { zGtin, zIsoDate, zOptionalText, zPastDate, zRegionCode, zText, zUscc } from './fields';
import { lazySchema } from './lazy';

export const ZUploadResponse = lazySchema(() => z.object({ id: z.string(), url: z.string() }));
export type TUploadResponse = z.infer<typeof ZUploadResponse>;

export const ZClueContact = lazySchema(() =>
  z.object({
    name: zText('联系人姓名', 32),
    phone: z
      .string({ error: '联系电话应为文本' })
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '联系电话格式不正确（手机号或带区号的固定电话）' }),
    address: zText('联系地址', 200),
  }),
);

/** POST /api/clues body (contract.md). */
export const ZClueCreateRequest = lazySchema(() =>
  z.object({
    categoryCode: ZCategoryCode,
    productName: zText('产品名称', 100),
    // Optional: unbranded goods (白牌, no mark on the product) are reported too.
    brand: zOptionalText('品牌', 100),
    model: zOptionalText('型号规格', 100),
    batch: zOptionalText('批次', 100),
    productionDate: zPastDate('生产日期').optional(),
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
    /**
     * The reporter agrees that, if the clue is passed to another province's regulator (苏 第四条(二)),
     * their name and contact go with it. Off unless ticked: without it the package carries none.
     */
    shareConsent: z.boolean({ error: '是否同意提供联系方式应为是或否' }).default(false),
    /** Which app the report came from (the statistics count clues by channel); the app fills it in. */
    channel: ZConsumerChannel.optional(),
  }),
);
export type TClueCreateRequest = z.infer<typeof ZClueCreateRequest>;

export const ZRoutingDecision = lazySchema(() =>
  z.object({
    bureauCode: z.string(),
    bureauName: z.string(),
    reason: z.string(),
    copiedTo: z.array(z.string()),
    /** The copied bureaus by name, in the order of `copiedTo`: what people read. */
    copiedToNames: z.array(z.string()),
  }),
);
export type TRoutingDecisionBody = z.infer<typeof ZRoutingDecision>;

/** A recall that already covers the reported product: what the reporter can do now, and the bureau's link. */
export const ZClueRecallLink = lazySchema(() =>
  z.object({
    id: z.number().int(),
    recallNo: z.string(),
    title: z.string(),
    remedy: z.string(),
    contactPhone: z.string().nullable(),
    remedyChannels: z.string().nullable(),
  }),
);
export type TClueRecallLink = z.infer<typeof ZClueRecallLink>;

export const ZClueCreateResponse = lazySchema(() =>
  z.object({
    id: z.number().int(),
    receiptNo: z.string(),
    status: z.string(),
    routing: ZRoutingDecision,
    /** Recalls already covering the product (matched by barcode, brand and model, or brand and name). */
    recalls: z.array(ZClueRecallLink),
  }),
);
export type TClueCreateResponse = z.infer<typeof ZClueCreateResponse>;

/** Clue statuses (线索状态, 苏 2025 第九、十条). A transfer moves a clue to another bureau as received. */
export const CLUE_STATUSES = {
  received: '已接收',
  verifying: '核实中',
  merged: '已合并',
  rejected: '不予受理',
  /** Passed by the province to another province's regulator (苏 第四条(二)): out of the open queue. */
  passedOn: '已移送外省',
} as const;
export type ClueStatus = keyof typeof CLUE_STATUSES;
export const ZClueStatus = lazySchema(() => z.enum(Object.keys(CLUE_STATUSES) as [ClueStatus, ...ClueStatus[]]));

/** What happened to a clue, as its reporter and the bureaus see it (线索时间线). */
export const CLUE_EVENTS = {
  received: '已提交',
  routed: '已分派',
  copied: '已抄送',
  accepted: '受理核实',
  transferred: '已移送',
  merged: '已合并',
  rejected: '不予受理',
  case_opened: '已立案调查',
  // Staff only (the reporter does not see them): 技术会商 asked of and answered by the institution.
  technical_requested: '请求技术会商',
  technical_answered: '技术机构已答复',
  passed_on: '已移送外省',
  // Staff only: the province's commission to a city or county bureau and its feedback; internal sharing (辽 第五、八、九条).
  commissioned: '委托核实',
  commission_answered: '核实反馈',
  shared: '已内部共享',
} as const;
export type ClueEventType = keyof typeof CLUE_EVENTS;
export const ZClueEvent = lazySchema(() =>
  z.object({
    at: z.string(),
    type: z.enum(Object.keys(CLUE_EVENTS) as [ClueEventType, ...ClueEventType[]]),
    bureauName: z.string().nullable(),
    /** Readable by the reporter: why it went there, why it was rejected. */
    note: z.string(),
  }),
);

/** `pending`: WeChat's image check has not answered yet (the reporter sees it; bureaus do not yet). */
export const ZPhoto = lazySchema(() =>
  z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string(), pending: z.boolean() }),
);

/** GET /api/clues/:id — to the reporter, and to staff of the bureaus it is routed or copied to. */
export const ZClueView = lazySchema(() =>
  z.object({
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
    /** The place by name (江苏省苏州市虎丘区), the code where the table lacks it. */
    regionName: z.string(),
    purchaseChannel: z.string().nullable(),
    /** In full for the reporter; masked (张*, 138****5678) in every list and for copied bureaus. */
    contact: z.object({ name: z.string(), phone: z.string(), address: z.string() }).nullable(),
    photos: z.array(ZPhoto),
    routing: ZRoutingDecision,
    mergedInto: z.number().int().nullable(),
    /** Recalls already covering the product, matched when the clue was created (withdrawn ones left out). */
    recalls: z.array(ZClueRecallLink),
    createdAt: z.string(),
    timeline: z.array(ZClueEvent),
    /** How the clue arrived (CLUE_CHANNELS). */
    channel: z.string(),
    /** The reporter agreed that their contact goes with the clue to another province. */
    shareConsent: z.boolean(),
    /**
     * Between provinces: `out` — passed to another province's regulator (已移送…市场监督管理局);
     * `in` — received from one. Null for a clue that never crossed a provincial border.
     */
    crossProvince: z
      .object({
        direction: z.enum(['out', 'in']),
        provinceCode: z.string(),
        authority: z.string(),
        reference: z.string().nullable(),
        at: z.string(),
        /** 已移送上海市市场监督管理局 / 由浙江省市场监督管理局移送 */
        label: z.string(),
      })
      .nullable(),
    /**
     * A clue made from a foreign recall (国外召回): the record it came from (publisher, its reference,
     * address and date). Absent for every other source.
     */
    foreignRecall: z
      .object({
        format: z.string(),
        publisher: z.string(),
        /** The country whose authority published or notified it, in Chinese (美国, 德国, 加拿大). */
        country: z.string().nullable(),
        reference: z.string(),
        url: z.string().nullable(),
        date: z.string().nullable(),
        title: z.string(),
        hazard: z.string().nullable(),
        /** What tied it to this province (barcode, producer, brand and model), in Chinese. */
        matchedOn: z.string().nullable(),
      })
      .optional(),
  }),
);
export type TClueView = z.infer<typeof ZClueView>;
export const ZMyCluesResponse = lazySchema(() => z.object({ items: z.array(ZClueView), total: z.number().int() }));

/** GET /api/bureau/clues — clues routed or copied to the caller's bureau. */
export const ZBureauClueListQuery = lazySchema(() =>
  z.object({
    status: ZClueStatus.optional(),
    category: ZCategoryCode.optional(),
    injury: ZInjuryLevel.optional(),
    from: zIsoDate('开始日期').optional(),
    to: zIsoDate('截止日期').optional(),
    page: z.coerce.number().int().min(1).max(10000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  }),
);
export type TBureauClueListQuery = z.infer<typeof ZBureauClueListQuery>;
export const ZBureauClueItem = lazySchema(() =>
  ZClueView.omit({ timeline: true }).extend({
    unread: z.boolean(),
    /** Copied for information (抄送), not this bureau's to handle. */
    copiedOnly: z.boolean(),
  }),
);
export const ZBureauClueListResponse = lazySchema(() =>
  z.object({
    items: z.array(ZBureauClueItem),
    total: z.number().int(),
    unread: z.number().int(),
  }),
);
export type TBureauClueListResponse = z.infer<typeof ZBureauClueListResponse>;

/** Bureau actions on a clue (苏 2025 第九、十条). */
export const ZClueAcceptRequest = lazySchema(() => z.object({ note: zOptionalText('说明', 500) }));
export const ZClueRejectRequest = lazySchema(() => z.object({ reason: zText('不予受理的理由', 500) }));
export const ZClueTransferRequest = lazySchema(() =>
  z.object({
    toBureauCode: z.string().regex(/^\d{6}$/, { error: '请选择移送的市场监管局' }),
    reason: zText('移送理由', 500),
  }),
);
export const ZClueMergeRequest = lazySchema(() =>
  z.object({
    intoClueId: z
      .number({ error: '请选择要合并到的线索' })
      .int({ error: '请选择要合并到的线索' })
      .positive({ error: '请选择要合并到的线索' })
      .max(2_000_000_000, { error: '要合并到的线索不存在' }),
    note: zOptionalText('说明', 500),
  }),
);
export type TClueAcceptRequest = z.infer<typeof ZClueAcceptRequest>;
export type TClueRejectRequest = z.infer<typeof ZClueRejectRequest>;
export type TClueTransferRequest = z.infer<typeof ZClueTransferRequest>;
export type TClueMergeRequest = z.infer<typeof ZClueMergeRequest>;

/** A province's code (GB/T 2260, xx0000). */
export const zProvinceCode = (label: string) =>
  z
    .string({ error: `${label}应为文本` })
    .regex(/^\d{2}0000$/, { error: `${label}应为六位省级行政区划代码，如 310000` });

/**
 * Staff enter clues from the other sources of 第八条; the contact is optional there. A clue another
 * province passed to this one (外省移送) names the sending province and its reference (文号或编号).
 * A producer's incident report comes only from the producer's workspace (POST /api/incidents).
 */
export const ZStaffClueCreateRequest = lazySchema(() =>
  ZClueCreateRequest.omit({ channel: true })
    .extend({
      source: ZClueSource.exclude(['consumer', 'producerIncident']),
      contact: ZClueContact.optional(),
      fromProvinceCode: zProvinceCode('移送线索的省份').optional(),
      fromReference: zOptionalText('来函文号或编号', 100),
      /**
       * 辽 第八条: the province's unit (steps.clueSharing.units) that found the clue and reports it to the
       * recall division, and the day it found it; the report is due the profile's working days later.
       */
      fromUnit: z
        .string({ error: '请选择报送线索的处室、单位' })
        .regex(/^[a-z][a-z0-9_]*$/, { error: '请选择报送线索的处室、单位' })
        .optional(),
      unitFoundOn: zIsoDate('发现日期').optional(),
    })
    .superRefine((b, ctx) => {
      if (b.fromUnit && !b.unitFoundOn)
        ctx.addIssue({ code: 'custom', path: ['unitFoundOn'], message: '请填写该处室、单位发现线索的日期' });
      if (b.unitFoundOn && !b.fromUnit)
        ctx.addIssue({ code: 'custom', path: ['fromUnit'], message: '请选择报送线索的处室、单位' });
      if (b.source === 'otherProvince' && !b.fromProvinceCode)
        ctx.addIssue({ code: 'custom', path: ['fromProvinceCode'], message: '请选择移送线索的省份' });
      if (b.source !== 'otherProvince' && (b.fromProvinceCode || b.fromReference))
        ctx.addIssue({ code: 'custom', path: ['fromProvinceCode'], message: '只有外省移送的线索才填写移送省份' });
    }),
);
export type TStaffClueCreateRequest = z.infer<typeof ZStaffClueCreateRequest>;

export const ZDuplicateSuggestions = lazySchema(() =>
  z.object({
    items: z.array(
      z.object({
        id: z.number().int(),
        receiptNo: z.string(),
        productName: z.string(),
        brand: z.string(),
        model: z.string().nullable(),
        createdAt: z.string(),
        why: z.string(),
      }),
    ),
  }),
);
