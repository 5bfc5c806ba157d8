import { z } from 'zod';
import { ZRemedy } from '../enums';
import { ZClueContact } from './clue';
import { zIsoDate, zOptionalText, zPageNumber, zPastDate, zText } from './fields';
import { lazySchema } from './lazy';

/**
 * Recall participation (召回参与): a consumer who has a recalled product asks the producer for
 * the remedy; the producer's customer service works the request to completion.
 */
export const RECALL_REQUEST_STATUSES = {
  submitted: '已提交，待生产者确认',
  accepted: '生产者已受理',
  scheduled: '已安排处理',
  completed: '已完成召回，待消费者确认',
  confirmed: '消费者已确认完成',
  disputed: '消费者对完成有异议',
  rejected: '不在召回范围',
} as const;
export type RecallRequestStatus = keyof typeof RECALL_REQUEST_STATUSES;
/** Short names of the same states for tags, tabs and counts: one word per state everywhere. */
export const RECALL_REQUEST_STATUS_SHORT: Record<RecallRequestStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  scheduled: '已安排',
  completed: '已完成',
  confirmed: '已确认',
  disputed: '有异议',
  rejected: '不在范围',
};
export const ZRecallRequestStatus = lazySchema(() =>
  z.enum(Object.keys(RECALL_REQUEST_STATUSES) as [RecallRequestStatus, ...RecallRequestStatus[]]),
);

/** POST /api/recalls/:id/requests (consumer, Idempotency-Key). */
export const ZRecallRequestCreate = lazySchema(() =>
  z.object({
    batch: zOptionalText('批次', 100),
    productionDate: zPastDate('生产日期').optional(),
    quantity: z
      .number({ error: '数量应为数字' })
      .int({ error: '数量应为整数' })
      .min(1, { error: '数量至少为 1' })
      .max(1000, { error: '数量最多 1000' }),
    labelPhotoId: z.string().max(64).optional(),
    preferredRemedy: ZRemedy,
    contact: ZClueContact,
    note: zOptionalText('补充说明', 500),
  }),
);
export type TRecallRequestCreate = z.infer<typeof ZRecallRequestCreate>;

export const ZRecallRequestEvent = lazySchema(() =>
  z.object({
    at: z.string(),
    status: ZRecallRequestStatus,
    label: z.string(),
    note: z.string().nullable(),
  }),
);

export const ZRecallRequestView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    recallId: z.number().int(),
    recallNo: z.string(),
    recallTitle: z.string(),
    productName: z.string(),
    producerName: z.string(),
    status: ZRecallRequestStatus,
    statusLabel: z.string(),
    batch: z.string().nullable(),
    productionDate: z.string().nullable(),
    quantity: z.number().int(),
    preferredRemedy: ZRemedy,
    /** Unmasked for the consumer and the producer's customer service who must reach them. */
    contact: z.object({ name: z.string(), phone: z.string(), address: z.string() }),
    labelPhotoUrl: z.string().nullable(),
    note: z.string().nullable(),
    scheduledOn: z.string().nullable(),
    /** The recall's start date: a request is completed on or after it (and its scheduledOn). */
    recallStartDate: z.string(),
    completedRemedy: ZRemedy.nullable(),
    rejectReason: z.string().nullable(),
    /** Whether the stated batch/date lies in the recall's scope (affected / not_affected / unknown). */
    scope: z.enum(['affected', 'not_affected', 'unknown']),
    events: z.array(ZRecallRequestEvent),
    createdAt: z.string(),
  }),
);
export type TRecallRequestView = z.infer<typeof ZRecallRequestView>;
export const ZRecallRequestList = lazySchema(() =>
  z.object({ items: z.array(ZRecallRequestView), total: z.number().int() }),
);
export type TRecallRequestList = z.infer<typeof ZRecallRequestList>;

export const ZProducerRequestQuery = lazySchema(() =>
  z.object({
    status: ZRecallRequestStatus.optional(),
    recallId: z.coerce.number().int().positive().max(2_000_000_000).optional(),
    q: zOptionalText('关键词', 50),
    page: zPageNumber('页码', 10000, 1),
    pageSize: zPageNumber('每页条数', 100, 20),
  }),
);
export type TProducerRequestQuery = z.infer<typeof ZProducerRequestQuery>;

/** POST /api/producer/requests/:id/:step */
export const ZRequestAccept = lazySchema(() => z.object({ note: zOptionalText('说明', 500) }));
export const ZRequestReject = lazySchema(() => z.object({ reason: zText('不在召回范围的理由', 500) }));
export const ZRequestSchedule = lazySchema(() =>
  z.object({ scheduledOn: zIsoDate('处理日期'), note: zText('安排说明', 500) }),
);
export const ZRequestComplete = lazySchema(() => z.object({ remedy: ZRemedy, note: zOptionalText('说明', 500) }));
/** POST /api/recall-requests/:id/confirm | dispute (the consumer answers a completion). */
export const ZRequestConfirm = lazySchema(() => z.object({ note: zOptionalText('说明', 500) }));
export const ZRequestDispute = lazySchema(() => z.object({ note: zText('异议说明', 500) }));
export type TRequestAccept = z.infer<typeof ZRequestAccept>;
export type TRequestConfirm = z.infer<typeof ZRequestConfirm>;
export type TRequestDispute = z.infer<typeof ZRequestDispute>;
export type TRequestReject = z.infer<typeof ZRequestReject>;
export type TRequestSchedule = z.infer<typeof ZRequestSchedule>;
export type TRequestComplete = z.infer<typeof ZRequestComplete>;
