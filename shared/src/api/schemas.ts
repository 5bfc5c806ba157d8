import { z } from 'zod';
import { zId } from '../schemas/fields';
import { lazySchema } from '../schemas/lazy';

/**
 * Path and link parameters of the routes, and the few answers that are only a receipt: declared
 * once here for the route table instead of inside controllers.
 */
export const ZIdParams = lazySchema(() => z.object({ id: zId }));
export const ZDocParams = lazySchema(() => z.object({ id: zId, docId: zId }));
export const ZDocFileParams = lazySchema(() =>
  z.object({
    file: z.string().regex(/^\d+\.docx$/, { error: '文书编号格式不正确' }),
  }),
);
/** A signed, expiring download link (documents, the e-dossier). */
export const ZSignedLink = lazySchema(() =>
  z.object({
    exp: z.coerce.number({ error: '链接无效' }).int(),
    sig: z.string({ error: '链接无效' }).max(64),
  }),
);
export const ZPhotoParams = lazySchema(() => z.object({ id: z.string().uuid({ error: '图片编号格式不正确' }) }));
export const ZPhotoQuery = lazySchema(() => ZSignedLink.extend({ size: z.enum(['thumb']).optional() }));
/** A photo of a public recall's plan (外观照片): public while the recall is. */
export const ZRecallPhotoParams = lazySchema(() =>
  z.object({
    id: zId,
    photoId: z.string().uuid({ error: '图片编号格式不正确' }),
  }),
);
export const ZRecallPhotoQuery = lazySchema(() =>
  z.object({ size: z.enum(['thumb'], { error: 'size 只能为 thumb' }).optional() }),
);

/** WeChat's message push (消息推送): signature query and the media-check event. */
export const ZWechatPushQuery = lazySchema(() =>
  z.object({
    signature: z.string().max(64),
    timestamp: z.string().max(20),
    nonce: z.string().max(64),
    echostr: z.string().max(200).optional(),
  }),
);
export const ZWechatPushEvent = lazySchema(() =>
  z.object({
    Event: z.string().optional(),
    trace_id: z.string().max(64).optional(),
    result: z.object({ suggest: z.string() }).optional(),
  }),
);

export const ZReadAck = lazySchema(() => z.object({ id: z.number().int(), read: z.boolean() }));
export const ZWithdrawResponse = lazySchema(() => z.object({ id: z.number().int(), withdrawn: z.literal(true) }));
