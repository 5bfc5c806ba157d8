import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { ClueSharingService } from './clue-sharing.service';
import { CommissionService } from './commission.service';

/** A province's own steps (辽 第五、八、九、十七条): commissions to city and county bureaus, internal clue sharing. */
@Controller('/api')
export class ProvinceStepsController {
  @Inject()
  ctx!: Context;

  @Inject()
  commissions!: CommissionService;

  @Inject()
  sharing!: ClueSharingService;

  @Route(API.commissions.list)
  async list({ query }: RouteInput<typeof API.commissions.list>) {
    return this.commissions.list(this.ctx.caller!, query);
  }

  @Route(API.commissions.create)
  async create({ body }: RouteInput<typeof API.commissions.create>) {
    return this.commissions.create(this.ctx.caller!, body);
  }

  @Route(API.commissions.view)
  async view({ params: p }: RouteInput<typeof API.commissions.view>) {
    return this.commissions.view(this.ctx.caller!, p.id);
  }

  @Route(API.commissions.feedback)
  async feedback({ params: p, body }: RouteInput<typeof API.commissions.feedback>) {
    return this.commissions.feedback(this.ctx.caller!, p.id, body);
  }

  @Route(API.clueSharing.view)
  async sharingView({ params: p }: RouteInput<typeof API.clueSharing.view>) {
    return this.sharing.view(this.ctx.caller!, p.id);
  }

  @Route(API.clueSharing.share)
  async share({ params: p, body }: RouteInput<typeof API.clueSharing.share>) {
    return this.sharing.share(this.ctx.caller!, p.id, body);
  }
}
