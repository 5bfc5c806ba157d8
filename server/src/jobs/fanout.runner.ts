import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { PAGES, pageUrl } from '@recall/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Clue, FanoutJob, Follow, Recall } from '../db/entity';
import { FANOUT_PHASES, FanoutPhase } from '../db/entity/fanout-job.entity';
import { batchCovered, productKey, RecallTarget, recallTarget } from '../follows/match';
import { RecallIndexService } from '../recalls/recall-index.service';
import { coveringRecalls } from '../recalls/recall-matcher';
import { Notification, NotifyService } from '../notify/notify.service';
import { isMysql, jobTransaction } from '../core/tx';

/** Follows (or clues) one batch covers, in one transaction with their messages. */
export const FANOUT_BATCH = 1000;
/** Clues are matched in code (by the recall matcher): a wider page of narrow rows. */
export const CLUE_SCAN_BATCH = 5000;
export const RECALL_HINT = '请立即停止使用并查看召回措施';

const cut = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join('')}…` : s);

/** The message a matching recall sends: the same event for followers and reporters (one each). */
export function recallMessage(r: Recall, userIds: number[]): Notification {
  if (r.kind === 'warning') return warningMessage(r, userIds);
  return {
    userIds,
    kind: 'recall_matched',
    dedupeKey: `recall:${r.id}`,
    title: `召回提醒：${cut(r.productName, 60)}`,
    body: `${r.producerName}发布召回：${cut(r.title, 100)}。缺陷情况：${cut(r.defect, 200)}。与你关注或报告过的产品相符，${RECALL_HINT}。`,
    link: pageUrl(PAGES.recall, { id: r.id }),
    vars: {
      productName: r.productName,
      producerName: r.producerName,
      defect: r.defect,
      startDate: r.startDate,
      hint: RECALL_HINT,
    },
  };
}

export const WARNING_HINT = '请立即停止使用并查看消费提示';

/** A 消费提示 reaches the same people by the same matching, named as the regulator's warning. */
function warningMessage(r: Recall, userIds: number[]): Notification {
  return {
    userIds,
    kind: 'recall_matched',
    dedupeKey: `recall:${r.id}`,
    title: `消费提示：${cut(r.productName, 60)}`,
    body: `${r.bureauName ?? '市场监管部门'}发布消费提示（不是生产者召回）：${cut(r.title, 100)}。存在的缺陷：${cut(r.defect, 200)}。与你关注或报告过的产品相符，${WARNING_HINT}。`,
    link: pageUrl(PAGES.recall, { id: r.id }),
    vars: {
      productName: r.productName,
      producerName: r.bureauName ?? '市场监管部门',
      defect: r.defect,
      startDate: r.startDate,
      hint: WARNING_HINT,
    },
  };
}

export interface FanoutStats {
  batches: number;
  notified: number;
  jobsDone: number;
}

interface Batch {
  userIds: number[];
  /** The last id looked at; null when the phase has no more rows. */
  next: number | null;
}

/**
 * Expands fan-out jobs in the background: a published recall reaches the consumers following a
 * matching product (by GTIN, then by brand + model, then by brand + product name through the recall
 * matcher that POST /api/recalls/match uses) and those who reported one (clues), 1000 rows
 * per transaction. The job row is locked for its batch (SKIP LOCKED: other processes take other
 * jobs) and its cursor advances in that transaction, so a crash repeats at most one batch; the
 * messages' dedupe key `recall:<id>` keeps everyone at one message and one send.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FanoutRunner {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  notifier!: NotifyService;

  @Inject()
  indexer!: RecallIndexService;

  /** Works through pending jobs; `maxBatches` stops early (as a crash or a deploy would). */
  async runOnce(opts: { maxBatches?: number } = {}): Promise<FanoutStats> {
    const stats: FanoutStats = { batches: 0, notified: 0, jobsDone: 0 };
    // Matching by name reads the search index: it must hold the recalls another process published.
    await this.indexer.refresh();
    while (stats.batches < (opts.maxBatches ?? Infinity)) {
      const step = await this.step();
      if (!step) break;
      stats.batches++;
      stats.notified += step.notified;
      if (step.done) stats.jobsDone++;
    }
    return stats;
  }

  private step(): Promise<{ notified: number; done: boolean } | null> {
    return jobTransaction(this.db, async (m) => {
      const qb = m
        .getRepository(FanoutJob)
        .createQueryBuilder('j')
        .where('j.status = :s', { s: 'pending' })
        .orderBy('j.id', 'ASC')
        .limit(1);
      if (isMysql(this.db)) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const job = await qb.getOne();
      if (!job) return null;
      const recall = await m.findOneBy(Recall, { id: job.recallId });
      // A recall withdrawn before its fan-out ran tells nobody.
      if (!recall || recall.withdrawn) {
        await m.update(FanoutJob, job.id, { status: 'done' });
        return { notified: 0, done: true };
      }
      const batch =
        job.phase === 'follow_name'
          ? await this.nameBatch(m, job.cursor, recall)
          : job.phase === 'clue'
            ? await this.clueBatch(m, job.cursor, recall)
            : await this.batch(m, job.phase, job.cursor, recallTarget(recall));
      if (batch.userIds.length) await this.notifier.notify(m, recallMessage(recall, batch.userIds));
      const notified = job.notified + batch.userIds.length;
      if (batch.next !== null) {
        await m.update(FanoutJob, job.id, { cursor: batch.next, notified });
        return { notified: batch.userIds.length, done: false };
      }
      const phase = FANOUT_PHASES[FANOUT_PHASES.indexOf(job.phase) + 1];
      await m.update(FanoutJob, job.id, phase ? { phase, cursor: 0, notified } : { status: 'done', notified });
      return { notified: batch.userIds.length, done: !phase };
    });
  }

  private async batch(m: EntityManager, phase: FanoutPhase, cursor: number, t: RecallTarget): Promise<Batch> {
    const qb = m
      .getRepository(Follow)
      .createQueryBuilder('f')
      .select(['f.id', 'f.userId'])
      .where('f.id > :cursor', { cursor })
      .orderBy('f.id', 'ASC')
      .limit(FANOUT_BATCH);
    if (phase === 'follow_gtin') {
      if (!t.gtins.length) return { userIds: [], next: null };
      // A follow made from a recall covers every barcode that recall lists.
      qb.andWhere(
        "(f.gtin IN (:...gtins) OR f.recallId IN (SELECT s.recallId FROM recall_scope s WHERE s.kind = 'gtin' AND s.value IN (:...gtins)))",
        { gtins: t.gtins },
      );
    } else {
      if (!t.brandNorm || !t.modelNorms.length) return { userIds: [], next: null };
      qb.andWhere('f.brandNorm = :brand AND f.modelNorm IN (:...models)', {
        brand: t.brandNorm,
        models: t.modelNorms,
      });
    }
    if (t.batchNorms.length)
      qb.andWhere('(f.batchNorm IS NULL OR f.batchNorm IN (:...batches))', { batches: t.batchNorms });
    const rows = await qb.getMany();
    return {
      userIds: rows.map((r) => r.userId),
      next: rows.length < FANOUT_BATCH ? null : rows[rows.length - 1].id,
    };
  }

  /** Follows of brand + product name (no barcode, no model) that the recall matcher finds this recall covers. */
  private async nameBatch(m: EntityManager, cursor: number, recall: Recall): Promise<Batch> {
    const t = recallTarget(recall);
    if (!t.brandNorm) return { userIds: [], next: null };
    const qb = m
      .getRepository(Follow)
      .createQueryBuilder('f')
      .select(['f.id', 'f.userId', 'f.brand', 'f.productName'])
      .where('f.id > :cursor AND f.brandNorm = :brand', { cursor, brand: t.brandNorm })
      .andWhere('f.gtin IS NULL AND f.modelNorm IS NULL AND f.productName IS NOT NULL')
      .orderBy('f.id', 'ASC')
      .limit(FANOUT_BATCH);
    if (t.batchNorms.length)
      qb.andWhere('(f.batchNorm IS NULL OR f.batchNorm IN (:...batches))', { batches: t.batchNorms });
    const rows = await qb.getMany();
    const covers = (f: Follow) => coveringRecalls(this.indexer.index, f, { within: [recall.id] }).length > 0;
    return {
      userIds: rows.filter(covers).map((r) => r.userId),
      next: rows.length < FANOUT_BATCH ? null : rows[rows.length - 1].id,
    };
  }

  /**
   * Consumers who reported a product this recall covers, by the one recall matcher (barcode, brand +
   * model, or brand + product name: as the report form and POST /api/recalls/match match), and
   * whose batch, where they gave one, the recall covers.
   */
  private async clueBatch(m: EntityManager, cursor: number, recall: Recall): Promise<Batch> {
    const t = recallTarget(recall);
    if (!t.gtins.length && !t.brandNorm) return { userIds: [], next: null };
    const rows = await m
      .getRepository(Clue)
      .createQueryBuilder('c')
      .select(['c.id', 'c.reporterId', 'c.gtin', 'c.brand', 'c.model', 'c.productName', 'c.batch'])
      .where('c.id > :cursor AND c.reporterId IS NOT NULL', { cursor })
      .orderBy('c.id', 'ASC')
      .limit(CLUE_SCAN_BATCH)
      .getMany();
    const covers = (c: Clue) =>
      batchCovered(t, productKey(c).batchNorm) &&
      coveringRecalls(this.indexer.index, c, { within: [recall.id] }).length > 0;
    return {
      userIds: rows.filter(covers).map((c) => c.reporterId!),
      next: rows.length < CLUE_SCAN_BATCH ? null : rows[rows.length - 1].id,
    };
  }
}
