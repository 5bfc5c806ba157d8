import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { FollowService } from './follow.service';
import { Route } from '../core/route';

/** Followed products (我的产品), for consumers. */
@Controller('/api')
export class FollowController {
  @Inject()
  ctx!: Context;

  @Inject()
  follows!: FollowService;

  /** 201 with the new follow; 200 with the existing one when the target is already followed. */
  @Route(API.follows.follow)
  async follow({ body }: RouteInput<typeof API.follows.follow>) {
    const { view, created } = await this.follows.follow(this.ctx.caller!.userId, body);
    this.ctx.status = created ? 201 : 200;
    return view;
  }

  @Route(API.follows.list)
  async list() {
    return this.follows.list(this.ctx.caller!.userId);
  }

  @Route(API.follows.unfollow)
  async unfollow({ params: p }: RouteInput<typeof API.follows.unfollow>) {
    await this.follows.unfollow(this.ctx.caller!.userId, p.id);
  }
}
