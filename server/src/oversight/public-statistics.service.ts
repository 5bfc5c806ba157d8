import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { getProvinceProfile, parsePeriod, type DefectClass, type TPublicStatistics } from '@recall/shared';
import { Between, DataSource, In } from 'typeorm';
import type { Env } from '../core/env';
import { Clock } from '../core/clock.service';
import { etagOf } from '../core/conditional';
import { Recall, RecallCase } from '../db/entity';
import { RecallIndexService } from '../recalls/recall-index.service';
import { remediedUnits } from '../recalls/recall-progress';
import { cityOf } from './statistics';
import { publicStatistics, type PublicProgress, type PublicRecallFact } from './public-statistics';

/** How long a computed answer is reused when no recall changed (remedy progress moves without one). */
const TTL_MS = 5 * 60 * 1000;
const MAX_ENTRIES = 64;

export interface PublicStatisticsAnswer {
  value: TPublicStatistics;
  json: string;
  etag: string;
}

/**
 * The public statistics: computed only from published recalls that are not withdrawn and not demo
 * data — their public fields, where they were published (the bureau's city, or the producer's
 * registration for a recall published elsewhere), and the public progress of those run here.
 * Answers are kept per period until a recall changes (the search index's change sequence moves)
 * or five minutes pass, and carry an ETag so a client that has them is answered 304.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PublicStatisticsService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clock!: Clock;

  @Inject()
  indexer!: RecallIndexService;

  private cache = new Map<string, PublicStatisticsAnswer & { seq: number; at: number; today: string }>();

  async get(key: string): Promise<PublicStatisticsAnswer> {
    const seq = this.indexer.index?.seq ?? 0;
    const now = this.clock.now().getTime();
    const today = this.clock.today();
    const hit = this.cache.get(key);
    if (hit && hit.seq === seq && hit.today === today && now - hit.at < TTL_MS) return hit;
    const value = await this.compute(key, today);
    const json = JSON.stringify(value);
    const etag = etagOf(json);
    const answer = { value, json, etag, seq, at: now, today };
    this.cache.delete(key);
    this.cache.set(key, answer);
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return answer;
  }

  async compute(key: string, today: string): Promise<TPublicStatistics> {
    const period = parsePeriod(key)!;
    const profile = getProvinceProfile(this.env.PROVINCE);
    const prefix = profile.regionCode.slice(0, 2);
    const m = this.db.manager;
    const rows = await m.find(Recall, {
      select: [
        'id',
        'title',
        'producerName',
        'producerUscc',
        'categoryCode',
        'quantity',
        'defect',
        'defectClass',
        'startDate',
        'caseId',
        'source',
      ],
      // 消费提示 (kind 'warning') are the regulator's warnings, not recalls.
      where: { withdrawn: false, demo: false, kind: 'recall', startDate: Between(period.from, period.to) },
    });
    const caseIds = rows.map((r) => r.caseId).filter((id): id is number => id !== null);
    const cases = caseIds.length
      ? await m.find(RecallCase, {
          select: ['id', 'bureauCode', 'voluntary', 'defectClass'],
          where: { id: In(caseIds) },
        })
      : [];
    const caseById = new Map(cases.map((c) => [c.id, c]));
    const facts: Array<PublicRecallFact & { caseId: number | null }> = [];
    for (const r of rows) {
      const c = r.caseId ? caseById.get(r.caseId) : undefined;
      // Published through a case: the bureau's city; published elsewhere: the producer's registration.
      const city = c ? cityOf(c.bureauCode) : r.producerUscc ? cityOf(r.producerUscc.slice(2, 8)) : '';
      if (city.slice(0, 2) !== prefix) continue;
      facts.push({
        id: r.id,
        title: r.title,
        producerName: r.producerName,
        producerKey: r.producerUscc ?? r.producerName,
        categoryCode: r.categoryCode,
        units: r.quantity,
        defect: r.defect,
        defectClass: (r.defectClass ?? c?.defectClass ?? null) as DefectClass | null,
        kind: !c ? 'imported' : c.voluntary ? 'voluntary' : 'ordered',
        city,
        startDate: r.startDate,
        caseId: c ? c.id : null,
      });
    }
    return publicStatistics({
      key,
      place: profile.name,
      today,
      facts,
      progress: await this.progress(facts),
      years: await this.years(today),
    });
  }

  /** The public progress (recall page) summed over the recalls run on this platform. */
  private async progress(facts: Array<PublicRecallFact & { caseId: number | null }>): Promise<PublicProgress> {
    const run = facts.filter((f) => f.caseId !== null);
    let completed = 0;
    for (const f of run) {
      const done = await remediedUnits(this.db.manager, f.id, f.caseId);
      completed += done.completedByRequests + done.completedByOtherChannels;
    }
    return { recalls: run.length, involved: run.reduce((s, f) => s + f.units, 0), completed };
  }

  /** Years with published recalls, and this year, newest first. */
  private async years(today: string): Promise<string[]> {
    const rows: Array<{ y: string }> = await this.db
      .createQueryBuilder(Recall, 'r')
      .select('DISTINCT SUBSTR(r.startDate, 1, 4)', 'y')
      .where('r.withdrawn = :no AND r.demo = :no AND r.kind = :recall', { no: false, recall: 'recall' })
      .getRawMany();
    const years = new Set([today.slice(0, 4), ...rows.map((r) => String(r.y)).filter((y) => /^\d{4}$/.test(y))]);
    return [...years].filter((y) => y <= today.slice(0, 4)).sort((a, b) => b.localeCompare(a));
  }
}
