import { Autoload, Config, Destroy, ILogger, Init, Inject, Logger, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { DeadlineReminder } from '../cases/deadline.reminder';
import { ProvinceStepsReminder } from '../province-steps/province-steps.reminder';
import { FanoutRunner } from './fanout.runner';
import { OutboxDispatcher } from '../notify/outbox.dispatcher';
import { PlatformPushRunner } from '../platforms/platform-push';
import { WebhookDispatcher } from '../platforms/webhook.dispatcher';
import { PlatformOverdueReminder } from '../platforms/platform-overdue.reminder';

const HOUR = 3600e3;
const MAX_BACKOFF_MS = 30e3;

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

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
  stepsReminder!: ProvinceStepsReminder;

  @Inject()
  clock!: Clock;

  @Inject()
  platformPush!: PlatformPushRunner;

  @Inject()
  webhooks!: WebhookDispatcher;

  @Inject()
  platformReminder!: PlatformOverdueReminder;

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
    // E-commerce platforms: deliveries written in the background, webhooks sent without waiting for them.
    this.every('platform push', async () => (await this.platformPush.runOnce({ maxBatches: 10 })).batches >= 10);
    // While requests are under way, the next claim waits for one to end (a freed slot), not the interval.
    this.every('platform webhooks', async () => {
      if ((await this.webhooks.runOnce()) > 0) return true;
      return this.webhooks.settled();
    });
    this.every('reminders', async () => {
      if (Date.now() - this.lastReminder < HOUR) return false;
      this.lastReminder = Date.now();
      await this.reminder.runOnce(this.clock.today());
      await this.stepsReminder.runOnce(this.clock.today());
      await this.platformReminder.runOnce();
      return false;
    });
  }

  /**
   * Runs `work` again at once while it reports more to do, else after the interval. While it fails
   * (the database away, say) it waits twice as long each time, up to half a minute, and logs one line when
   * the failures start and one when they end, not a stack trace a second.
   */
  private every(name: string, work: () => Promise<boolean>): void {
    let failures = 0;
    const schedule = (ms: number) => {
      if (this.stopped) return;
      const timer = setTimeout(async () => {
        this.timers.delete(timer);
        let more = false;
        try {
          more = await work();
          if (failures) this.logger.info('notification %s: working again after %d failures', name, failures);
          failures = 0;
        } catch (e) {
          if (!failures && !this.stopped && this.db.isInitialized) {
            this.logger.warn('notification %s failing, retrying with backoff: %s', name, oneLine(e));
          }
          failures += 1;
        }
        schedule(more ? 0 : this.pause(failures));
      }, ms);
      timer.unref();
      this.timers.add(timer);
    };
    schedule(this.env.NOTIFY_INTERVAL_MS);
  }

  private pause(failures: number): number {
    const base = this.env.NOTIFY_INTERVAL_MS;
    return failures ? Math.min(base * 2 ** Math.min(failures, 16), Math.max(base, MAX_BACKOFF_MS)) : base;
  }

  @Destroy()
  stop(): void {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
  }
}
