import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { FOLLOW_TARGET_NEEDED, type TFollowCreate, type TFollowList, type TFollowView } from '@recall/shared';
import { DataSource, In } from 'typeorm';
import { badRequest, conflict, notFound } from '../core/errors';
import { Follow, Recall, RecallScope } from '../db/entity';
import { RecallIndexService } from '../recalls/recall-index.service';
import { coveringRecalls } from '../recalls/recall-matcher';
import { batchCovered, followMatches, followsByName, productKey, recallTarget, targetKey } from './match';

/** Products one consumer may follow. */
export const MAX_FOLLOWS = 200;
/** Recalls listed with a follow matched by name (the matcher's best first). */
const MAX_NAME_MATCHES = 20;

/** Followed products (我的产品): follow by scan, from a recall or a search result; unfollow. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FollowService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  indexer!: RecallIndexService;

  private get repo() {
    return this.db.getRepository(Follow);
  }

  /** Following the same target again answers the existing follow (created: false). */
  async follow(userId: number, body: TFollowCreate): Promise<{ view: TFollowView; created: boolean }> {
    const key = productKey(body);
    const named = followsByName({ ...key, productName: body.productName ?? null });
    if (!key.gtin && !(key.brandNorm && key.modelNorm) && !named) {
      throw badRequest(FOLLOW_TARGET_NEEDED, [{ path: 'gtin', message: '品牌、型号或产品名称无有效文字' }]);
    }
    const target = targetKey(key, body.productName);
    const recallId = body.recallId ? await this.followedRecall(body.recallId) : null;
    const existing = await this.repo.findOneBy({ userId, targetKey: target });
    if (existing) {
      // Followed before by one barcode, now from its recall: it covers every barcode from now on.
      if (recallId && !existing.recallId) {
        await this.repo.update(existing.id, { recallId });
        existing.recallId = recallId;
      }
      return { view: (await this.views([existing]))[0], created: false };
    }
    if ((await this.repo.countBy({ userId })) >= MAX_FOLLOWS) {
      throw conflict(`最多关注 ${MAX_FOLLOWS} 个产品，请先取消关注不再使用的产品`, 'FOLLOW_LIMIT');
    }
    await this.repo
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        userId,
        targetKey: target,
        ...key,
        brand: body.brand || null,
        model: body.model || null,
        batch: body.batch || null,
        productName: body.productName || null,
        recallId,
        source: body.source,
      })
      .updateEntity(false)
      .execute();
    const row = await this.repo.findOneByOrFail({ userId, targetKey: target });
    return { view: (await this.views([row]))[0], created: true };
  }

  /** A published recall to follow every barcode of. */
  private async followedRecall(id: number): Promise<number> {
    const found = await this.db.getRepository(Recall).existsBy({ id, withdrawn: false });
    if (!found) throw badRequest('没有找到要关注的召回信息', [{ path: 'recallId', message: '召回信息不存在或已撤回' }]);
    return id;
  }

  async list(userId: number): Promise<TFollowList> {
    return { items: await this.views(await this.repo.find({ where: { userId }, order: { id: 'DESC' } })) };
  }

  async unfollow(userId: number, id: number): Promise<void> {
    const r = await this.repo.delete({ id, userId });
    if (!r.affected) throw notFound('没有找到这个关注的产品', 'FOLLOW_NOT_FOUND');
  }

  /** Each follow with the published recalls that match it now (through the lookup's scope rows). */
  private async views(rows: Follow[]): Promise<TFollowView[]> {
    const followedIds = [...new Set(rows.map((r) => r.recallId).filter((id): id is number => !!id))];
    const followed = followedIds.length
      ? await this.db.getRepository(Recall).find({ select: ['id', 'gtins'], where: { id: In(followedIds) } })
      : [];
    const recallGtins = new Map(followed.map((r) => [r.id, r.gtins]));
    const gtinsOf = (f: Follow) => (f.recallId ? (recallGtins.get(f.recallId) ?? []) : []);
    const gtins = [...new Set([...rows.map((r) => r.gtin), ...rows.flatMap(gtinsOf)].filter((g): g is string => !!g))];
    const models = [...new Set(rows.map((r) => r.modelNorm).filter((m): m is string => !!m))];
    const scopes = this.db.getRepository(RecallScope);
    const hits = [
      ...(gtins.length ? await scopes.findBy({ kind: 'gtin', value: In(gtins) }) : []),
      ...(models.length ? await scopes.findBy({ kind: 'model', value: In(models) }) : []),
    ];
    // Followed by brand + product name: the recall matcher over the search index, as for new recalls.
    const byName = new Map(
      rows
        .filter(followsByName)
        .map((f) => [f.id, coveringRecalls(this.indexer.index, f, { limit: MAX_NAME_MATCHES })] as const),
    );
    const ids = [...new Set([...hits.map((h) => h.recallId), ...[...byName.values()].flat()])];
    const recalls = ids.length
      ? await this.db.getRepository(Recall).find({
          select: ['id', 'title', 'brand', 'models', 'gtins', 'batches', 'withdrawn'],
          where: { id: In(ids), withdrawn: false },
          order: { id: 'DESC' },
        })
      : [];
    const targets = recalls.map((r) => ({ r, t: recallTarget(r) }));
    return rows.map((f) => ({
      id: f.id,
      gtin: f.gtin,
      brand: f.brand,
      model: f.model,
      batch: f.batch,
      productName: f.productName,
      source: f.source,
      createdAt: new Date(f.createdAt).toISOString(),
      matches: targets
        .filter(({ r, t }) =>
          byName.has(f.id)
            ? byName.get(f.id)!.includes(r.id) && batchCovered(t, f.batchNorm)
            : followMatches(t, f, gtinsOf(f)),
        )
        .map(({ r }) => ({ id: r.id, title: r.title })),
    }));
  }
}
