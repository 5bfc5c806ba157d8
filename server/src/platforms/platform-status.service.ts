import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  dueInstant,
  getProvinceProfile,
  MEASURE_DUE_LABELS,
  measureDueOn,
  measureState,
  PLATFORM_MEASURE_KINDS,
  PLATFORM_MEASURES,
  workingHoursBetween,
  type TPlatformRecallStatus,
} from '@recall/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { Platform, PlatformDelivery, PlatformMeasure, Recall } from '../db/entity';

type DeliveryState = TPlatformRecallStatus['delivery']['state'];
const DELIVERY_LABELS: Record<DeliveryState, string> = {
  delivered: '已送达',
  retrying: '发送中（失败后自动重试）',
  failed: '多次推送失败，待平台拉取',
  pull: '平台自行拉取',
};
const deliveryState = (s: PlatformDelivery['webhookState']): DeliveryState =>
  s === 'delivered' ? 'delivered' : s === 'failed' ? 'failed' : s === 'pull' ? 'pull' : 'retrying';

/** Which (platform, recall) pairs to show: any combination of these. */
export interface StatusFilter {
  platformId?: number;
  recallId?: number;
  /** Only recalls of these ids (a bureau's own). */
  recallIds?: number[];
  /** First pushed on or after / before (Date). */
  pushedFrom?: Date;
  pushedBefore?: Date;
}

/** Delivery columns without the body (the status never needs the payload). */
const SLIM: Array<keyof PlatformDelivery> = [
  'id',
  'platformId',
  'recallId',
  'seq',
  'webhookState',
  'attempts',
  'acknowledgedAt',
  'createdAt',
];

/**
 * One platform's handling of one recall (pushed, acknowledged, each measure against its deadline
 * from the province profile, working hours to the first measure), computed from its deliveries
 * and reported measures; the same view for the platform, the recall's bureau and the province.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PlatformStatusService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  calendar!: WorkingCalendarService;

  @Inject()
  clock!: Clock;

  private get deadlines() {
    return getProvinceProfile(this.env.PROVINCE).workflow.deadlines;
  }

  async list(f: StatusFilter, m: EntityManager = this.db.manager): Promise<TPlatformRecallStatus[]> {
    if (f.recallIds && !f.recallIds.length) return [];
    const qb = m
      .getRepository(PlatformDelivery)
      .createQueryBuilder('d')
      .select(SLIM.map((c) => `d.${c}`));
    if (f.platformId !== undefined) qb.andWhere('d.platformId = :p', { p: f.platformId });
    if (f.recallId !== undefined) qb.andWhere('d.recallId = :r', { r: f.recallId });
    if (f.recallIds) qb.andWhere('d.recallId IN (:...rs)', { rs: f.recallIds });
    const deliveries = await qb.orderBy('d.seq', 'ASC').getMany();
    const pairs = new Map<string, PlatformDelivery[]>();
    for (const d of deliveries) {
      const key = `${d.platformId}:${d.recallId}`;
      pairs.set(key, [...(pairs.get(key) ?? []), d]);
    }
    const inPeriod = [...pairs.values()].filter(
      ([first]) =>
        (!f.pushedFrom || first.createdAt >= f.pushedFrom) && (!f.pushedBefore || first.createdAt < f.pushedBefore),
    );
    if (!inPeriod.length) return [];
    const platformIds = [...new Set(inPeriod.map(([d]) => d.platformId))];
    const recallIds = [...new Set(inPeriod.map(([d]) => d.recallId))];
    const [platforms, recalls, measures] = await Promise.all([
      m.find(Platform, { select: ['id', 'name'], where: { id: In(platformIds) } }),
      m.find(Recall, { select: ['id', 'recallNo', 'title'], where: { id: In(recallIds) } }),
      m.find(PlatformMeasure, {
        where: { platformId: In(platformIds), recallId: In(recallIds) },
        order: { doneAt: 'ASC', id: 'ASC' },
      }),
    ]);
    const names = new Map(platforms.map((p) => [p.id, p.name]));
    const recallOf = new Map(recalls.map((r) => [r.id, r]));
    return inPeriod.map((ds) => {
      const own = measures.filter((x) => x.platformId === ds[0].platformId && x.recallId === ds[0].recallId);
      return this.shape(ds, own, names.get(ds[0].platformId) ?? '', recallOf.get(ds[0].recallId));
    });
  }

  private shape(
    ds: PlatformDelivery[],
    measures: PlatformMeasure[],
    platformName: string,
    recall: Recall | undefined,
  ): TPlatformRecallStatus {
    const cal = this.calendar.current();
    const first = ds[0];
    const last = ds[ds.length - 1];
    const pushedAt = new Date(first.createdAt);
    const dueOn = measureDueOn(pushedAt, this.deadlines.platformActWorkingDays, cal);
    const today = this.clock.today();
    const acks = ds.map((d) => d.acknowledgedAt).filter((a): a is Date => !!a);
    const states = PLATFORM_MEASURE_KINDS.map((kind) => {
      const reports = measures.filter((x) => x.kind === kind);
      const state = measureState(dueOn, reports.length > 0, today, this.deadlines.dueSoonWorkingDays, cal);
      return {
        kind,
        label: PLATFORM_MEASURES[kind],
        dueAt: dueInstant(dueOn),
        state,
        stateLabel: MEASURE_DUE_LABELS[state],
        reports: reports.map((x) => ({
          count: x.count,
          channel: x.channel,
          doneAt: new Date(x.doneAt).toISOString(),
          note: x.note,
        })),
      };
    });
    const firstDone = measures.length ? new Date(Math.min(...measures.map((x) => new Date(x.doneAt).getTime()))) : null;
    const state = deliveryState(last.webhookState);
    return {
      platform: { id: first.platformId, name: platformName },
      recall: { id: first.recallId, recallNo: recall?.recallNo ?? '', title: recall?.title ?? '' },
      pushedAt: pushedAt.toISOString(),
      delivery: { state, stateLabel: DELIVERY_LABELS[state], attempts: last.attempts },
      acknowledgedAt: acks.length ? new Date(Math.min(...acks.map((a) => new Date(a).getTime()))).toISOString() : null,
      hoursToAct: firstDone ? workingHoursBetween(pushedAt, firstDone, cal) : null,
      measures: states,
      overdue: states.some((s) => s.state === 'overdue'),
    };
  }
}

/** Counts over statuses: for the platform list and the per-period record. */
export function tallyOf(statuses: TPlatformRecallStatus[]) {
  const measures = statuses.flatMap((s) => s.measures);
  const hours = statuses
    .map((s) => s.hoursToAct)
    .filter((h): h is number => h !== null)
    .sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  return {
    pushed: statuses.length,
    acknowledged: statuses.filter((s) => s.acknowledgedAt).length,
    onTime: measures.filter(
      (x) => x.state === 'done' && x.reports.some((r) => Date.parse(r.doneAt) <= Date.parse(x.dueAt)),
    ).length,
    overdue: measures.filter((x) => x.state === 'overdue').length,
    medianHoursToAct: hours.length ? (hours.length % 2 ? hours[mid] : (hours[mid - 1] + hours[mid]) / 2) : null,
  };
}
