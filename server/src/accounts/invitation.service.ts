import { Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type {
  TInvitationCreateRequest,
  TInvitationView,
  TLoginResponse,
  TProducerRegisterRequest,
} from '@recall/shared';
import { randomInt } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { commandTransaction } from '../core/tx';
import type { Caller } from '../core/auth';
import { ApiError, forbidden } from '../core/errors';
import { Invitation, User } from '../db/entity';
import { AuditService } from '../core/audit.service';
import { FailureGuard, isApiError } from '../core/failure-guard';
import { ensureProducer } from './producer-registry';
import { AuthService } from './auth.service';
import { hashPassword, UserService } from './user.service';

// No 0/O, 1/I: codes are read aloud over the phone.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const VALID_DAYS = 14;
/** A code that is not (or no longer) good: a guess, counted against the guesser. */
const wrongCode = isApiError('INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED');

/** Producer invitation codes (邀请码): a bureau issues one, a producer's customer service binds with it once. */
@Provide()
export class InvitationService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  audit!: AuditService;

  @Inject()
  users!: UserService;

  @Inject()
  auth!: AuthService;

  @Inject()
  guard!: FailureGuard;

  async create(caller: Caller, body: TInvitationCreateRequest): Promise<TInvitationView> {
    const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const expiresAt = new Date(Date.now() + VALID_DAYS * 86400e3);
    await commandTransaction(this.db, async (m) => {
      await ensureProducer(m, body.producerUscc, body.producerName);
      await m.insert(Invitation, { code, ...body, createdBy: caller.userId, expiresAt });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'invitation.created',
        entityType: 'producer',
        entityId: body.producerUscc,
        detail: { bureau: caller.org },
      });
    });
    return { code, ...body, expiresAt: expiresAt.toISOString() };
  }

  /** A signed-in WeChat user becomes the producer's customer service; wrong codes lock the user and the address. */
  async bind(caller: Caller, code: string, address: string): Promise<TLoginResponse> {
    if (caller.role !== 'consumer' && caller.role !== 'producer') throw forbidden('工作人员账号不能绑定生产者');
    return this.guard.run(
      'invitation',
      { account: `user:${caller.userId}`, address },
      () => this.bindWith(caller, code),
      wrongCode,
    );
  }

  private async bindWith(caller: Caller, code: string): Promise<TLoginResponse> {
    const user = await commandTransaction(this.db, async (m) => {
      const inv = await this.redeem(m, code, caller.userId);
      await m.update(User, caller.userId, { role: 'producer', orgCode: inv.producerUscc });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'user.bound_producer',
        entityType: 'user',
        entityId: caller.userId,
        from: caller.role,
        to: 'producer',
        detail: { producer: inv.producerUscc },
      });
      return m.findOneByOrFail(User, { id: caller.userId });
    });
    return this.auth.issue(user);
  }

  /**
   * In the browser: a password account for the producer's customer service. The account and the
   * code's use are one transaction, so a code that is already used (or used by a simultaneous
   * registration) leaves no account behind. Wrong codes lock the address.
   */
  register(body: TProducerRegisterRequest, address: string): Promise<TLoginResponse> {
    return this.guard.run('invitation', { address }, () => this.registerWith(body), wrongCode);
  }

  private async registerWith(body: TProducerRegisterRequest): Promise<TLoginResponse> {
    this.check(await this.db.getRepository(Invitation).findOneBy({ code: body.code }));
    const passwordHash = await hashPassword(body.password);
    const user = await commandTransaction(this.db, async (m) => {
      const inv = this.check(await m.findOneBy(Invitation, { code: body.code }));
      const { username, displayName } = body;
      const staff = { role: 'producer' as const, org: inv.producerUscc, username, displayName };
      const created = await this.users.insertStaff(m, staff, passwordHash, null);
      await this.redeem(m, body.code, created.id);
      return created;
    });
    return this.auth.issue(user);
  }

  /** Uses the code for `userId`: a guarded update, so of simultaneous redeemers exactly one wins. */
  private async redeem(m: EntityManager, code: string, userId: number): Promise<Invitation> {
    const inv = this.check(await m.findOneBy(Invitation, { code }));
    const r = await m
      .createQueryBuilder()
      .update(Invitation)
      .set({ usedBy: userId, usedAt: new Date() })
      .where('code = :code AND usedBy IS NULL', { code })
      .execute();
    if (!r.affected) throw used();
    return inv;
  }

  private check(inv: Invitation | null): Invitation {
    const issue = (message: string) => [{ path: 'code', message }];
    if (!inv) throw new ApiError(400, 'INVITATION_INVALID', '邀请码不正确', issue('邀请码不正确'));
    if (inv.usedBy) throw used();
    if (new Date(inv.expiresAt).getTime() < Date.now())
      throw new ApiError(400, 'INVITATION_EXPIRED', '邀请码已过期，请向监管部门申请新的邀请码', issue('邀请码已过期'));
    return inv;
  }
}

const used = () =>
  new ApiError(409, 'INVITATION_USED', '邀请码已被使用，请向监管部门申请新的邀请码', [
    { path: 'code', message: '邀请码已被使用' },
  ]);
