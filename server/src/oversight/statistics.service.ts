import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  getProvinceProfile,
  parsePeriod,
  todayInShanghai,
  type DefectClass,
  type TStatisticsQuery,
  type TStatisticsResponse,
} from '@recall/shared';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { forbidden } from '../core/errors';
import { Clue, ClueCrossProvince, Recall, RecallCase, TypicalCase } from '../db/entity';
import { CompletionService } from '../cases/completion.service';
import {
  cityOf,
  clueTables,
  placeName,
  recallTables,
  typicalCases,
  type ClueFact,
  type RecallFact,
} from './statistics';

/**
 * The province's statistics (苏 第四条(三)、第二十一条; the Hunan quarterly bulletin): recalls
 * started in the period and clues received in it, within this province, for one city or all.
 * A city bureau sees only its own city; the province and admins see every city.
 */
@Provide()
export class StatisticsService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  completion!: CompletionService;

  async compute(caller: Caller, q: TStatisticsQuery): Promise<TStatisticsResponse> {
    const period = parsePeriod(q.period)!;
    const city = this.cityFor(caller, q.city);
    const m = this.db.manager;
    const keep = (place: string) => this.inProvince(place) && (!city || place === city);
    const recalls = (await this.recallFacts(m, period)).filter((r) => keep(r.fact.city));
    const clues = (await this.clueFacts(m, period)).filter((c) => keep(c.city));
    const crossings = await this.crossings(m, period, keep);
    return {
      period,
      city: city ? { code: city, name: placeName(city) } : null,
      place: city ? placeName(city) : getProvinceProfile(this.env.PROVINCE).name,
      recalls: recallTables(recalls.map((r) => r.fact)),
      clues: clueTables(clues, crossings),
      completion: await this.completionOf(
        m,
        recalls.map((r) => r.case).filter((c) => !!c),
      ),
      typical: typicalCases(
        recalls.map((r) => r.fact),
        await this.typicalMarks(m, recalls),
      ),
    };
  }

  /** The case library's typical-case marks on the period's recalls: recall id → summary. */
  private async typicalMarks(
    m: EntityManager,
    recalls: Array<{ fact: RecallFact; case?: RecallCase }>,
  ): Promise<Map<number, string>> {
    const byCase = new Map(recalls.flatMap((r) => (r.case ? [[r.case.id, r.fact.id] as const] : [])));
    if (!byCase.size) return new Map();
    const marks = await m.findBy(TypicalCase, { caseId: In([...byCase.keys()]) });
    return new Map(marks.map((t) => [byCase.get(t.caseId)!, t.summary]));
  }

  /** A city bureau is held to its own city; asking for another one is refused, not silently narrowed. */
  private cityFor(caller: Caller, asked: string | undefined): string | undefined {
    if (caller.role !== 'bureau') return asked;
    const own = cityOf(caller.org ?? '');
    if (asked && asked !== own) throw forbidden('市级市场监管局只能查看本市的统计');
    return own;
  }

  private inProvince(place: string): boolean {
    return place.slice(0, 2) === getProvinceProfile(this.env.PROVINCE).regionCode.slice(0, 2);
  }

  private async recallFacts(m: EntityManager, p: { from: string; to: string }) {
    // 消费提示 (kind 'warning') are the regulator's, not recalls: they are not counted as recalls.
    const recalls = await m.find(Recall, {
      where: { withdrawn: false, kind: 'recall', startDate: Between(p.from, p.to) },
    });
    const caseIds = recalls.map((r) => r.caseId).filter((id): id is number => id !== null);
    const cases = caseIds.length ? await m.findBy(RecallCase, { id: In(caseIds) }) : [];
    const caseById = new Map(cases.map((c) => [c.id, c]));
    return recalls.map((r) => {
      const c = r.caseId ? caseById.get(r.caseId) : undefined;
      // A recall filed through a case belongs to its bureau's city; an imported one to its producer's registration.
      const place = c ? cityOf(c.bureauCode) : r.producerUscc ? cityOf(r.producerUscc.slice(2, 8)) : '';
      const fact: RecallFact = {
        id: r.id,
        title: r.title,
        producerName: r.producerName,
        producerKey: r.producerUscc ?? r.producerName,
        categoryCode: r.categoryCode,
        units: r.quantity,
        defect: r.defect,
        defectClass: (r.defectClass ?? c?.defectClass ?? null) as DefectClass | null,
        kind: !c ? 'imported' : c.voluntary ? 'voluntary' : 'ordered',
        city: place,
      };
      return { fact, case: c };
    });
  }

  private async clueFacts(m: EntityManager, p: { from: string; to: string }): Promise<ClueFact[]> {
    // createdAt is an instant; the period is in Shanghai days, so widen by a day and filter exactly.
    const from = new Date(`${p.from}T00:00:00+08:00`);
    const to = new Date(`${p.to}T23:59:59.999+08:00`);
    const clues = await m.find(Clue, {
      select: ['id', 'source', 'channel', 'bureauCode', 'createdAt'],
      where: { createdAt: Between(from, to) },
    });
    const inPeriod = clues.filter((c) => {
      const day = todayInShanghai(new Date(c.createdAt));
      return day >= p.from && day <= p.to;
    });
    const ids = inPeriod.map((c) => c.id);
    const cases = ids.length
      ? await m.find(RecallCase, { select: ['id', 'clueId', 'recallId'], where: { clueId: In(ids) } })
      : [];
    return inPeriod.map((c) => {
      const led = cases.filter((x) => x.clueId === c.id);
      return {
        source: c.source,
        channel: c.channel,
        city: cityOf(c.bureauCode),
        becameCase: led.length > 0,
        becameRecall: led.some((x) => x.recallId !== null),
      };
    });
  }

  /**
   * 跨省移送 recorded in the period (Shanghai days): passed out and received, each counted where the
   * clue is handled (a passed-out clue stays with the province; a received one goes to its city).
   */
  private async crossings(m: EntityManager, p: { from: string; to: string }, keep: (place: string) => boolean) {
    const rows = await m.find(ClueCrossProvince, {
      where: { createdAt: Between(new Date(`${p.from}T00:00:00+08:00`), new Date(`${p.to}T23:59:59.999+08:00`)) },
    });
    const ids = [...new Set(rows.map((r) => r.clueId))];
    const clues = ids.length ? await m.find(Clue, { select: ['id', 'bureauCode'], where: { id: In(ids) } }) : [];
    const cityOfClue = new Map(clues.map((c) => [c.id, cityOf(c.bureauCode)]));
    const counted = rows.filter((r) => {
      const day = todayInShanghai(new Date(r.createdAt));
      return day >= p.from && day <= p.to && keep(cityOfClue.get(r.clueId) ?? '');
    });
    return {
      passedOut: counted.filter((r) => r.direction === 'out').length,
      received: counted.filter((r) => r.direction === 'in').length,
    };
  }

  private async completionOf(m: EntityManager, cases: RecallCase[]) {
    let [involved, completed] = [0, 0];
    for (const c of cases) {
      const x = await this.completion.compute(m, c);
      involved += x.involved;
      completed += x.completed;
    }
    return { involved, completed, rate: involved ? Math.round((completed / involved) * 1000) / 10 : 0 };
  }
}
