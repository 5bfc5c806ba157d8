import { Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { parseUscc, ROLE_LABELS, TCreateUserInput, TMeResponse } from '@recall/shared';
import bcrypt from 'bcryptjs';
import { DataSource, EntityManager } from 'typeorm';
import { badRequest, conflict, notFound } from '../core/errors';
import { Bureau, Producer, User } from '../db/entity';
import { ensureProducer } from './producer-registry';
import { AuditService } from '../core/audit.service';

const BCRYPT_ROUNDS = 10;
/** Compared against when a username is unknown, so timing does not reveal which usernames exist. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', BCRYPT_ROUNDS);

/** Accounts: staff created by an administrator, consumers created on first WeChat sign-in. */
@Provide()
export class UserService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  audit!: AuditService;

  async createStaff(input: TCreateUserInput & { producerName?: string }, actorId: number | null = null): Promise<User> {
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    return this.db.transaction(async (m) => {
      if (await m.findOneBy(User, { username: input.username }))
        throw conflict(`用户名 ${input.username} 已存在`, 'USERNAME_TAKEN');
      const orgCode = await this.resolveOrg(m, input);
      const user = await m.save(
        m.create(User, {
          role: input.role,
          username: input.username,
          passwordHash,
          displayName: input.displayName ?? input.username,
          orgCode,
          openid: null,
          sessionKey: null,
        }),
      );
      await this.audit.record(m, {
        actorId,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        to: input.role,
        detail: { username: input.username, org: orgCode },
      });
      return user;
    });
  }

  /** Bureau staff need an existing bureau; producer staff a valid USCC (the producer is registered if new). */
  private async resolveOrg(
    m: EntityManager,
    input: TCreateUserInput & { producerName?: string },
  ): Promise<string | null> {
    if (input.role === 'admin') return null;
    if (!input.org) throw badRequest('请用 --org 指定所属机构', [{ path: 'org', message: '缺少所属机构' }]);
    if (input.role === 'bureau' || input.role === 'province') {
      const bureau = await m.findOneBy(Bureau, { code: input.org });
      if (!bureau)
        throw badRequest(`没有行政区划代码为 ${input.org} 的市场监管局`, [
          { path: 'org', message: '未知的监管局代码' },
        ]);
      if ((input.role === 'province') !== (bureau.level === 'province')) {
        throw badRequest(`${bureau.name}与角色 ${input.role} 不符`, [{ path: 'org', message: '机构级别与角色不符' }]);
      }
      return bureau.code;
    }
    const uscc = input.org.toUpperCase();
    const parsed = parseUscc(uscc);
    if (!parsed.valid) throw badRequest(parsed.reason!, [{ path: 'org', message: parsed.reason! }]);
    await ensureProducer(m, uscc, input.producerName ?? uscc);
    return uscc;
  }

  async verifyPassword(username: string, password: string): Promise<User | null> {
    const user = await this.db.getRepository(User).findOneBy({ username });
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    return ok && user && !user.disabled ? user : null;
  }

  /** The consumer for a WeChat openid, created on first sign-in; session_key stays here. */
  async upsertWechatConsumer(openid: string, sessionKey: string, displayName = '微信用户'): Promise<User> {
    return this.db.transaction(async (m) => {
      const existing = await m.findOneBy(User, { openid });
      if (existing) {
        await m.update(User, existing.id, { sessionKey });
        return existing;
      }
      const user = await m.save(
        m.create(User, {
          role: 'consumer',
          openid,
          sessionKey,
          displayName,
          username: null,
          passwordHash: null,
          orgCode: null,
        }),
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'user.registered',
        entityType: 'user',
        entityId: user.id,
        to: 'consumer',
        detail: null,
      });
      return user;
    });
  }

  async me(userId: number): Promise<TMeResponse> {
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user || user.disabled) throw notFound('账号不存在或已停用', 'USER_NOT_FOUND');
    return {
      id: user.id,
      role: user.role,
      roleLabel: ROLE_LABELS[user.role],
      displayName: user.displayName,
      org: await this.orgOf(user),
    };
  }

  private async orgOf(user: User): Promise<TMeResponse['org']> {
    if (!user.orgCode) return null;
    if (user.role === 'producer') {
      const p = await this.db.getRepository(Producer).findOneBy({ uscc: user.orgCode });
      return { code: user.orgCode, name: p?.name ?? user.orgCode };
    }
    const b = await this.db.getRepository(Bureau).findOneBy({ code: user.orgCode });
    return { code: user.orgCode, name: b?.name ?? user.orgCode };
  }
}
