import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { idempotencyKey } from '../core/idempotency';
import { Route } from '../core/route';
import { CountyCaseService } from './county-case.service';
import { CountyClueService } from './county-clue.service';

/** County bureaus (苏 第六条): their clues, deliveries and assistance; the handling bureau's request for assistance. */
@Controller('/api')
export class CountyController {
  @Inject()
  ctx!: Context;

  @Inject()
  clues!: CountyClueService;

  @Inject()
  cases!: CountyCaseService;

  @Route(API.county.clues)
  async clueList({ query: q }: RouteInput<typeof API.county.clues>) {
    return this.clues.list(this.ctx.caller!, q);
  }

  @Route(API.county.clue)
  async clue({ params: p }: RouteInput<typeof API.county.clue>) {
    return this.clues.view(this.ctx.caller!, p.id);
  }

  @Route(API.county.enterClue)
  async enterClue({ body }: RouteInput<typeof API.county.enterClue>) {
    return this.clues.enter(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Route(API.county.cases)
  async caseList() {
    return this.cases.list(this.ctx.caller!);
  }

  @Route(API.county.case)
  async case({ params: p }: RouteInput<typeof API.county.case>) {
    return this.cases.view(this.ctx.caller!, p.id);
  }

  @Route(API.county.deliver)
  async deliver({ params: p, body }: RouteInput<typeof API.county.deliver>) {
    return this.cases.deliver(this.ctx.caller!, p.id, p.docId, body);
  }

  @Route(API.county.answer)
  async answer({ params: p, body }: RouteInput<typeof API.county.answer>) {
    return this.cases.answer(this.ctx.caller!, p.id, body);
  }

  @Route(API.county.ask)
  async ask({ params: p, body }: RouteInput<typeof API.county.ask>) {
    return this.cases.ask(this.ctx.caller!, p.id, body);
  }
}
