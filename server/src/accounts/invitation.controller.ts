import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { InvitationService } from './invitation.service';

/** Producer accounts: a bureau's invitation code, bound in WeChat or registered on the web. */
@Controller('/api')
export class InvitationController {
  @Inject()
  ctx!: Context;

  @Inject()
  invitations!: InvitationService;

  @Route(API.accounts.invite)
  async invite({ body }: RouteInput<typeof API.accounts.invite>) {
    return this.invitations.create(this.ctx.caller!, body);
  }

  @Route(API.accounts.bindProducer)
  async bind({ body }: RouteInput<typeof API.accounts.bindProducer>) {
    return this.invitations.bind(this.ctx.caller!, body.code, this.ctx.ip);
  }

  @Route(API.accounts.registerProducer)
  async register({ body }: RouteInput<typeof API.accounts.registerProducer>) {
    return this.invitations.register(body, this.ctx.ip);
  }
}
