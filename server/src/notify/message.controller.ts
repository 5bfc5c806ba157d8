import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TGrantReport,
  TMessageListQuery,
  TOutboxQuery,
  zId,
  ZGrantReport,
  ZMessageListQuery,
  ZOutboxQuery,
} from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { ZBody, ZParams, ZQuery } from '../core/zod';
import { GrantService, MessageService } from './message.service';
import { OutboxQueryService } from './outbox-query.service';

const ZIdParams = z.object({ id: zId });

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

  @Get('/messages')
  @Auth()
  async list(@ZQuery(ZMessageListQuery) q: TMessageListQuery) {
    return this.messages.list(this.ctx.caller!.userId, q);
  }

  @Get('/messages/unread-count')
  @Auth()
  async unread() {
    return { unread: await this.messages.unread(this.ctx.caller!.userId) };
  }

  @Post('/messages/read-all')
  @Auth()
  async readAll() {
    return this.messages.readAll(this.ctx.caller!.userId);
  }

  @Post('/messages/:id/read')
  @Auth()
  async read(@ZParams(ZIdParams) p: { id: number }) {
    return this.messages.read(this.ctx.caller!.userId, p.id);
  }

  /** Public: the template ids the app asks for at its taps (no release needed when they change). */
  @Get('/subscriptions/templates')
  async templates() {
    return this.grants.templates();
  }

  @Post('/subscriptions/grants')
  @Auth()
  async report(@ZBody(ZGrantReport) body: TGrantReport) {
    return this.grants.report(this.ctx.caller!.userId, body);
  }

  @Get('/subscriptions/grants')
  @Auth()
  async counts() {
    return this.grants.counts(this.ctx.caller!.userId);
  }

  @Get('/admin/outbox')
  @Auth('admin', 'province')
  async outboxList(@ZQuery(ZOutboxQuery) q: TOutboxQuery) {
    return this.outbox.list(q);
  }
}
