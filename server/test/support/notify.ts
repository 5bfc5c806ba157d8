import type { Application } from '@midwayjs/koa';
import { SUBSCRIBE_CONFIG, type MessageKind, type TemplateKey } from '@recall/shared';
import { DataSource } from 'typeorm';
import { Message, Outbox, SubscribeGrant, User } from '../../src/db/entity';
import { FanoutRunner } from '../../src/jobs/fanout.runner';
import { Notification, NotifyService } from '../../src/notify/notify.service';
import { OutboxDispatcher } from '../../src/notify/outbox.dispatcher';
import { DeadlineReminder } from '../../src/cases/deadline.reminder';
import type { TestApp } from './app';
import { bearer } from './users';

/** The notification services of a test app, and shortcuts over them. */
export async function notifyKit(t: TestApp) {
  const ctx = (t.app as Application).getApplicationContext();
  const notifier = await ctx.getAsync(NotifyService);
  const dispatcher = await ctx.getAsync(OutboxDispatcher);
  const db: DataSource = dispatcher.db;
  const fanout = await ctx.getAsync(FanoutRunner);
  const reminder = await ctx.getAsync(DeadlineReminder);

  /** A consumer signed in through (fake) WeChat: openid `openid-<code>`. */
  const consumer = async (code: string) => {
    const res = await t.http().post('/api/auth/wechat').send({ code });
    if (res.status !== 200) throw new Error(`wechat login failed: ${JSON.stringify(res.body)}`);
    return { token: res.body.token as string, id: res.body.user.id as number, openid: `openid-${code}` };
  };

  /** The mini-program reporting n accepted subscriptions for a template. */
  const grant = async (token: string, key: TemplateKey, n = 1) => {
    let last;
    for (let i = 0; i < n; i++) {
      last = await t
        .http()
        .post('/api/subscriptions/grants')
        .set(bearer(token))
        .send({ results: { [SUBSCRIBE_CONFIG.templates[key].templateId]: 'accept' } });
      if (last.status !== 200) throw new Error(`grant failed: ${JSON.stringify(last.body)}`);
    }
    return last!.body.grants as Record<string, number>;
  };

  const grants = async (userId: number, key: TemplateKey) =>
    (await db.getRepository(SubscribeGrant).findOneBy({ userId, templateKey: key }))?.count ?? 0;

  /** One event, written as a service would in its transaction. */
  const emit = (userIds: number[], dedupeKey: string, patch: Partial<Notification> = {}) =>
    db.transaction((m) =>
      notifier.notify(m, {
        userIds,
        kind: 'clue_received' as MessageKind,
        dedupeKey,
        title: '报告已提交',
        body: '你的缺陷报告已提交，我们会尽快处理。',
        link: `/pages/clue/index?id=${dedupeKey}`,
        vars: {
          productName: '暖阳牌电暖器',
          status: '已受理',
          bureauName: '苏州市市场监督管理局',
          at: '2026-03-05T06:30:00Z',
        },
        ...patch,
      }),
    );

  const row = (dedupeKey: string) => db.getRepository(Outbox).findOneByOrFail({ dedupeKey });
  const messages = (userId: number) => db.getRepository(Message).findBy({ userId });

  /** Runs the dispatcher until nothing is due at `now`. */
  const drain = async (opts: Parameters<OutboxDispatcher['runOnce']>[0] = {}) => {
    for (let i = 0; i < 1000; i++) if (!(await dispatcher.runOnce(opts)).claimed) return;
    throw new Error('dispatcher did not drain');
  };

  /** Consumers created in bulk (openid `<prefix>-<i>`), with `grantsEach` grants of a template. */
  const bulkConsumers = async (prefix: string, n: number, key?: TemplateKey, grantsEach = 1) => {
    const users = db.getRepository(User);
    for (let i = 0; i < n; i += 500) {
      const rows = Array.from({ length: Math.min(500, n - i) }, (_, j) => ({
        role: 'consumer' as const,
        openid: `${prefix}-${i + j}`,
        displayName: '微信用户',
      }));
      await users.createQueryBuilder().insert().values(rows).updateEntity(false).execute();
    }
    const ids = (
      await users
        .createQueryBuilder('u')
        .select('u.id', 'id')
        .where('u.openid LIKE :p', { p: `${prefix}-%` })
        .orderBy('u.id')
        .getRawMany<{ id: number }>()
    ).map((r) => Number(r.id));
    if (key) {
      for (let i = 0; i < ids.length; i += 500) {
        await db
          .getRepository(SubscribeGrant)
          .insert(ids.slice(i, i + 500).map((userId) => ({ userId, templateKey: key, count: grantsEach })));
      }
    }
    return ids;
  };

  return {
    db,
    notifier,
    dispatcher,
    fanout,
    reminder,
    consumer,
    grant,
    grants,
    emit,
    row,
    messages,
    drain,
    bulkConsumers,
  };
}

export const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
