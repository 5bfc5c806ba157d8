import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import type { TDevLoginRequest, TLoginResponse } from '@recall/shared';
import { randomUUID } from 'crypto';
import { ApiError, unauthorized } from '../core/errors';
import { User } from '../db/entity';
import type { Env } from '../core/env';
import { TokenService } from '../core/token.service';
import { UserService } from './user.service';
import { WechatClient } from '../core/wechat.client';
import { FailureGuard, isApiError } from '../core/failure-guard';

/** Sign-in by WeChat code, by password, and (outside production) a browser consumer login. */
@Provide()
export class AuthService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  users!: UserService;

  @Inject()
  tokens!: TokenService;

  @Inject()
  wechat!: WechatClient;

  @Inject()
  guard!: FailureGuard;

  @Config('env')
  env!: Env;

  async wechatLogin(code: string): Promise<TLoginResponse> {
    const session = await this.wechat.code2session(code);
    return this.issue(await this.users.upsertWechatConsumer(session.openid, session.sessionKey));
  }

  /** Wrong passwords lock the username (known or not, so a lock tells nothing) and then the address. */
  async passwordLogin(username: string, password: string, address: string): Promise<TLoginResponse> {
    const account = username.trim().toLowerCase();
    return this.guard.run(
      'login',
      { account, address },
      async () => {
        const user = await this.users.verifyPassword(username, password);
        if (!user) throw unauthorized('用户名或密码不正确', 'INVALID_CREDENTIALS');
        return this.issue(user);
      },
      isApiError('INVALID_CREDENTIALS'),
    );
  }

  /** Lets a browser act as a consumer while developing; production has only WeChat sign-in. */
  async devLogin(input: TDevLoginRequest): Promise<TLoginResponse> {
    if (this.env.isProduction)
      throw new ApiError(403, 'DEV_LOGIN_DISABLED', '生产环境不支持体验登录，请在微信小程序中使用');
    if (this.env.DEV_LOGIN !== 'on')
      throw new ApiError(403, 'DEV_LOGIN_DISABLED', '体验登录未开启，请在微信小程序中使用');
    const openid = `dev:${input.deviceId ?? randomUUID()}`;
    return this.issue(await this.users.upsertWechatConsumer(openid, '-', input.name));
  }

  /** Bumps the account's token version in one statement: every token issued before is refused. */
  async revokeSessions(userId: number): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(User)
      .set({ tokenVersion: () => 'tokenVersion + 1' })
      .where('id = :userId', { userId })
      .execute();
  }

  issue(user: User): TLoginResponse {
    return {
      token: this.tokens.sign({ userId: user.id, role: user.role, org: user.orgCode, version: user.tokenVersion }),
      user: { id: user.id, role: user.role },
    };
  }
}
