import { z } from 'zod';
import { FOREIGN_RECALL_FORMATS, type ForeignRecallFormat } from '../domain/foreignRecall';
import { lazySchema } from './lazy';

/**
 * POST /api/foreign-recalls/import — one file downloaded from a foreign regulator, as text (JSON;
 * Safety Gate's weekly report also as XML), with its format. At most 900 KB (the request body limit is 1 MB): the publishers' files of a week or a month are far smaller.
 */
export const ZForeignRecallImportRequest = lazySchema(() =>
  z.object({
    format: z.enum(Object.keys(FOREIGN_RECALL_FORMATS) as [ForeignRecallFormat, ...ForeignRecallFormat[]], {
      error: '请选择文件格式（美国、欧盟或加拿大的召回）',
    }),
    fileName: z.string().max(200, { error: '文件名最长 200 个字' }).optional(),
    content: z
      .string({ error: '请上传召回记录文件' })
      .min(2, { error: '请上传召回记录文件' })
      .max(900_000, { error: '文件不能超过 900 KB，请分成几个文件导入' }),
  }),
);
export type TForeignRecallImportRequest = z.infer<typeof ZForeignRecallImportRequest>;

/** What became of one record of the file: a new clue, the clue an earlier import made, or no match here. */
export const FOREIGN_RECALL_OUTCOMES = {
  created: '已生成线索',
  alreadyImported: '此前已导入',
  notMatched: '未命中本省产品',
} as const;
export type ForeignRecallOutcome = keyof typeof FOREIGN_RECALL_OUTCOMES;

export const ZForeignRecallImportRecord = lazySchema(() =>
  z.object({
    reference: z.string(),
    title: z.string(),
    outcome: z.enum(Object.keys(FOREIGN_RECALL_OUTCOMES) as [ForeignRecallOutcome, ...ForeignRecallOutcome[]]),
    /** The clue made now or by an earlier import; null when nothing here matched. */
    clueId: z.number().int().nullable(),
    receiptNo: z.string().nullable(),
    /** What it matched on (barcode, producer, brand and model), in Chinese; empty when not matched. */
    why: z.string(),
  }),
);
export type TForeignRecallImportRecord = z.infer<typeof ZForeignRecallImportRecord>;

export const ZForeignRecallImportResponse = lazySchema(() =>
  z.object({
    read: z.number().int(),
    matched: z.number().int(),
    cluesCreated: z.number().int(),
    alreadyImported: z.number().int(),
    notMatched: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
    records: z.array(ZForeignRecallImportRecord),
  }),
);
export type TForeignRecallImportResponse = z.infer<typeof ZForeignRecallImportResponse>;
