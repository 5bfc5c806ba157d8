import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { ForeignRecallService } from './foreign-recall.service';

/** Foreign recalls (国外召回) imported from a downloaded file by the province, matched into clues. */
@Controller('/api')
export class ForeignRecallController {
  @Inject()
  ctx!: Context;

  @Inject()
  foreign!: ForeignRecallService;

  @Route(API.foreignRecalls.import)
  async import({ body }: RouteInput<typeof API.foreignRecalls.import>) {
    return this.foreign.import(this.ctx.caller!, body);
  }
}
