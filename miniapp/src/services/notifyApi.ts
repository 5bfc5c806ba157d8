import { z } from 'zod';
import {
  ZFollowList,
  ZFollowView,
  ZGrantCounts,
  ZMessageList,
  ZMessageView,
  ZSubscribeTemplateIds,
  ZUnreadCount,
  type TFollowCreate,
  type TFollowList,
  type TFollowView,
  type TGrantCounts,
  type TGrantReport,
  type TMessageList,
  type TMessageView,
  type TSubscribeTemplateIds,
} from '@recall/shared';
import { request } from './request';

/**
 * Message center (消息), subscribe-message grants and followed products (我的产品). Shapes are the
 * contract in @recall/shared (schemas/message.ts); every answer is parsed with it.
 */

// ---------------------------------------------------------------- messages

export interface MessageQuery {
  unread?: boolean;
  page: number;
  pageSize?: number;
}

/** GET /api/messages?unread=1|0&page=&pageSize= → the caller's messages, newest first. */
export function fetchMessages(q: MessageQuery): Promise<TMessageList> {
  return request({
    url: '/api/messages',
    data: { unread: q.unread ? '1' : undefined, page: q.page, pageSize: q.pageSize ?? 20 },
    schema: ZMessageList,
    auth: true,
  });
}

/** GET /api/messages/unread-count → {unread}. */
export function fetchUnreadCount(): Promise<z.output<typeof ZUnreadCount>> {
  return request({ url: '/api/messages/unread-count', schema: ZUnreadCount, auth: true });
}

/** POST /api/messages/:id/read → the message, now read. */
export function markMessageRead(id: number): Promise<TMessageView> {
  return request({ url: `/api/messages/${id}/read`, method: 'POST', schema: ZMessageView, auth: true });
}

/** POST /api/messages/read-all → {unread: 0}. */
export function markAllMessagesRead(): Promise<z.output<typeof ZUnreadCount>> {
  return request({ url: '/api/messages/read-all', method: 'POST', schema: ZUnreadCount, auth: true });
}

// ---------------------------------------------------------------- subscribe grants

/** GET /api/subscriptions/templates → the template ids this deployment chose, per key. */
export function fetchTemplateIds(): Promise<TSubscribeTemplateIds> {
  return request({ url: '/api/subscriptions/templates', schema: ZSubscribeTemplateIds });
}

/** POST /api/subscriptions/grants {results} → how many one-time grants the server now holds per template. */
export function reportGrants(body: TGrantReport): Promise<TGrantCounts> {
  return request({ url: '/api/subscriptions/grants', method: 'POST', data: body, schema: ZGrantCounts, auth: true });
}

// ---------------------------------------------------------------- followed products

/** The follow body without its source (each entry point adds its own). */
export type FollowTarget = Omit<TFollowCreate, 'source'>;

/** POST /api/follows → the follow (the same one again when the product is already followed). */
export function followProduct(body: TFollowCreate): Promise<TFollowView> {
  return request({ url: '/api/follows', method: 'POST', data: body, schema: ZFollowView, auth: true });
}

/** GET /api/follows → my followed products, each with the published recalls that match it now. */
export function fetchFollows(): Promise<TFollowList> {
  return request({ url: '/api/follows', schema: ZFollowList, auth: true });
}

/** DELETE /api/follows/:id (204, no body). */
export async function unfollowProduct(id: number): Promise<void> {
  await request({ url: `/api/follows/${id}`, method: 'DELETE', schema: z.unknown(), auth: true });
}
