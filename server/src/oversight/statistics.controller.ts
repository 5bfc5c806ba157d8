import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { StatisticsService } from './statistics.service';
import { statisticsWorkbook } from './statistics-xlsx';

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

  @Route(API.oversight.statisticsXlsx)
  async workbook({ query }: RouteInput<typeof API.oversight.statisticsXlsx>) {
    const s = await this.statistics.compute(this.ctx.caller!, query);
    this.ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const name = `${s.period.label}${s.city?.name ?? '全省'}召回统计.xlsx`;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return statisticsWorkbook(s);
  }
}
