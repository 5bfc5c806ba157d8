import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { StatisticsService } from './statistics.service';

/** The province's statistics; a city bureau sees its own city's. */
@Controller('/api')
export class StatisticsController {
  @Inject()
  ctx!: Context;

  @Inject()
  statistics!: StatisticsService;

  @Route(API.oversight.statistics)
  async statisticsOf({ query }: RouteInput<typeof API.oversight.statistics>) {
    return this.statistics.compute(this.ctx.caller!, query);
  }
}
