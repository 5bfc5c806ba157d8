import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { AuthService } from './auth.service';
import { UserService } from './user.service';
import { Route } from '../core/route';

@Controller('/api')
export class AuthController {
  @Inject()
  ctx!: Context;

  @Inject()
  auth!: AuthService;

  @Inject()
  users!: UserService;

  @Route(API.accounts.wechat)
  async wechat({ body }: RouteInput<typeof API.accounts.wechat>) {
    return this.auth.wechatLogin(body.code);
  }

  @Route(API.accounts.password)
  async password({ body }: RouteInput<typeof API.accounts.password>) {
    return this.auth.passwordLogin(body.username, body.password, this.ctx.ip);
  }

  @Route(API.accounts.dev)
  async dev({ body }: RouteInput<typeof API.accounts.dev>) {
    return this.auth.devLogin(body);
  }

  /** Sign-out revokes every token of the account issued so far. */
  @Route(API.accounts.logout)
  async logout() {
    await this.auth.revokeSessions(this.ctx.caller!.userId);
  }

  @Route(API.accounts.me)
  async me() {
    return this.users.me(this.ctx.caller!.userId);
  }
}
