import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { ExpertService } from './expert.service';
import { TypicalCaseService } from './typical-case.service';

/** 专家库 and 案例库 (办法 第十二条; 辽 第二十条): thin, the rules are in the services. */
@Controller('/api')
export class LibrariesController {
  @Inject()
  ctx!: Context;

  @Inject()
  experts!: ExpertService;

  @Inject()
  typical!: TypicalCaseService;

  @Route(API.experts.list)
  async listExperts({ query }: RouteInput<typeof API.experts.list>) {
    return this.experts.list(this.ctx.caller!, query);
  }

  @Route(API.experts.create)
  async createExpert({ body }: RouteInput<typeof API.experts.create>) {
    return this.experts.create(this.ctx.caller!, body);
  }

  @Route(API.experts.update)
  async updateExpert({ params, body }: RouteInput<typeof API.experts.update>) {
    return this.experts.update(this.ctx.caller!, params.id, body);
  }

  @Route(API.typicalCases.list)
  async listTypical({ query }: RouteInput<typeof API.typicalCases.list>) {
    return this.typical.list(query);
  }

  @Route(API.typicalCases.mark)
  async mark({ params, body }: RouteInput<typeof API.typicalCases.mark>) {
    return this.typical.mark(this.ctx.caller!, params.id, body);
  }

  @Route(API.typicalCases.unmark)
  async unmark({ params }: RouteInput<typeof API.typicalCases.unmark>) {
    await this.typical.unmark(this.ctx.caller!, params.id);
  }
}
