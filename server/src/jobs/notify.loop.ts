import { Autoload, Config, Destroy, ILogger, Init, Inject, Logger, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { DeadlineReminder } from '../cases/deadline.reminder';
import { FanoutRunner } from './fanout.runner';
import { OutboxDispatcher } from '../notify/outbox.dispatcher';

const HOUR = 3600e3;

/**
 * The notification loop of every server process (NOTIFY_DISPATCH, on except in tests): sends the
 * outbox, expands fan-out jobs and, at most hourly, sends deadline reminders. Each part pauses
 * NOTIFY_INTERVAL_MS when it has nothing to do and drains without pausing while it has.
 */
@Autoload()
@Scope(ScopeEnum.Singleton)
export class NotifyLoop {
  @Config('env')
  env!: Env;

  @InjectDataSource()
  db!: DataSource;

  @Logger()
  logger!: ILogger;

  @Inject()
  dispatcher!: OutboxDispatcher;

  @Inject()
  fanout!: FanoutRunner;

  @Inject()
  reminder!: DeadlineReminder;

  @Inject()
  clock!: Clock;

  private timers = new Set<NodeJS.Timeout>();
  private stopped = true;
  private lastReminder = 0;

  @Init()
  init(): void {
    // The admin CLI boots the same app and must not send anything.
    if (this.env.NOTIFY_DISPATCH !== 'on' || process.env.MIDWAY_CLI) return;
    this.stopped = false;
    this.every('outbox', async () => {
      const s = await this.dispatcher.runOnce();
      return s.claimed >= this.env.NOTIFY_BATCH;
    });
    this.every('fan-out', async () => (await this.fanout.runOnce({ maxBatches: 10 })).batches >= 10);
    this.every('reminders', async () => {
      if (Date.now() - this.lastReminder < HOUR) return false;
      this.lastReminder = Date.now();
      await this.reminder.runOnce(this.clock.today());
      return false;
    });
  }

  /** Runs `work` again at once while it reports more to do, else after the interval. */
  private every(name: string, work: () => Promise<boolean>): void {
    const schedule = (ms: number) => {
      if (this.stopped) return;
      const timer = setTimeout(async () => {
        this.timers.delete(timer);
        let more = false;
        try {
          more = await work();
        } catch (e) {
          if (!this.stopped && this.db.isInitialized) this.logger.warn('notification %s: %s', name, e);
        }
        schedule(more ? 0 : this.env.NOTIFY_INTERVAL_MS);
      }, ms);
      timer.unref();
      this.timers.add(timer);
    };
    schedule(this.env.NOTIFY_INTERVAL_MS);
  }

  @Destroy()
  stop(): void {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }
}
