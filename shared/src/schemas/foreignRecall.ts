import { z } from 'zod';
import { FOREIGN_RECALL_FORMATS, type ForeignRecallFormat } from '../domain/foreignRecall';
import { lazySchema } from './lazy';

/**
 * POST /api/foreign-recalls/import — one file downloaded from a foreign regulator, as text (JSON),
 * with its format. At most 900 KB (the request body limit is 1 MB): the publishers' files of a week or a month are far smaller.
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

export const ZForeignRecallImportResponse = lazySchema(() =>
  z.object({
    read: z.number().int(),
    matched: z.number().int(),
    cluesCreated: z.number().int(),
    alreadyImported: z.number().int(),
    notMatched: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
    clues: z.array(
      z.object({ reference: z.string(), clueId: z.number().int(), receiptNo: z.string(), why: z.string() }),
    ),
  }),
);
export type TForeignRecallImportResponse = z.infer<typeof ZForeignRecallImportResponse>;
