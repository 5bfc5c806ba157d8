import { z } from 'zod';
import { COMMISSION_PURPOSE_KEYS } from '../domain/provinceSteps';
import { zId, zIsoDate, zOptionalText, zText } from './fields';
import { lazySchema } from './lazy';

/**
 * A province's own steps (辽市监发〔2020〕32号), staff only: the province commissions a city or
 * county bureau to verify a clue or supervise a recall and gets its feedback (第五、九、十七条); a
 * clue the province receives is shared with its internal units within N working days (第八条).
 */

const ZDueState = lazySchema(() => z.enum(['done', 'ok', 'due_soon', 'overdue']));

/** 委托: the province asks a bureau to verify a clue (clueId) or supervise a recall (caseId) by a day. */
export const ZCommissionCreate = lazySchema(() =>
  z
    .object({
      purpose: z.enum(COMMISSION_PURPOSE_KEYS, { error: '请选择委托事项（核实线索或督促召回）' }),
      clueId: zId.optional(),
      caseId: zId.optional(),
      bureauCode: z
        .string({ error: '请选择受委托的市局或县级市场监管局' })
        .regex(/^\d{6}$/, { error: '请选择受委托的市局或县级市场监管局（6 位行政区划代码）' }),
      request: zText('委托事项', 1000),
      /** Absent: the profile's working days from today. */
      dueOn: zIsoDate('反馈期限').optional(),
    })
    .superRefine((v, ctx) => {
      const want = v.purpose === 'verify_clue' ? 'clueId' : 'caseId';
      const other = want === 'clueId' ? 'caseId' : 'clueId';
      if (v[want] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [want],
          message: want === 'clueId' ? '核实线索需注明线索编号' : '督促召回需注明案件编号',
        });
      if (v[other] !== undefined)
        ctx.addIssue({ code: 'custom', path: [other], message: '一项委托只针对一条线索或一个案件' });
    }),
);
export type TCommissionCreate = z.infer<typeof ZCommissionCreate>;

/** 反馈: the commissioned bureau's findings and files (its own uploads). */
export const ZCommissionFeedback = lazySchema(() =>
  z.object({
    note: zText('核查情况', 2000),
    fileIds: z
      .array(z.string({ error: '附件编号应为文本' }).uuid({ error: '附件编号格式不正确' }), { error: '附件应为列表' })
      .max(9, { error: '附件最多 9 个' })
      .default([]),
  }),
);
export type TCommissionFeedback = z.infer<typeof ZCommissionFeedback>;

export const ZCommissionListQuery = lazySchema(() =>
  z.object({
    clueId: z.coerce.number({ error: '线索编号应为数字' }).int().positive().optional(),
    caseId: z.coerce.number({ error: '案件编号应为数字' }).int().positive().optional(),
  }),
);
export type TCommissionListQuery = z.infer<typeof ZCommissionListQuery>;

export const ZCommissionView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    purpose: z.enum(COMMISSION_PURPOSE_KEYS),
    purposeLabel: z.string(),
    /** What it is about, as the commissioned bureau needs to find it: the clue's or case's number and product. */
    subject: z.object({
      type: z.enum(['clue', 'case']),
      id: z.number().int(),
      number: z.string(),
      title: z.string(),
      summary: z.string(),
    }),
    bureauCode: z.string(),
    bureauName: z.string(),
    request: z.string(),
    dueOn: z.string(),
    state: ZDueState,
    stateLabel: z.string(),
    askedAt: z.string(),
    askedBy: z.string(),
    feedback: z
      .object({
        note: z.string(),
        files: z.array(z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() })),
        answeredAt: z.string(),
        answeredBy: z.string(),
      })
      .nullable(),
  }),
);
export type TCommissionView = z.infer<typeof ZCommissionView>;

/** The commissions a caller sees: the province, those it made; a city or county bureau, those made to it. */
export const ZCommissionList = lazySchema(() =>
  z.object({
    /** The province has the step at all (its profile's steps.commissioning). */
    enabled: z.boolean(),
    /** Whom the province may commission (for the form), with the default due day. */
    targets: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(['city', 'county']) })),
    defaultDueOn: z.string().nullable(),
    items: z.array(ZCommissionView),
  }),
);
export type TCommissionList = z.infer<typeof ZCommissionList>;

/** 线索共享 (辽 第八条): with which units (the profile's codes) and whether with the city bureau concerned. */
export const ZClueShareRequest = lazySchema(() =>
  z
    .object({
      units: z
        .array(z.string({ error: '共享对象应为文本' }), { error: '共享对象应为列表' })
        .max(20, { error: '共享对象过多' })
        .default([]),
      withCity: z.boolean({ error: '是否共享给市局应为是或否' }).default(false),
      note: zOptionalText('共享说明', 500),
    })
    .refine((v) => v.units.length > 0 || v.withCity, { path: ['units'], message: '请至少选择一个共享对象' }),
);
export type TClueShareRequest = z.infer<typeof ZClueShareRequest>;

export const ZClueSharing = lazySchema(() =>
  z.object({
    enabled: z.boolean(),
    /** The working days the profile gives, and the last day for this clue. */
    workingDays: z.number().int().nullable(),
    dueOn: z.string().nullable(),
    state: ZDueState.nullable(),
    stateLabel: z.string().nullable(),
    /** Whom it may be shared with: the profile's units, and the city bureau concerned (when there is one). */
    options: z.array(z.object({ code: z.string(), name: z.string() })),
    city: z.object({ code: z.string(), name: z.string() }).nullable(),
    /** 线索报送 (辽 第八条): the unit that found the clue reported it to the recall division; null otherwise. */
    reported: z
      .object({
        unit: z.string(),
        foundOn: z.string(),
        dueOn: z.string(),
        receivedOn: z.string(),
        late: z.boolean(),
      })
      .nullable(),
    shares: z.array(
      z.object({
        id: z.number().int(),
        recipients: z.array(z.string()),
        note: z.string().nullable(),
        sharedAt: z.string(),
        sharedBy: z.string(),
        late: z.boolean(),
      }),
    ),
  }),
);
export type TClueSharing = z.infer<typeof ZClueSharing>;

export const DUE_STATE_LABELS = {
  done: '已办结',
  ok: '办理中',
  due_soon: '即将到期',
  overdue: '已逾期',
} as const;
