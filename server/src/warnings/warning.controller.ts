import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { WarningService } from './warning.service';

/** 消费提示 (办法 第十九条) over HTTP: thin, the rules live in WarningService. */
@Controller('/api')
export class WarningController {
  @Inject()
  ctx!: Context;

  @Inject()
  warnings!: WarningService;

  @Route(API.warnings.list)
  async list({ query }: RouteInput<typeof API.warnings.list>) {
    return { items: await this.warnings.list(this.ctx.caller!, query) };
  }

  @Route(API.warnings.publish)
  async publish({ body }: RouteInput<typeof API.warnings.publish>) {
    return this.warnings.publish(this.ctx.caller!, body);
  }

  @Route(API.warnings.view)
  async view({ params }: RouteInput<typeof API.warnings.view>) {
    return this.warnings.view(this.ctx.caller!, params.id);
  }

  @Route(API.warnings.correct)
  async correct({ params, body }: RouteInput<typeof API.warnings.correct>) {
    return this.warnings.correct(this.ctx.caller!, params.id, body);
  }

  @Route(API.warnings.withdraw)
  async withdraw({ params, body }: RouteInput<typeof API.warnings.withdraw>) {
    return this.warnings.withdraw(this.ctx.caller!, params.id, body.reason);
  }
}
