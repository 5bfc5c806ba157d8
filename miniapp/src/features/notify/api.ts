import { CONSUMER_API, type TFollowCreate, type TGrantReport } from '@recall/shared';
import { call } from '../../services/client';

/**
 * Message center (消息), subscribe-message grants and followed products (我的产品): routes of the
 * table in @recall/shared, every answer parsed with its schema.
 */

// ---------------------------------------------------------------- messages

export interface MessageQuery {
  unread?: boolean;
  page: number;
  pageSize?: number;
}

/** The caller's messages, newest first. */
export const fetchMessages = (q: MessageQuery) =>
  call(CONSUMER_API.notify.messages, {
    query: { unread: q.unread ? '1' : undefined, page: q.page, pageSize: q.pageSize ?? 20 },
  });

export const fetchUnreadCount = () => call(CONSUMER_API.notify.unread);

/** The message, now read. */
export const markMessageRead = (id: number) => call(CONSUMER_API.notify.read, { params: { id } });

export const markAllMessagesRead = () => call(CONSUMER_API.notify.readAll);

// ---------------------------------------------------------------- subscribe grants

/** The template ids this deployment chose, per key. */
export const fetchTemplateIds = () => call(CONSUMER_API.notify.templates);

/** How many one-time grants the server now holds per template, after this report. */
export const reportGrants = (body: TGrantReport) => call(CONSUMER_API.notify.reportGrants, { body });

// ---------------------------------------------------------------- followed products

/** The follow body without its source (each entry point adds its own). */
export type FollowTarget = Omit<TFollowCreate, 'source'>;

/** The follow (the same one again when the product is already followed). */
export const followProduct = (body: TFollowCreate) => call(CONSUMER_API.follows.follow, { body });

/** My followed products, each with the published recalls that match it now. */
export const fetchFollows = () => call(CONSUMER_API.follows.list);

export async function unfollowProduct(id: number): Promise<void> {
  await call(CONSUMER_API.follows.unfollow, { params: { id } });
}
