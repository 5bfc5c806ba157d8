import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { todayInShanghai } from '@recall/shared';

/**
 * The time the workflow reads: deadlines are days in Asia/Shanghai. Tests move it (set) to file on
 * the 10th or 11th working day; nothing else does.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ?? new Date();
  }

  today(): string {
    return todayInShanghai(this.now());
  }

  /** Test hook: freeze the clock at a Shanghai date (noon) or release it with null. */
  set(date: string | null): void {
    this.fixed = date ? new Date(`${date}T12:00:00+08:00`) : null;
  }
}
