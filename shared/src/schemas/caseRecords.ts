import { z } from 'zod';
import {
  CASE_RECORD_KIND_KEYS,
  MEASURE_KIND_KEYS,
  MEASURE_KINDS,
  RECORD_FILE_TYPES,
  type RecordFileType,
} from '../domain/caseRecords';
import { isIsoDate } from '../domain/dates';
import { zIsoDate, zOptionalText, zText } from './fields';
import { lazySchema } from './lazy';

/** Case records (现场调查, 约谈, 处理措施): what staff enter and what each party reads back. */

const zUploadIds = (label: string, max: number) =>
  z
    .array(z.string().uuid({ error: `${label}编号格式不正确` }), { error: `${label}应为数组` })
    .max(max, { error: `${label}最多 ${max} 个` })
    .default([]);

export const ZInvestigator = lazySchema(() =>
  z.object({
    name: zText('执法人员姓名', 20),
    certificateNo: zText('执法证号', 30),
  }),
);
export type TInvestigator = z.infer<typeof ZInvestigator>;

export const ZAttendee = lazySchema(() =>
  z.object({
    name: zText('参加人员姓名', 20),
    title: zOptionalText('职务', 30),
  }),
);
export type TAttendee = z.infer<typeof ZAttendee>;

/** 现场调查 (办法 第十五条): at least two law-enforcement officers, each with a certificate number. */
export const ZInspectionInput = lazySchema(() =>
  z.object({
    inspectedOn: zIsoDate('调查日期'),
    place: zText('调查地点', 200),
    investigators: z
      .array(ZInvestigator, { error: '执法人员应为列表' })
      .min(2, { error: '现场调查的执法人员不得少于两人' })
      .max(10, { error: '执法人员最多 10 人' })
      .refine((xs) => new Set(xs.map((x) => x.certificateNo)).size === xs.length, {
        error: '执法证号不能重复',
      }),
    partyName: zText('被调查单位', 100),
    partyPresent: zText('在场人员', 50),
    partyPresentTitle: zOptionalText('在场人员职务', 30),
    inspected: zText('检查、抽样情况', 2000),
    findings: zText('调查发现', 4000),
    photoIds: zUploadIds('照片', 20),
    fileIds: zUploadIds('附件', 10),
  }),
);
export type TInspectionInput = z.infer<typeof ZInspectionInput>;

/** 约谈 (办法 第二十一条; 苏 第十九条 行政约谈). */
export const ZInterviewInput = lazySchema(() =>
  z
    .object({
      heldOn: zIsoDate('约谈日期'),
      place: zText('约谈地点', 200),
      bureauAttendees: z
        .array(ZInvestigator, { error: '约谈人员应为列表' })
        .min(1, { error: '请填写约谈人员' })
        .max(10, { error: '约谈人员最多 10 人' }),
      producerAttendees: z
        .array(ZAttendee, { error: '企业参加人员应为列表' })
        .min(1, { error: '请填写企业参加人员' })
        .max(10, { error: '企业参加人员最多 10 人' }),
      requirements: zText('约谈要求', 2000),
      commitments: zText('企业承诺', 2000),
      /** 整改期限: by when the producer must do what it was asked (optional: not every interview sets one). */
      dueOn: zIsoDate('整改期限').optional(),
      fileIds: zUploadIds('附件', 10),
    })
    .superRefine((v, ctx) => {
      if (v.dueOn && isIsoDate(v.dueOn) && isIsoDate(v.heldOn) && v.dueOn < v.heldOn)
        ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '整改期限不能早于约谈日期' });
    }),
);
export type TInterviewInput = z.infer<typeof ZInterviewInput>;

/** 处理措施: chosen from MEASURE_KINDS; a penalty names its decision, a free note stays with the bureau. */
export const ZMeasureInput = lazySchema(() =>
  z
    .object({
      kind: z.enum(MEASURE_KIND_KEYS, {
        error: `措施类型应为${Object.values(MEASURE_KINDS).join('、')}之一`,
      }),
      takenOn: zIsoDate('决定日期'),
      decisionNo: zOptionalText('决定书文号', 100),
      amount: z
        .number({ error: '罚没款金额应为数字' })
        .min(0, { error: '罚没款金额不能为负数' })
        .max(1e10, { error: '罚没款金额过大' })
        .refine((n) => Math.round(n * 100) === n * 100, { error: '罚没款金额最多两位小数' })
        .optional(),
      content: zText('措施内容', 2000),
      note: zOptionalText('备注', 1000),
      /** 履行期限: by when the producer must comply (pay, correct); optional. */
      dueOn: zIsoDate('履行期限').optional(),
      fileIds: zUploadIds('附件', 10),
    })
    .superRefine((v, ctx) => {
      if (v.dueOn && isIsoDate(v.dueOn) && isIsoDate(v.takenOn) && v.dueOn < v.takenOn)
        ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '履行期限不能早于决定日期' });
      if (v.kind === 'administrative_penalty' && !v.decisionNo)
        ctx.addIssue({ code: 'custom', path: ['decisionNo'], message: '行政处罚请填写处罚决定书文号' });
      if (v.kind !== 'administrative_penalty' && v.amount !== undefined)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: '只有行政处罚填写罚没款金额' });
    }),
);
export type TMeasureInput = z.infer<typeof ZMeasureInput>;

export const ZRecordFileParams = lazySchema(() => z.object({ id: z.string().uuid({ error: '附件编号格式不正确' }) }));

export const ZRecordPhoto = lazySchema(() => z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() }));
export const ZRecordFile = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.enum(Object.keys(RECORD_FILE_TYPES) as [RecordFileType, ...RecordFileType[]]),
    bytes: z.number().int(),
    url: z.string(),
  }),
);
export type TRecordFile = z.infer<typeof ZRecordFile>;

const investigator = z.object({ name: z.string(), certificateNo: z.string() });
const attendee = z.object({ name: z.string(), title: z.string().optional() });

const base = {
  id: z.number().int(),
  caseId: z.number().int(),
  kindLabel: z.string(),
  /** The day it happened (调查日期, 约谈日期, 决定日期). */
  occurredOn: z.string(),
  createdAt: z.string(),
  /** Staff: the officer who entered it (and the bureau); the producer: the bureau. */
  recordedBy: z.string(),
  photos: z.array(ZRecordPhoto),
  files: z.array(ZRecordFile),
};

export const ZCaseRecordView = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      ...base,
      kind: z.literal('inspection'),
      inspection: z.object({
        inspectedOn: z.string(),
        place: z.string(),
        investigators: z.array(investigator),
        partyName: z.string(),
        partyPresent: z.string(),
        partyPresentTitle: z.string().optional(),
        inspected: z.string(),
        findings: z.string(),
      }),
      /** 现场检查笔录 as DOCX, by a signed link. */
      docxUrl: z.string(),
    }),
    z.object({
      ...base,
      kind: z.literal('interview'),
      interview: z.object({
        heldOn: z.string(),
        place: z.string(),
        bureauAttendees: z.array(investigator),
        producerAttendees: z.array(attendee),
        requirements: z.string(),
        commitments: z.string(),
        dueOn: z.string().optional(),
      }),
    }),
    z.object({
      ...base,
      kind: z.literal('measure'),
      measure: z.object({
        kind: z.enum(MEASURE_KIND_KEYS),
        kindLabel: z.string(),
        takenOn: z.string(),
        decisionNo: z.string().optional(),
        amount: z.number().optional(),
        content: z.string(),
        dueOn: z.string().optional(),
        /** The bureau's own note: null for the producer. */
        note: z.string().nullable(),
      }),
    }),
  ]),
);
export type TCaseRecordView = z.infer<typeof ZCaseRecordView>;

export const ZCaseRecordList = lazySchema(() =>
  z.object({
    items: z.array(ZCaseRecordView),
    /** Whether the caller may add records (the case's bureau, the province). */
    canRecord: z.boolean(),
  }),
);
export type TCaseRecordList = z.infer<typeof ZCaseRecordList>;

export const ZRecordKind = lazySchema(() => z.enum(CASE_RECORD_KIND_KEYS));
