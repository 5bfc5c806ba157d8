import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { CrossProvinceService } from './cross-province.service';

/** 跨省移送 (苏 第四条(二)): the province's transfers to and from other provinces. */
@Controller('/api')
export class CrossProvinceController {
  @Inject()
  ctx!: Context;

  @Inject()
  crossProvince!: CrossProvinceService;

  @Route(API.crossProvince.passOn)
  async passOn({ params: p, body }: RouteInput<typeof API.crossProvince.passOn>) {
    return this.crossProvince.passOn(this.ctx.caller!, p.id, body);
  }

  @Route(API.crossProvince.list)
  async list({ query }: RouteInput<typeof API.crossProvince.list>) {
    return this.crossProvince.list(query.direction);
  }

  @Route(API.crossProvince.package)
  async package({ params: p }: RouteInput<typeof API.crossProvince.package>) {
    const { name, data } = await this.crossProvince.package(p.id);
    this.ctx.type = 'application/zip';
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return data;
  }
}
