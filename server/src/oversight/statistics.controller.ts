import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput, type TStatisticsResponse } from '@recall/shared';
import { Route } from '../core/route';
import { StatisticsService } from './statistics.service';
import { OversightService } from './oversight.service';
import { statisticsWorkbook } from './statistics-xlsx';
import { statisticsCharts } from './statistics-charts';
import { statisticsBulletin } from './statistics-docx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The province's statistics, their charts and exports; a city bureau sees its own city's. */
@Controller('/api')
export class StatisticsController {
  @Inject()
  ctx!: Context;

  @Inject()
  statistics!: StatisticsService;

  @Inject()
  oversight!: OversightService;

  @Route(API.oversight.overview)
  async overview() {
    return this.oversight.overview(this.ctx.caller!);
  }

  @Route(API.oversight.statistics)
  async statisticsOf({ query }: RouteInput<typeof API.oversight.statistics>) {
    return this.statistics.compute(this.ctx.caller!, query);
  }

  @Route(API.oversight.statisticsCharts)
  async charts({ query }: RouteInput<typeof API.oversight.statisticsCharts>) {
    return { charts: statisticsCharts(await this.statistics.compute(this.ctx.caller!, query)) };
  }

  @Route(API.oversight.statisticsXlsx)
  async workbook({ query }: RouteInput<typeof API.oversight.statisticsXlsx>) {
    const s = await this.statistics.compute(this.ctx.caller!, query);
    return this.attach(s, '召回统计.xlsx', XLSX, await statisticsWorkbook(s));
  }

  @Route(API.oversight.bulletin)
  async bulletin({ query }: RouteInput<typeof API.oversight.bulletin>) {
    const s = await this.statistics.compute(this.ctx.caller!, query);
    return this.attach(s, '缺陷消费品召回分析报告.docx', DOCX, await statisticsBulletin(s));
  }

  private attach(s: TStatisticsResponse, what: string, type: string, data: Buffer): Buffer {
    this.ctx.type = type;
    const name = `${s.period.label}${s.place}${what}`;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return data;
  }
}
