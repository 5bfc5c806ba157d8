import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { idempotencyKey } from '../core/idempotency';
import { ClueInboxService } from './clue-inbox.service';
import { ClueService } from './clue.service';
import { Route } from '../core/route';

@Controller('/api')
export class ClueController {
  @Inject()
  ctx!: Context;

  @Inject()
  clues!: ClueService;

  @Inject()
  inbox!: ClueInboxService;

  @Route(API.clues.create)
  async create({ body }: RouteInput<typeof API.clues.create>) {
    return this.clues.create(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Route(API.clues.mine)
  async mine() {
    return this.clues.mine(this.ctx.caller!);
  }

  @Route(API.clues.view)
  async view({ params: p }: RouteInput<typeof API.clues.view>) {
    return this.clues.view(this.ctx.caller!, p.id);
  }

  @Route(API.clues.inbox)
  async list({ query: q }: RouteInput<typeof API.clues.inbox>) {
    return this.inbox.list(this.ctx.caller!, q);
  }

  /** A clue from another source of 第八条 (sampling, 12315, foreign recalls …), entered by staff. */
  @Route(API.clues.enter)
  async enter({ body }: RouteInput<typeof API.clues.enter>) {
    return this.clues.create(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Route(API.clues.read)
  async read({ params: p }: RouteInput<typeof API.clues.read>) {
    await this.inbox.markRead(this.ctx.caller!, p.id);
    return { id: p.id, read: true };
  }

  @Route(API.clues.accept)
  async accept({ params: p, body: b }: RouteInput<typeof API.clues.accept>) {
    return this.inbox.accept(this.ctx.caller!, p.id, b.note);
  }

  @Route(API.clues.reject)
  async reject({ params: p, body: b }: RouteInput<typeof API.clues.reject>) {
    return this.inbox.reject(this.ctx.caller!, p.id, b.reason);
  }

  @Route(API.clues.transfer)
  async transfer({ params: p, body: b }: RouteInput<typeof API.clues.transfer>) {
    return this.inbox.transfer(this.ctx.caller!, p.id, b);
  }

  @Route(API.clues.merge)
  async merge({ params: p, body: b }: RouteInput<typeof API.clues.merge>) {
    return this.inbox.merge(this.ctx.caller!, p.id, b);
  }

  @Route(API.clues.duplicates)
  async duplicates({ params: p }: RouteInput<typeof API.clues.duplicates>) {
    return this.inbox.duplicates(this.ctx.caller!, p.id);
  }
}
