import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { conditional } from '../core/conditional';
import { Route } from '../core/route';
import { publicStatisticsCsv } from './public-statistics';
import { PublicStatisticsService } from './public-statistics.service';

/** Browsers and proxies may keep the public statistics five minutes, then ask again with the ETag. */
const PUBLIC_CACHE = 'public, max-age=300';

/** The public statistics of published recalls (open data, no token): JSON and a CSV download. */
@Controller('/api')
export class PublicStatisticsController {
  @Inject()
  ctx!: Context;

  @Inject()
  statistics!: PublicStatisticsService;

  @Route(API.publicStatistics.statistics)
  async json({ query }: RouteInput<typeof API.publicStatistics.statistics>) {
    const answer = await this.statistics.get(query.period);
    this.ctx.type = 'application/json';
    return this.cached(answer.etag, answer.json);
  }

  @Route(API.publicStatistics.csv)
  async csv({ query }: RouteInput<typeof API.publicStatistics.csv>) {
    const answer = await this.statistics.get(query.period);
    this.ctx.type = 'text/csv; charset=utf-8';
    const name = `${answer.value.period.label}${answer.value.place}消费品召回统计.csv`;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return this.cached(answer.etag.replace(/"$/, '-csv"'), publicStatisticsCsv(answer.value));
  }

  /** Five minutes in caches; then a 304 without a body when the client already holds this answer. */
  private cached(etag: string, body: string): string {
    this.ctx.set('Cache-Control', PUBLIC_CACHE);
    return conditional(this.ctx, body, etag);
  }
}
