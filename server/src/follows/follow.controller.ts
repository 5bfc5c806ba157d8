import { Controller, Del, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { TFollowCreate, zId, ZFollowCreate } from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { ZBody, ZParams } from '../core/zod';
import { FollowService } from './follow.service';

const ZIdParams = z.object({ id: zId });

/** Followed products (我的产品), for consumers. */
@Controller('/api')
export class FollowController {
  @Inject()
  ctx!: Context;

  @Inject()
  follows!: FollowService;

  /** 201 with the new follow; 200 with the existing one when the target is already followed. */
  @Post('/follows')
  @Auth('consumer')
  async follow(@ZBody(ZFollowCreate) body: TFollowCreate) {
    const { view, created } = await this.follows.follow(this.ctx.caller!.userId, body);
    this.ctx.status = created ? 201 : 200;
    return view;
  }

  @Get('/follows')
  @Auth('consumer')
  async list() {
    return this.follows.list(this.ctx.caller!.userId);
  }

  @Del('/follows/:id')
  @Auth('consumer')
  async unfollow(@ZParams(ZIdParams) p: { id: number }) {
    await this.follows.unfollow(this.ctx.caller!.userId, p.id);
    this.ctx.status = 204;
  }
}
