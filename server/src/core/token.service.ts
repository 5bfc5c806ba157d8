import { Config, Provide, Singleton } from '@midwayjs/core';
import jwt from 'jsonwebtoken';
import { ZRole } from '@recall/shared';
import type { Caller } from './auth';
import type { Env } from './env';

/** What a token says about its holder when issued; checked against the account on every request. */
export interface TokenClaims extends Caller {
  /** The account's token version when issued: sign-out bumps it and revokes the token. */
  version: number;
}

/** Signs and verifies the bearer tokens (HS256, secret from the environment or DATA_DIR). */
@Provide()
@Singleton()
export class TokenService {
  @Config('env')
  env!: Env;

  sign(claims: TokenClaims): string {
    return jwt.sign({ role: claims.role, org: claims.org, tv: claims.version }, this.env.JWT_SECRET, {
      algorithm: 'HS256',
      subject: String(claims.userId),
      expiresIn: '7d',
      issuer: 'recall',
    });
  }

  /** The claims, or throws with the reason the token was refused. */
  verify(token: string): TokenClaims {
    const payload = jwt.verify(token, this.env.JWT_SECRET, { algorithms: ['HS256'], issuer: 'recall' });
    if (typeof payload === 'string' || !payload.sub) throw new Error('token has no subject');
    return {
      userId: Number(payload.sub),
      role: ZRole.parse(payload.role),
      org: (payload.org as string | null) ?? null,
      version: Number(payload.tv ?? -1),
    };
  }
}
