import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { TechnicalService } from './technical.service';

/** 召回技术机构: 技术会商, 风险评估, 召回计划形式评估 and 召回效果评估 requests and their answers (thin: the rules are in the service). */
@Controller('/api')
export class TechnicalController {
  @Inject()
  ctx!: Context;

  @Inject()
  technical!: TechnicalService;

  @Route(API.technical.institutions)
  async institutions() {
    return this.technical.institutions();
  }

  @Route(API.technical.list)
  async list({ query }: RouteInput<typeof API.technical.list>) {
    return this.technical.list(this.ctx.caller!, query);
  }

  @Route(API.technical.create)
  async create({ body }: RouteInput<typeof API.technical.create>) {
    const id = await this.technical.create(this.ctx.caller!, body);
    return this.technical.view(this.ctx.caller!, id);
  }

  @Route(API.technical.view)
  async view({ params }: RouteInput<typeof API.technical.view>) {
    return this.technical.view(this.ctx.caller!, params.id);
  }

  @Route(API.technical.consult)
  async consult({ params, body }: RouteInput<typeof API.technical.consult>) {
    await this.technical.answer(this.ctx.caller!, params.id, 'consultation', body);
    return this.technical.view(this.ctx.caller!, params.id);
  }

  @Route(API.technical.assess)
  async assess({ params, body }: RouteInput<typeof API.technical.assess>) {
    await this.technical.answer(this.ctx.caller!, params.id, 'risk_assessment', body);
    return this.technical.view(this.ctx.caller!, params.id);
  }

  @Route(API.technical.evaluatePlan)
  async evaluatePlan({ params, body }: RouteInput<typeof API.technical.evaluatePlan>) {
    await this.technical.answer(this.ctx.caller!, params.id, 'plan_evaluation', body);
    return this.technical.view(this.ctx.caller!, params.id);
  }

  @Route(API.technical.evaluateEffect)
  async evaluateEffect({ params, body }: RouteInput<typeof API.technical.evaluateEffect>) {
    await this.technical.answer(this.ctx.caller!, params.id, 'effect_evaluation', body);
    return this.technical.view(this.ctx.caller!, params.id);
  }
}
