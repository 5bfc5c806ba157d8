import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  evaluateUnit,
  TRecallChanges,
  TRecallChangesQuery,
  TRecallCheckRequest,
  TRecallCheckResponse,
  TRecallDetail,
  TRecallListQuery,
  TRecallMatchRequest,
  TRecallPublic,
  TRecallSuggestResponse,
  UnitVerdict,
  WARNING_GROUNDS,
  WARNING_NOTICE,
} from '@recall/shared';
import fs from 'fs';
import { DataSource } from 'typeorm';
import { etagOf } from '../core/conditional';
import { notFound } from '../core/errors';
import { RateLimiter } from '../core/rate-limiter';
import { ConsumerWarning, Recall, RecallRevision, User } from '../db/entity';
import type { StoredRecall } from './search-index';
import { PublicRecallCache, PublicRecallJson, jsonWithItems } from './public-recall-cache.service';
import { RecallIndexService } from './recall-index.service';
import { recallChanges } from './recall-changes';
import { coveringRecalls, type DescribedProduct } from './recall-matcher';
import { toPublic } from './recall-mapper';
import { completionRate, remediedUnits } from './recall-progress';

/** "2026-11-24 10:30" in Asia/Shanghai, for sentences users read. */
export function shanghaiTime(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The code that serialises a recall: another version may write the same recall differently. */
const SERIALISER_TAG = etagOf(fs.readFileSync(require.resolve('./recall-mapper')));

const NOT_A_VERDICT_OF_SAFETY =
  '未查到召回不代表产品没有安全隐患；如发现产品存在危及人身、财产安全的问题，请在“报告”中提交。';

/**
 * Public recall lookup: search, detail, and whether one consumer's unit is in scope. One per
 * process (it holds nothing per request): the lookup is the busiest path.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RecallQueryService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  indexer!: RecallIndexService;

  @Inject()
  cache!: PublicRecallCache;

  @Inject()
  limiter!: RateLimiter;

  private get index() {
    return this.indexer.index;
  }

  /** The data's age as ISO text, made once per change of it (every answer carries it). */
  private asOf = { at: 0, text: null as string | null };
  private dataAsOf(): string | null {
    const at = this.index.latestUpdate;
    if (at !== this.asOf.at) this.asOf = { at, text: at ? new Date(at).toISOString() : null };
    return this.asOf.text;
  }

  private freshness(): string {
    return this.index.latestUpdate ? `（数据更新至 ${shanghaiTime(this.index.latestUpdate)}）` : '';
  }

  /** Serialised public recalls for ids, in the ids' order. */
  private publicRows(ids: number[]): Promise<PublicRecallJson[]> {
    return this.cache.get(
      ids,
      ids.map((id) => this.index.get(id)?.seq ?? -1),
    );
  }

  /**
   * The list as JSON text (`ZRecallListResponse`), items spliced in pre-serialised, and its ETag:
   * the text is fixed by the total, the data's age and each item's id and change sequence (and the
   * serialising code), so the tag is the hash of those, not of the whole text (20 recalls, ~20 KB).
   */
  async list(q: TRecallListQuery): Promise<{ body: string; etag: string }> {
    const filters = { q: q.q, category: q.category, from: q.from, to: q.to };
    // Only the results up to this page are ranked in order; the total counts every match.
    const upTo = q.page * q.pageSize;
    const { total, ids, seqs } = q.gtin
      ? this.index.searchWithin(this.index.byGtin(q.gtin), filters, upTo)
      : this.index.search(filters, upTo);
    const from = (q.page - 1) * q.pageSize;
    const head = { total, dataAsOf: this.dataAsOf() };
    const items = await this.cache.get(Array.from(ids.subarray(from, upTo)), seqs.subarray(from, upTo));
    const made = `${SERIALISER_TAG}|${head.total}|${head.dataAsOf}|${items.map((i) => `${i.id}.${i.seq}`).join(',')}`;
    return { body: jsonWithItems(head, 'items', items), etag: etagOf(made) };
  }

  /** Words to finish the search box's text with; limited per address (the box asks while typing). */
  async suggest(q: string, address: string): Promise<TRecallSuggestResponse> {
    await this.limiter.takeSuggestion(address);
    return this.indexer.suggester.suggest(q);
  }

  /** The changes feed after a cursor (open data for mirrors and platforms). */
  changes(q: TRecallChangesQuery): Promise<TRecallChanges> {
    return recallChanges(this.db.manager, q);
  }

  async detail(id: number): Promise<TRecallDetail> {
    const row = await this.db.getRepository(Recall).findOneBy({ id });
    if (!row) throw notFound('没有找到这条召回信息', 'RECALL_NOT_FOUND');
    const revisions = await this.db
      .getRepository(RecallRevision)
      .find({ where: { recallId: id }, order: { version: 'DESC' } });
    return {
      ...toPublic(row),
      withdrawn: !!row.withdrawn,
      acceptsRequests: await this.acceptsRequests(row),
      pressRelease: row.pressRelease,
      progress: await this.progress(row),
      warning: await this.warning(row),
      revisions: revisions.map((r) => ({
        version: r.version,
        changedAt: new Date(r.createdAt).toISOString(),
        note: r.note,
      })),
    };
  }

  /** A 消费提示's ground and the recall that replaced it; null for a recall. */
  private async warning(row: Recall): Promise<TRecallDetail['warning']> {
    if (row.kind !== 'warning') return null;
    const w = await this.db.getRepository(ConsumerWarning).findOneBy({ recallId: row.id });
    if (!w) return null;
    const by = w.supersededBy ? await this.db.getRepository(Recall).findOneBy({ id: w.supersededBy }) : null;
    return {
      ground: w.ground,
      groundLabel: WARNING_GROUNDS[w.ground].label,
      notice: WARNING_NOTICE,
      supersededBy: by ? { id: by.id, title: by.title } : null,
    };
  }

  /** Units remedied of units involved, for a recall run on this platform (its remedy requests are here). */
  private async progress(row: Recall): Promise<TRecallDetail['progress']> {
    if (row.source !== 'case') return null;
    const done = await remediedUnits(this.db.manager, row.id, row.caseId);
    const remedied = done.completedByRequests + done.completedByOtherChannels;
    return { involved: row.quantity, remedied, rate: completionRate(remedied, row.quantity) };
  }

  /** A running recall whose producer's customer service is on the platform takes remedy requests. */
  async acceptsRequests(row: Recall): Promise<boolean> {
    // A 消费提示 is the regulator's, not the producer's: there is no remedy to ask for.
    if (row.kind === 'warning' || row.withdrawn || row.status === 'completed' || !row.producerUscc) return false;
    return (
      (await this.db.getRepository(User).countBy({ role: 'producer', orgCode: row.producerUscc, disabled: false })) > 0
    );
  }

  /** Public recalls that clearly cover a described product, best first (the one matcher: recall-matcher.ts). */
  coveringRecalls(p: DescribedProduct, limit = 3): number[] {
    return coveringRecalls(this.index, p, { limit });
  }

  /** The match route's answer as JSON text (`ZRecallMatchResponse`). */
  async match(req: TRecallMatchRequest): Promise<string> {
    return jsonWithItems({}, 'items', await this.publicRows(this.coveringRecalls(req)));
  }

  /** Which recalls could concern this unit, and how it was matched. */
  private candidates(req: TRecallCheckRequest): { docs: StoredRecall[]; by: string } {
    if (req.gtin)
      return { docs: this.index.byGtin(req.gtin), by: `商品条码“${req.gtin.replace(/^0+(?=\d{13})/, '')}”` };
    if (req.model) {
      const brand = req.brand?.trim();
      const sameBrand = new Set(brand ? this.index.byBrand(brand).map((d) => d.id) : []);
      // A brand the consumer typed narrows the match, unless the recall names no brand.
      const docs = this.index.byModel(req.model).filter((d) => !brand || !d.brand || sameBrand.has(d.id));
      return { docs, by: `${brand ? `品牌“${brand}”` : ''}型号“${req.model}”` };
    }
    return { docs: this.index.byBrand(req.brand!), by: `品牌“${req.brand}”` };
  }

  /** The answer as JSON text (`ZRecallCheckResponse`), recalls spliced in pre-serialised. */
  async check(req: TRecallCheckRequest): Promise<string> {
    const { recalls, ...rest } = await this.checkUnit(req);
    return jsonWithItems(rest, 'recalls', recalls);
  }

  private async checkUnit(
    req: TRecallCheckRequest,
  ): Promise<Omit<TRecallCheckResponse, 'recalls'> & { recalls: PublicRecallJson[] }> {
    const { docs, by } = this.candidates(req);
    const base = { dataAsOf: this.dataAsOf() };
    if (!docs.length) {
      return {
        ...base,
        status: 'not_affected',
        reason: `未查到与${by}对应的召回${this.freshness()}。${NOT_A_VERDICT_OF_SAFETY}`,
        recalls: [],
        verdicts: [],
        needs: [],
      };
    }
    const brandOnly = !req.gtin && !req.model;
    const verdicts = docs.map((d) => ({
      recallId: d.id,
      ...(brandOnly
        ? ({
            status: 'unknown',
            reason: '该品牌有召回，但只涉及部分型号，请提供型号或商品条码',
            needs: [],
          } as UnitVerdict)
        : evaluateUnit(d, { batch: req.batch, productionDate: req.productionDate })),
    }));
    const pick = (s: UnitVerdict['status']) => verdicts.filter((v) => v.status === s);
    const affected = pick('affected');
    const unknown = pick('unknown');
    const shown = affected.length ? affected : unknown.length ? unknown : verdicts;
    const recalls = await this.publicRows(shown.map((v) => v.recallId));
    const titles = recalls.map((r) => `《${r.title}》`).join('、');
    // 消费提示 are named as such: the regulator warns, no producer recalls (办法 第十九条).
    const warningsOnly = recalls.length > 0 && recalls.every((r) => r.kind === 'warning');
    const needs = new Set<'batch' | 'productionDate' | 'model'>(brandOnly ? ['model'] : []);
    unknown.forEach((v) => v.needs?.forEach((n) => needs.add(n)));
    const plain = verdicts.map(({ recallId, status, reason }) => ({ recallId, status, reason }));
    if (affected.length) {
      return {
        ...base,
        status: 'affected',
        reason: warningsOnly
          ? `你的产品在市场监管部门发布的消费提示范围内（不是生产者召回）：${titles}。${affected[0].reason}。请立即停止使用，并按消费提示处置；如有疑问请拨打 12315。`
          : `你的产品在召回范围内：${titles}。${affected[0].reason}。请立即停止使用，并按召回措施联系生产者。`,
        recalls,
        verdicts: plain,
        needs: [],
      };
    }
    if (unknown.length) {
      return {
        ...base,
        status: 'unknown',
        reason: `${titles}：${unknown[0].reason}。`,
        recalls,
        verdicts: plain,
        needs: [...needs],
      };
    }
    return {
      ...base,
      status: 'not_affected',
      reason: `找到 ${verdicts.length} 项相关召回，但你的产品不在召回范围内：${verdicts.map((v) => v.reason).join('；')}${this.freshness()}。${NOT_A_VERDICT_OF_SAFETY}`,
      recalls,
      verdicts: plain,
      needs: [],
    };
  }

  /** The newest public recalls for the Atom feed, newest change first. */
  async latest(limit = 50): Promise<TRecallPublic[]> {
    const rows = await this.db
      .getRepository(Recall)
      .find({ where: { withdrawn: false }, order: { updatedAt: 'DESC', id: 'DESC' }, take: limit });
    return rows.map(toPublic);
  }
}
