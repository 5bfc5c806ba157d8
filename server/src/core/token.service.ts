import { Config, Provide, Singleton } from '@midwayjs/core';
import jwt from 'jsonwebtoken';
import { ZRole } from '@recall/shared';
import type { Caller } from './auth';
import type { Env } from './env';

/** Signs and verifies the bearer tokens (HS256, secret from the environment). */
@Provide()
@Singleton()
export class TokenService {
  @Config('env')
  env!: Env;

  sign(caller: Caller): string {
    return jwt.sign({ role: caller.role, org: caller.org }, this.env.JWT_SECRET, {
      algorithm: 'HS256',
      subject: String(caller.userId),
      expiresIn: '7d',
      issuer: 'recall',
    });
  }

  /** The caller, or throws with the reason the token was refused. */
  verify(token: string): Caller {
    const payload = jwt.verify(token, this.env.JWT_SECRET, { algorithms: ['HS256'], issuer: 'recall' });
    if (typeof payload === 'string' || !payload.sub) throw new Error('token has no subject');
    return {
      userId: Number(payload.sub),
      role: ZRole.parse(payload.role),
      org: (payload.org as string | null) ?? null,
    };
  }
}
