import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { GrantService, MessageService } from './message.service';
import { OutboxQueryService } from './outbox-query.service';
import { Route } from '../core/route';

/** The message center, subscribe grants, and the outbox for admins: thin, the rules live in notify/. */
@Controller('/api')
export class MessageController {
  @Inject()
  ctx!: Context;

  @Inject()
  messages!: MessageService;

  @Inject()
  grants!: GrantService;

  @Inject()
  outbox!: OutboxQueryService;

  @Route(API.notify.messages)
  async list({ query: q }: RouteInput<typeof API.notify.messages>) {
    return this.messages.list(this.ctx.caller!.userId, q);
  }

  @Route(API.notify.unread)
  async unread() {
    return { unread: await this.messages.unread(this.ctx.caller!.userId) };
  }

  @Route(API.notify.readAll)
  async readAll() {
    return this.messages.readAll(this.ctx.caller!.userId);
  }

  @Route(API.notify.read)
  async read({ params: p }: RouteInput<typeof API.notify.read>) {
    return this.messages.read(this.ctx.caller!.userId, p.id);
  }

  /** Public: the template ids the app asks for at its taps (no release needed when they change). */
  @Route(API.notify.templates)
  async templates() {
    return this.grants.templates();
  }

  @Route(API.notify.reportGrants)
  async report({ body }: RouteInput<typeof API.notify.reportGrants>) {
    return this.grants.report(this.ctx.caller!.userId, body);
  }

  @Route(API.notify.grants)
  async counts() {
    return this.grants.counts(this.ctx.caller!.userId);
  }

  @Route(API.notify.outbox)
  async outboxList({ query: q }: RouteInput<typeof API.notify.outbox>) {
    return this.outbox.list(q);
  }
}
