import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiError, tooManyRequests } from './errors';
import { SharedStore } from './shared-store';

/** How many failures a subject may have in a window, and how long it is then locked. */
interface Policy {
  failures: number;
  windowSec: number;
  /** The first lock; each further lock within a day lasts twice as long, up to maxLockSec. */
  lockSec: number;
  maxLockSec: number;
}

type Subject = 'account' | 'address';

/**
 * What is guessed and what a refusal says. An account (a username, a signed-in user) gets few
 * tries; an address (many people behind one office NAT) a larger budget.
 */
const KINDS = {
  login: {
    account: { failures: 5, windowSec: 900, lockSec: 60, maxLockSec: 3600 },
    address: { failures: 50, windowSec: 900, lockSec: 300, maxLockSec: 86400 },
    message: {
      account: (wait: string) => `密码错误次数过多，账号已暂时锁定，请 ${wait}后再试`,
      address: (wait: string) => `此网络登录失败次数过多，请 ${wait}后再试`,
    },
    code: 'LOGIN_LOCKED',
  },
  invitation: {
    account: { failures: 5, windowSec: 3600, lockSec: 300, maxLockSec: 86400 },
    address: { failures: 20, windowSec: 3600, lockSec: 600, maxLockSec: 86400 },
    message: {
      account: (wait: string) => `邀请码错误次数过多，请 ${wait}后再试`,
      address: (wait: string) => `此网络邀请码错误次数过多，请 ${wait}后再试`,
    },
    code: 'INVITATION_LOCKED',
  },
} satisfies Record<
  string,
  { account: Policy; address: Policy; message: Record<Subject, (wait: string) => string>; code: string }
>;

export type GuardKind = keyof typeof KINDS;

export interface GuardSubjects {
  /** The account tried (a username, `user:<id>`); absent when there is none yet (registration). */
  account?: string;
  /** The client's address (ctx.ip). */
  address: string;
}

/**
 * Brute-force protection for secrets a client guesses (passwords, invitation codes), counted in
 * the shared store so that every server process sees every failure.
 *
 * Each attempt takes a point before it is checked (parallel guesses cannot slip past the count),
 * and gives it back unless it failed. Over the budget the subject is locked; each lock within a
 * day is twice as long as the one before. A success clears the account's count and its locks.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FailureGuard {
  @Inject()
  store!: SharedStore;

  private limiters = new Map<string, RateLimiterAbstract>();

  /**
   * Runs `attempt` if neither subject is locked; `failed(e)` says which errors are a wrong guess
   * (they count), every other outcome gives the point back.
   */
  async run<T>(kind: GuardKind, who: GuardSubjects, attempt: () => Promise<T>, failed: (e: unknown) => boolean) {
    const subjects = (['address', 'account'] as const).filter((s) => who[s] !== undefined);
    const taken: Subject[] = [];
    for (const s of subjects) {
      await this.take(kind, s, who[s]!);
      taken.push(s);
    }
    let result: T;
    try {
      result = await attempt();
    } catch (e) {
      if (!failed(e)) await this.giveBack(kind, who, taken);
      throw e;
    }
    await this.giveBack(kind, who, taken, true);
    return result;
  }

  /** One point for this attempt; over the budget, a lock and a 429 saying how long it lasts. */
  private async take(kind: GuardKind, subject: Subject, key: string): Promise<void> {
    const policy = KINDS[kind][subject];
    const fails = this.limiter(kind, subject, 'fails', policy.windowSec, policy.failures);
    const res = await fails.penalty(key);
    if (res.consumedPoints <= policy.failures) return;
    let waitMs = res.msBeforeNext;
    // The first attempt over the budget starts the lock; later ones meet it (penalty keeps the expiry).
    if (res.consumedPoints === policy.failures + 1) {
      const locks = await this.limiter(kind, subject, 'locks', 86400, 1000).penalty(key);
      const seconds = Math.min(policy.lockSec * 2 ** (locks.consumedPoints - 1), policy.maxLockSec);
      await fails.block(key, seconds);
      waitMs = seconds * 1000;
    }
    throw tooManyRequests(KINDS[kind].message[subject], waitMs, KINDS[kind].code);
  }

  private async giveBack(kind: GuardKind, who: GuardSubjects, taken: Subject[], succeeded = false): Promise<void> {
    for (const s of taken) {
      const policy = KINDS[kind][s];
      const fails = this.limiter(kind, s, 'fails', policy.windowSec, policy.failures);
      // The account's owner is back: its count and lock history start again. An address is shared.
      if (succeeded && s === 'account') {
        await fails.delete(who[s]!);
        await this.limiter(kind, s, 'locks', 86400, 1000).delete(who[s]!);
      } else await fails.reward(who[s]!);
    }
  }

  private limiter(kind: GuardKind, subject: Subject, what: string, duration: number, points: number) {
    const name = `${kind}:${subject}:${what}`;
    let l = this.limiters.get(name);
    if (!l) this.limiters.set(name, (l = this.store.limiter(name, { points, duration })));
    return l;
  }
}

/** Whether an error is one of the given API error codes (for `failed`). */
export const isApiError =
  (...codes: string[]) =>
  (e: unknown): boolean =>
    e instanceof ApiError && codes.includes(e.code);
