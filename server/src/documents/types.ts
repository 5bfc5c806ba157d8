import type { DeliveryMethod, DocType, DocumentSet } from '@recall/shared';

/** What a workflow document (附件1–10, 异议书面说明, the acts) is rendered from. */
export interface DocRenderInput {
  type: DocType;
  /** The province's document set (profile `documents`): titles, 附件 numbers, the rules cited. */
  docs: DocumentSet;
  /** e.g. '苏州市市场监督管理局 调查分析〔2026〕12号' for numbered notices. */
  docNo: string | null;
  /** 发文单位 (notices) or the addressee 'XXX市场监督管理局' (producer documents). */
  bureauName: string;
  /** (生产者名称): addressee of notices / signer of producer documents. */
  producerName: string;
  /** Who an act that goes up is addressed to (提请/报请责令召回: the province bureau, SAMR). */
  addressee?: string;
  /** YYYY-MM-DD (Asia/Shanghai): the date line at the end (年 月 日). */
  issuedOn: string;
  /** The validated form, keys as in DOC_FORMS[type]. */
  data: Record<string, unknown>;
  /** 附件2 and 附件3 cite the earlier notice: its title and number. */
  priorNotice?: { title: string; docNo: string } | null;
  /** 附件5 送达回执: the notice it confirms and who/when. */
  receipt?: {
    noticeType: DocType;
    noticeDocNo: string;
    deliveredBy: string;
    confirmedAt: string /* ISO */;
    confirmedBy: string;
    /** How it was delivered; absent on receipts confirmed before it was recorded (electronic). */
    deliveryMethod?: DeliveryMethod;
    /** YYYY-MM-DD: the day the producer actually received the notice. */
    receivedOn?: string;
    /** Paper deliveries: the name the recipient signed on the paper receipt. */
    signedBy?: string | null;
  } | null;
  /** Photos/attachments to embed (JPEG buffers), by field key; optional. */
  images?: Array<{ key: string; data: Buffer }>;
}
