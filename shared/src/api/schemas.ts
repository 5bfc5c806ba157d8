import { z } from 'zod';
import { zId } from '../schemas/fields';

/**
 * Path and link parameters of the routes, and the few answers that are only a receipt: declared
 * once here for the route table instead of inside controllers.
 */
export const ZIdParams = z.object({ id: zId });
export const ZDocParams = z.object({ id: zId, docId: zId });
export const ZDocFileParams = z.object({
  file: z.string().regex(/^\d+\.docx$/, { error: '文书编号格式不正确' }),
});
/** A signed, expiring download link (documents, the e-dossier). */
export const ZSignedLink = z.object({
  exp: z.coerce.number({ error: '链接无效' }).int(),
  sig: z.string({ error: '链接无效' }).max(64),
});
export const ZPhotoParams = z.object({ id: z.string().uuid({ error: '图片编号格式不正确' }) });
export const ZPhotoQuery = ZSignedLink.extend({ size: z.enum(['thumb']).optional() });
/** A photo of a public recall's plan (外观照片): public while the recall is. */
export const ZRecallPhotoParams = z.object({
  id: zId,
  photoId: z.string().uuid({ error: '图片编号格式不正确' }),
});
export const ZRecallPhotoQuery = z.object({ size: z.enum(['thumb'], { error: 'size 只能为 thumb' }).optional() });

/** WeChat's message push (消息推送): signature query and the media-check event. */
export const ZWechatPushQuery = z.object({
  signature: z.string().max(64),
  timestamp: z.string().max(20),
  nonce: z.string().max(64),
  echostr: z.string().max(200).optional(),
});
export const ZWechatPushEvent = z.object({
  Event: z.string().optional(),
  trace_id: z.string().max(64).optional(),
  result: z.object({ suggest: z.string() }).optional(),
});

export const ZReadAck = z.object({ id: z.number().int(), read: z.boolean() });
export const ZWithdrawResponse = z.object({ id: z.number().int(), withdrawn: z.literal(true) });
