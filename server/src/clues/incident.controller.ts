import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { idempotencyKey } from '../core/idempotency';
import { Route } from '../core/route';
import { IncidentService } from './incident.service';

/** Producers' incident reports (办法 第四条): filed from the producer's workspace, read by the bureaus it reaches. */
@Controller('/api')
export class IncidentController {
  @Inject()
  ctx!: Context;

  @Inject()
  incidents!: IncidentService;

  @Route(API.incidents.create)
  async create({ body }: RouteInput<typeof API.incidents.create>) {
    return this.incidents.create(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Route(API.incidents.mine)
  async mine() {
    return this.incidents.mine(this.ctx.caller!);
  }

  @Route(API.incidents.view)
  async view({ params: p }: RouteInput<typeof API.incidents.view>) {
    return this.incidents.view(this.ctx.caller!, p.id);
  }
}
