import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  countyBureauName,
  countyCityBureau,
  getProvinceProfile,
  mayOpenCase,
  parseUscc,
  profileInstitution,
  regionFullName,
  ROLE_LABELS,
  TCreateUserInput,
  TMeResponse,
} from '@recall/shared';
import bcrypt from 'bcryptjs';
import { DataSource, EntityManager } from 'typeorm';
import { commandTransaction } from '../core/tx';
import { ApiError, badRequest, notFound } from '../core/errors';
import { isUniqueViolation } from '../core/retry';
import { Bureau, Platform, Producer, User } from '../db/entity';
import { ensureProducer } from './producer-registry';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';

const BCRYPT_ROUNDS = 10;
/** Compared against when a username is unknown, so timing does not reveal which usernames exist. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', BCRYPT_ROUNDS);

type StaffInput = TCreateUserInput & { producerName?: string };

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_ROUNDS);

const usernameTaken = (username: string) =>
  new ApiError(409, 'USERNAME_TAKEN', `用户名“${username}”已被使用，请换一个用户名`, [
    { path: 'username', message: '用户名已被使用' },
  ]);

/** Accounts: staff created by an administrator, consumers created on first WeChat sign-in. */
@Provide()
export class UserService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  audit!: AuditService;

  @Config('env')
  env!: Env;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  async createStaff(input: StaffInput, actorId: number | null = null): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return commandTransaction(this.db, (m) => this.insertStaff(m, input, passwordHash, actorId));
  }

  /**
   * Adds a staff account inside the caller's transaction. The username's unique index decides
   * between simultaneous requests for one name: the loser gets the same 409 as a later one.
   */
  async insertStaff(
    m: EntityManager,
    input: Omit<StaffInput, 'password'>,
    passwordHash: string,
    actorId: number | null,
  ): Promise<User> {
    if (await m.findOneBy(User, { username: input.username })) throw usernameTaken(input.username);
    const orgCode = await this.resolveOrg(m, input);
    const fields = m.create(User, {
      role: input.role,
      username: input.username,
      passwordHash,
      displayName: input.displayName ?? input.username,
      orgCode,
      openid: null,
      sessionKey: null,
    });
    const user = await m.save(fields).catch((e) => {
      throw isUniqueViolation(e) ? usernameTaken(input.username) : e;
    });
    await this.audit.record(m, {
      actorId,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      to: input.role,
      detail: { username: input.username, org: orgCode },
    });
    return user;
  }

  /** Bureau staff need an existing bureau; producer staff a valid USCC (the producer is registered if new). */
  private async resolveOrg(m: EntityManager, input: Omit<StaffInput, 'password'>): Promise<string | null> {
    if (input.role === 'admin') return null;
    if (!input.org) throw badRequest('请用 --org 指定所属机构', [{ path: 'org', message: '缺少所属机构' }]);
    // 召回技术机构: an institution of the province profile, by its code (T320000).
    if (input.role === 'technical') {
      const institution = profileInstitution(this.profile, input.org.toUpperCase());
      if (!institution) {
        const known = this.profile.technicalInstitutions.map((t) => `${t.code} ${t.name}`).join('、') || '无';
        throw badRequest(`没有代码为 ${input.org} 的召回技术机构（本省：${known}）`, [
          { path: 'org', message: '未知的技术机构代码' },
        ]);
      }
      return institution.code;
    }
    if (input.role === 'county') return this.countyOrg(input.org);
    // 电商平台: the org is the id of a registered platform.
    if (input.role === 'platform') {
      const platform = /^\d{1,9}$/.test(input.org) ? await m.findOneBy(Platform, { id: Number(input.org) }) : null;
      if (!platform)
        throw badRequest(`没有编号为 ${input.org} 的电商平台（请先登记平台）`, [
          { path: 'org', message: '未知的电商平台编号' },
        ]);
      return String(platform.id);
    }
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

  /** A county bureau's org is its county's code, which must lie under a city bureau of the province profile. */
  private countyOrg(code: string): string {
    const profile = getProvinceProfile(this.env.PROVINCE);
    if (!countyCityBureau(profile, code)) {
      const cities = profile.cityBureaus.map((b) => b.city).join('、');
      const name = regionFullName(code);
      throw badRequest(
        `${name ? `${name}（${code}）` : code}不是${profile.name}所辖城市（${cities}）下的县（市、区），不能开设县级市场监管局账号`,
        [{ path: 'org', message: '应为本省所辖城市下的县（市、区）行政区划代码' }],
      );
    }
    return code;
  }

  async verifyPassword(username: string, password: string): Promise<User | null> {
    const user = await this.db.getRepository(User).findOneBy({ username });
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    return ok && user && !user.disabled ? user : null;
  }

  /** The consumer for a WeChat openid, created on first sign-in; session_key stays here. */
  async upsertWechatConsumer(openid: string, sessionKey: string, displayName = '微信用户'): Promise<User> {
    return commandTransaction(this.db, async (m) => {
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
      // The screens offer 立案 only where the profile gives it (辽 第四、九条: the province bureau).
      ...(user.role === 'bureau' || user.role === 'province'
        ? { mayOpenCase: mayOpenCase(this.profile, user.role) }
        : {}),
    };
  }

  private async orgOf(user: User): Promise<TMeResponse['org']> {
    if (!user.orgCode) return null;
    if (user.role === 'producer') {
      const p = await this.db.getRepository(Producer).findOneBy({ uscc: user.orgCode });
      return { code: user.orgCode, name: p?.name ?? user.orgCode };
    }
    if (user.role === 'technical') {
      return { code: user.orgCode, name: profileInstitution(this.profile, user.orgCode)?.name ?? user.orgCode };
    }
    if (user.role === 'county') return { code: user.orgCode, name: countyBureauName(user.orgCode) };
    if (user.role === 'platform') {
      const p = await this.db.getRepository(Platform).findOneBy({ id: Number(user.orgCode) });
      return { code: user.orgCode, name: p?.name ?? user.orgCode };
    }
    const b = await this.db.getRepository(Bureau).findOneBy({ code: user.orgCode });
    return { code: user.orgCode, name: b?.name ?? user.orgCode };
  }
}
