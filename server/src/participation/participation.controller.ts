import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { idempotencyKey } from '../core/idempotency';
import { Route } from '../core/route';
import { RecallRequestService, RequestStep } from './recall-request.service';

type StepInput = { params: { id: number }; body: Record<string, string | undefined> };

/** Recall participation (召回参与): consumers' remedy requests and customer service's steps. */
@Controller('/api')
export class ParticipationController {
  @Inject()
  ctx!: Context;

  @Inject()
  requests!: RecallRequestService;

  @Route(API.participation.request)
  async create({ params, body }: RouteInput<typeof API.participation.request>) {
    return this.requests.create(this.ctx.caller!, params.id, body, idempotencyKey(this.ctx));
  }

  @Route(API.participation.mine)
  async mine() {
    return this.requests.mine(this.ctx.caller!);
  }

  @Route(API.participation.view)
  async view({ params }: RouteInput<typeof API.participation.view>) {
    return this.requests.view(this.ctx.caller!, params.id);
  }

  @Route(API.participation.confirm)
  async confirm(input: RouteInput<typeof API.participation.confirm>) {
    return this.step('confirm', input);
  }

  @Route(API.participation.dispute)
  async dispute(input: RouteInput<typeof API.participation.dispute>) {
    return this.step('dispute', input);
  }

  @Route(API.participation.producerList)
  async producerList({ query }: RouteInput<typeof API.participation.producerList>) {
    return this.requests.producerList(this.ctx.caller!, query);
  }

  @Route(API.participation.accept)
  async accept(input: RouteInput<typeof API.participation.accept>) {
    return this.step('accept', input);
  }

  @Route(API.participation.reject)
  async reject(input: RouteInput<typeof API.participation.reject>) {
    return this.step('reject', input);
  }

  @Route(API.participation.schedule)
  async schedule(input: RouteInput<typeof API.participation.schedule>) {
    return this.step('schedule', input);
  }

  @Route(API.participation.complete)
  async complete(input: RouteInput<typeof API.participation.complete>) {
    return this.step('complete', input);
  }

  private step(step: RequestStep, { params, body }: StepInput) {
    return this.requests.step(this.ctx.caller!, params.id, step, body);
  }
}
