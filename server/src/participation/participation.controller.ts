import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TInvitationCreateRequest,
  TProducerBindRequest,
  TProducerRegisterRequest,
  TProducerRequestQuery,
  TRecallRequestCreate,
  zId,
  ZInvitationCreateRequest,
  ZProducerBindRequest,
  ZProducerRegisterRequest,
  ZProducerRequestQuery,
  ZRecallRequestCreate,
  ZRequestAccept,
  ZRequestComplete,
  ZRequestReject,
  ZRequestSchedule,
} from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { badRequest } from '../core/errors';
import { idempotencyKey } from '../core/idempotency';
import { ZBody, ZParams, ZQuery } from '../core/zod';
import { InvitationService } from '../accounts/invitation.service';
import { RecallRequestService, RequestStep } from './recall-request.service';

const ZIdParams = z.object({ id: zId });
const ZStepParams = z.object({
  id: zId,
  step: z.enum(['accept', 'reject', 'schedule', 'complete'], { error: '不支持的操作' }),
});
const STEP_BODIES = {
  accept: ZRequestAccept,
  reject: ZRequestReject,
  schedule: ZRequestSchedule,
  complete: ZRequestComplete,
};

/** Recall participation (召回参与) and producer accounts (邀请码). */
@Controller('/api')
export class ParticipationController {
  @Inject()
  ctx!: Context;

  @Inject()
  requests!: RecallRequestService;

  @Inject()
  invitations!: InvitationService;

  @Post('/recalls/:id/requests')
  @Auth('consumer')
  async create(@ZParams(ZIdParams) p: { id: number }, @ZBody(ZRecallRequestCreate) body: TRecallRequestCreate) {
    this.ctx.status = 201;
    return this.requests.create(this.ctx.caller!, p.id, body, idempotencyKey(this.ctx));
  }

  @Get('/recall-requests')
  @Auth('consumer')
  async mine() {
    return this.requests.mine(this.ctx.caller!);
  }

  @Get('/recall-requests/:id')
  @Auth('consumer', 'producer')
  async view(@ZParams(ZIdParams) p: { id: number }) {
    return this.requests.view(this.ctx.caller!, p.id);
  }

  @Get('/producer/requests')
  @Auth('producer')
  async producerList(@ZQuery(ZProducerRequestQuery) q: TProducerRequestQuery) {
    return this.requests.producerList(this.ctx.caller!, q);
  }

  @Post('/producer/requests/:id/:step')
  @Auth('producer')
  async step(@ZParams(ZStepParams) p: { id: number; step: RequestStep }) {
    const parsed = STEP_BODIES[p.step].safeParse(this.ctx.request.body ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw badRequest(issues[0].message, issues);
    }
    return this.requests.step(this.ctx.caller!, p.id, p.step, parsed.data as Record<string, string | undefined>);
  }

  @Post('/invitations')
  @Auth('bureau', 'province')
  async invite(@ZBody(ZInvitationCreateRequest) body: TInvitationCreateRequest) {
    this.ctx.status = 201;
    return this.invitations.create(this.ctx.caller!, body);
  }

  @Post('/producer/bind')
  @Auth()
  async bind(@ZBody(ZProducerBindRequest) body: TProducerBindRequest) {
    return this.invitations.bind(this.ctx.caller!, body.code);
  }

  @Post('/producer/register')
  async register(@ZBody(ZProducerRegisterRequest) body: TProducerRegisterRequest) {
    this.ctx.status = 201;
    return this.invitations.register(body);
  }
}
