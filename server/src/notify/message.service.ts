import { Config, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  MESSAGE_KINDS,
  SUBSCRIBE_CONFIG,
  isTemplateIdSet,
  resolveTemplateIds,
  type MessageKind,
  type TGrantCounts,
  type TGrantReport,
  type TMessageList,
  type TMessageListQuery,
  type TMessageView,
  type TSubscribeTemplateIds,
} from '@recall/shared';
import { DataSource, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { notFound } from '../core/errors';
import { Message, SubscribeGrant } from '../db/entity';
import type { Env } from '../core/env';
import { col } from '../core/tx';

export function messageView(r: Message): TMessageView {
  return {
    id: r.id,
    kind: r.kind as MessageKind,
    kindLabel: MESSAGE_KINDS[r.kind as MessageKind]?.label ?? r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: new Date(r.createdAt).toISOString(),
    readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
  };
}

/** The message center (消息), each caller's own messages only. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class MessageService {
  @InjectDataSource()
  db!: DataSource;

  private get repo() {
    return this.db.getRepository(Message);
  }

  async list(userId: number, q: TMessageListQuery): Promise<TMessageList> {
    const where: FindOptionsWhere<Message> = { userId };
    if (q.unread === '1') where.readAt = IsNull();
    if (q.unread === '0') where.readAt = Not(IsNull());
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { id: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return { items: rows.map(messageView), total, unread: await this.unread(userId) };
  }

  unread(userId: number): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }

  async read(userId: number, id: number): Promise<TMessageView> {
    const row = await this.repo.findOneBy({ id, userId });
    if (!row) throw notFound('没有找到这条消息', 'MESSAGE_NOT_FOUND');
    if (!row.readAt) {
      row.readAt = new Date();
      await this.repo.update({ id, userId, readAt: IsNull() }, { readAt: row.readAt });
    }
    return messageView(row);
  }

  async readAll(userId: number): Promise<{ unread: number }> {
    await this.repo.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { unread: 0 };
  }
}

/**
 * One-time subscribe grants (一次性订阅): what Taro.requestSubscribeMessage answered, counted per
 * user and template; each 'accept' allows one send. Unknown template ids are ignored.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class GrantService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  /** The template ids the app may ask for: those chosen in the console (WECHAT_TEMPLATE_IDS or config). */
  templates(): TSubscribeTemplateIds {
    const ids = resolveTemplateIds(this.env.WECHAT_TEMPLATE_IDS);
    return { templates: Object.fromEntries(Object.entries(ids).filter(([, id]) => isTemplateIdSet(id))) };
  }

  async report(userId: number, report: TGrantReport): Promise<TGrantCounts> {
    const keyById = new Map(Object.entries(resolveTemplateIds(this.env.WECHAT_TEMPLATE_IDS)).map(([k, id]) => [id, k]));
    const keys = [
      ...new Set(
        Object.entries(report.results)
          .filter(([, r]) => r === 'accept')
          .map(([id]) => keyById.get(id))
          .filter((k): k is string => !!k),
      ),
    ];
    if (keys.length) {
      const count = col(this.db, 'count');
      // Two single statements: a crash between them leaves a harmless row at 0.
      await this.db
        .createQueryBuilder()
        .insert()
        .into(SubscribeGrant)
        .orIgnore()
        .values(keys.map((templateKey) => ({ userId, templateKey, count: 0 })))
        .updateEntity(false)
        .execute();
      await this.db
        .createQueryBuilder()
        .update(SubscribeGrant)
        .set({ count: () => `${count} + 1` })
        .where('userId = :userId AND templateKey IN (:...keys)', { userId, keys })
        .execute();
    }
    return this.counts(userId);
  }

  async counts(userId: number): Promise<TGrantCounts> {
    const rows = await this.db.getRepository(SubscribeGrant).findBy({ userId });
    const grants: Record<string, number> = Object.fromEntries(
      Object.keys(SUBSCRIBE_CONFIG.templates).map((k) => [k, 0]),
    );
    for (const r of rows) if (r.templateKey in grants) grants[r.templateKey] = r.count;
    return { grants };
  }
}
