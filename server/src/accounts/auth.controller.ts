import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TDevLoginRequest,
  TPasswordLoginRequest,
  TWechatLoginRequest,
  ZDevLoginRequest,
  ZPasswordLoginRequest,
  ZWechatLoginRequest,
} from '@recall/shared';
import { Auth } from '../core/auth';
import { ZBody } from '../core/zod';
import { AuthService } from './auth.service';
import { UserService } from './user.service';

@Controller('/api')
export class AuthController {
  @Inject()
  ctx!: Context;

  @Inject()
  auth!: AuthService;

  @Inject()
  users!: UserService;

  @Post('/auth/wechat')
  async wechat(@ZBody(ZWechatLoginRequest) body: TWechatLoginRequest) {
    return this.auth.wechatLogin(body.code);
  }

  @Post('/auth/password')
  async password(@ZBody(ZPasswordLoginRequest) body: TPasswordLoginRequest) {
    return this.auth.passwordLogin(body.username, body.password);
  }

  @Post('/auth/dev')
  async dev(@ZBody(ZDevLoginRequest) body: TDevLoginRequest) {
    return this.auth.devLogin(body);
  }

  @Get('/me')
  @Auth()
  async me() {
    return this.users.me(this.ctx.caller!.userId);
  }
}
