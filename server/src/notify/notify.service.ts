import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { MESSAGE_KINDS, SUBSCRIBE_CONFIG, templateData, type MessageKind } from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { FanoutJob, Message, Outbox, User } from '../db/entity';
import { chunks } from '../core/tx';

export interface Notification {
  userIds: number[];
  kind: MessageKind;
  /** The event, unique per user: the same event twice makes one message and one send. */
  dedupeKey: string;
  title: string;
  body: string;
  /** The mini-program page concerned, e.g. /pages/recall/index?id=3. */
  link: string | null;
  /** Values the subscribe template's fields read (`from` in config/wechat/subscribe.json). */
  vars: Record<string, unknown>;
}

const CHUNK = 500;

/** A WeChat openid the server can send to (the browser test login has none). */
export const sendableOpenid = (u: Pick<User, 'openid' | 'disabled'>): string | null =>
  u.openid && !u.openid.startsWith('dev:') && !u.disabled ? u.openid : null;

const cutChars = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/**
 * Writes notifications inside the caller's transaction, so a state change and what it tells
 * people commit together: one in-app message per user and, where the kind has a subscribe
 * template and the user a WeChat openid, one outbox row for the dispatcher to send.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class NotifyService {
  async notify(m: EntityManager, n: Notification): Promise<void> {
    const userIds = [...new Set(n.userIds)].filter((id) => Number.isInteger(id) && id > 0);
    if (!userIds.length) return;
    if (!n.dedupeKey || n.dedupeKey.length > 128) throw new Error(`notify: bad dedupe key "${n.dedupeKey}"`);
    const kind = MESSAGE_KINDS[n.kind];
    if (!kind) throw new Error(`notify: unknown message kind "${n.kind}"`);
    const template = SUBSCRIBE_CONFIG.templates[kind.template];
    const data = template ? templateData(template, n.vars) : null;
    const title = cutChars(n.title, 200);
    const link = n.link ? cutChars(n.link, 300) : null;
    const page = link ? link.replace(/^\/+/, '') : null;
    for (const ids of chunks(userIds, CHUNK)) {
      await m
        .createQueryBuilder()
        .insert()
        .into(Message)
        .orIgnore()
        .values(ids.map((userId) => ({ userId, kind: n.kind, title, body: n.body, link, dedupeKey: n.dedupeKey })))
        .updateEntity(false)
        .execute();
      if (!data) continue;
      const users = await m.find(User, { select: ['id', 'openid', 'disabled'], where: { id: In(ids) } });
      const rows = users
        .filter((u) => sendableOpenid(u))
        .map((u) => ({
          userId: u.id,
          templateKey: kind.template,
          page,
          data,
          dedupeKey: `${n.dedupeKey}:${u.id}`,
          status: 'pending' as const,
          attempts: 0,
        }));
      if (!rows.length) continue;
      await m.createQueryBuilder().insert().into(Outbox).orIgnore().values(rows).updateEntity(false).execute();
    }
  }

  /** Queues the fan-out of a published recall to its followers and reporters, in the caller's transaction. */
  async enqueueRecallFanout(m: EntityManager, recallId: number): Promise<void> {
    await m.insert(FanoutJob, {
      kind: 'recall_published',
      recallId,
      phase: 'follow_gtin',
      cursor: 0,
      status: 'pending',
    });
  }
}
