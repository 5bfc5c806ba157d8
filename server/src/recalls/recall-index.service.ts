import { Config, Destroy, ILogger, Init, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { Recall } from '../db/entity';
import { collectGarbage } from '../core/collect-garbage';
import type { Env } from '../core/env';
import { IndexedRecall, SearchIndex } from './search-index';
import { Suggester } from './suggest';

const BATCH = 5000;
const POLL_MS = 1000;
const TRIM_AFTER = 1000;

/** Columns the index needs; the public fields are read from the database per page. */
const INDEX_COLUMNS: Array<keyof Recall> = [
  'id',
  'recallNo',
  'productName',
  'brand',
  'producerName',
  'categoryCode',
  'models',
  'gtins',
  'batches',
  'productionFrom',
  'productionTo',
  'startDate',
  'withdrawn',
  'changeSeq',
  'updatedAt',
];

export function toIndexed(r: Recall): IndexedRecall {
  return {
    id: r.id,
    seq: Number(r.changeSeq),
    withdrawn: !!r.withdrawn,
    categoryCode: r.categoryCode,
    startDate: r.startDate,
    updatedAt: new Date(r.updatedAt).getTime(),
    productName: r.productName,
    brand: r.brand,
    models: r.models,
    gtins: r.gtins,
    batches: r.batches,
    productionFrom: r.productionFrom,
    productionTo: r.productionTo,
    producerName: r.producerName,
    recallNo: r.recallNo,
  };
}

/**
 * Keeps this process's SearchIndex in step with the database: a full load at start, then every
 * second the rows whose change sequence is newer than what it holds (so every server process
 * sees another's import within about a second), and at once after this process's own writes.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RecallIndexService {
  @InjectDataSource()
  db!: DataSource;

  @Logger()
  logger!: ILogger;

  @Config('env')
  env!: Env;

  index!: SearchIndex;
  suggester!: Suggester;
  private timer?: NodeJS.Timeout;
  private inflight?: Promise<void>;

  @Init()
  init(): void {
    this.index = new SearchIndex(this.env.SEARCH_CACHE_SIZE);
    this.suggester = new Suggester(this.index);
  }

  async start(): Promise<void> {
    await this.refresh();
    // Before the first request: the rows the index was built from (~100k entities at the design
    // load, ~40 MB) are returned now, not when the heap next fills, which on a quiet server is never.
    collectGarbage();
    this.timer = setInterval(
      () => this.refresh().catch((e) => this.logger.warn('search index refresh: %s', e)),
      POLL_MS,
    );
    this.timer.unref();
  }

  @Destroy()
  stop(): void {
    clearInterval(this.timer);
  }

  /** Pulls every change newer than the index; concurrent callers share one pull. */
  refresh(): Promise<void> {
    this.inflight ??= this.pull().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async pull(): Promise<void> {
    const pulled: IndexedRecall[] = [];
    let after = this.index.seq;
    for (;;) {
      const rows = await this.db.getRepository(Recall).find({
        select: INDEX_COLUMNS,
        where: { changeSeq: MoreThan(after as unknown as string) },
        order: { changeSeq: 'ASC' },
        take: BATCH,
      });
      for (const r of rows) pulled.push(toIndexed(r));
      if (rows.length) after = Number(rows[rows.length - 1].changeSeq);
      if (rows.length < BATCH) break;
    }
    this.index.upsertAll(pulled);
    // After a bulk load (the start, a large import) the posting lists give back their spare room.
    if (pulled.length >= TRIM_AFTER) this.index.trim();
  }
}
