import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { PlatformDeskService, platformOf } from './platform-desk.service';
import { PlatformService } from './platform.service';
import { platformRecordWorkbook } from './platform-record';

/** The registry of e-commerce platforms (province, admin) and a recall's platforms (its bureau too). */
@Controller('/api')
export class PlatformController {
  @Inject()
  ctx!: Context;

  @Inject()
  platforms!: PlatformService;

  @Inject()
  desk!: PlatformDeskService;

  @Route(API.platforms.list)
  async list() {
    return this.platforms.list();
  }

  @Route(API.platforms.create)
  async create({ body }: RouteInput<typeof API.platforms.create>) {
    return this.platforms.register(this.ctx.caller!, body);
  }

  @Route(API.platforms.record)
  async record({ query }: RouteInput<typeof API.platforms.record>) {
    return this.platforms.record(query);
  }

  @Route(API.platforms.recordXlsx)
  async recordXlsx({ query }: RouteInput<typeof API.platforms.recordXlsx>) {
    const data = await platformRecordWorkbook(await this.platforms.record(query));
    this.ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const name = `电商平台召回处置记录${query.from}至${query.to}.xlsx`;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return data;
  }

  @Route(API.platforms.view)
  async view({ params }: RouteInput<typeof API.platforms.view>) {
    return this.platforms.view(params.id);
  }

  @Route(API.platforms.update)
  async update({ params, body }: RouteInput<typeof API.platforms.update>) {
    return this.platforms.update(this.ctx.caller!, params.id, body);
  }

  @Route(API.platforms.renewCredentials)
  async renew({ params }: RouteInput<typeof API.platforms.renewCredentials>) {
    return this.platforms.renew(this.ctx.caller!, params.id);
  }

  @Route(API.platforms.forRecall)
  async forRecall({ params }: RouteInput<typeof API.platforms.forRecall>) {
    return this.desk.forRecall(this.ctx.caller!, params.recallId);
  }
}

/** The platform's own side (its servers by API key, or its staff): only its deliveries and reports. */
@Controller('/api')
export class PlatformDeskController {
  @Inject()
  ctx!: Context;

  @Inject()
  platforms!: PlatformService;

  @Inject()
  desk!: PlatformDeskService;

  @Route(API.platformDesk.me)
  async me() {
    return this.platforms.view(platformOf(this.ctx.caller!));
  }

  @Route(API.platformDesk.deliveries)
  async deliveries({ query }: RouteInput<typeof API.platformDesk.deliveries>) {
    return this.desk.deliveries(this.ctx.caller!, query);
  }

  @Route(API.platformDesk.acknowledge)
  async acknowledge({ params }: RouteInput<typeof API.platformDesk.acknowledge>) {
    return this.desk.acknowledge(this.ctx.caller!, params.deliveryId);
  }

  @Route(API.platformDesk.recalls)
  async recalls() {
    return this.desk.recalls(this.ctx.caller!);
  }

  @Route(API.platformDesk.recall)
  async recall({ params }: RouteInput<typeof API.platformDesk.recall>) {
    return this.desk.deskRecall(this.ctx.caller!, params.recallId);
  }

  @Route(API.platformDesk.report)
  async report({ params, body }: RouteInput<typeof API.platformDesk.report>) {
    return this.desk.report(this.ctx.caller!, params.recallId, body);
  }
}
