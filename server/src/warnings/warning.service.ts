import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  getProvinceProfile,
  TWarningCorrectRequest,
  TWarningListQuery,
  TWarningPublishRequest,
  TWarningView,
  WARNING_GROUNDS,
  WARNING_PHONE,
  WARNING_STATUSES,
  warningAllowedOnCase,
  warningAllowedOnClue,
} from '@recall/shared';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { badRequest, conflict, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { Bureau, Clue, ConsumerWarning, Recall, RecallCase, Upload } from '../db/entity';
import { actorsFor } from '../cases/case-access';
import { RecallImportService } from '../recalls/recall-import.service';
import { RecallIndexService } from '../recalls/recall-index.service';
import type { RecallLine } from '../recalls/recall-mapper';
import { PhotoService } from '../uploads/photo.service';

type Content = Omit<TWarningCorrectRequest, 'note'>;

/**
 * 消费提示 (办法 第十九条): a bureau tells consumers of a defect when no recall can be had — the
 * producer cannot be traced, or refuses an ordered recall. The public text is a recall row of kind
 * `warning` (RecallImportService writes it: search, the unit check, followers' fan-out and the feed
 * take it as they take recalls); this service keeps who may publish it, on what, and its life:
 * corrected, withdrawn with a reason, or replaced when a recall of the product is published.
 */
@Provide()
export class WarningService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  recalls!: RecallImportService;

  @Inject()
  indexer!: RecallIndexService;

  @Inject()
  photos!: PhotoService;

  private get provinceCode(): string {
    return getProvinceProfile(this.env.PROVINCE).provinceBureau.code;
  }

  async publish(caller: Caller, body: TWarningPublishRequest): Promise<TWarningView> {
    const id = await commandTransaction(this.db, async (m) => {
      const origin = body.caseId ? await this.onCase(m, caller, body) : await this.onClue(m, caller, body);
      await this.checkPhotos(m, caller, body.photoIds);
      const bureauCode = caller.role === 'bureau' ? caller.org! : origin.bureauCode;
      const ins = await m.insert(ConsumerWarning, {
        recallId: null,
        caseId: body.caseId ?? null,
        clueId: body.clueId ?? null,
        bureauCode,
        ground: body.ground,
        status: 'published',
        createdBy: caller.userId,
      });
      const warningId = Number(ins.identifiers[0].id);
      const bureau = await m.findOneBy(Bureau, { code: bureauCode });
      const line = this.line(body, {
        recallNo: `消费提示-${bureauCode}-${this.clock.today().slice(0, 4)}-${String(warningId).padStart(4, '0')}`,
        producerName: body.producerName || origin.producerName || '生产者无法追溯',
        producerUscc: origin.producerUscc,
        bureauName: bureau?.name ?? '市场监督管理局',
        startDate: this.clock.today(),
      });
      const { id: recallId } = await this.recalls.upsertWith(
        m,
        line,
        { actorId: caller.userId },
        { kind: 'warning', photoIds: body.photoIds },
      );
      await m.update(ConsumerWarning, warningId, { recallId });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'warning.published',
        entityType: 'consumer_warning',
        entityId: warningId,
        to: 'published',
        detail: { recallId, caseId: body.caseId ?? null, clueId: body.clueId ?? null, ground: body.ground },
      });
      return warningId;
    });
    await this.indexer.refresh();
    return this.view(caller, id);
  }

  async correct(caller: Caller, id: number, body: TWarningCorrectRequest): Promise<TWarningView> {
    await commandTransaction(this.db, async (m) => {
      const w = await this.loadOpen(m, caller, id);
      const row = await m.findOneByOrFail(Recall, { id: w.recallId! });
      // A colleague's correction keeps the photos already published; new ones must be the caller's own.
      const kept = new Set(row.photoIds ?? []);
      await this.checkPhotos(
        m,
        caller,
        body.photoIds.filter((p) => !kept.has(p)),
      );
      const line = this.line(body, {
        recallNo: row.recallNo,
        producerName: body.producerName || row.producerName,
        producerUscc: row.producerUscc,
        bureauName: row.bureauName ?? '市场监督管理局',
        startDate: row.startDate,
      });
      await this.recalls.upsertWith(
        m,
        line,
        { actorId: caller.userId, reason: body.note },
        { kind: 'warning', photoIds: body.photoIds },
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'warning.corrected',
        entityType: 'consumer_warning',
        entityId: id,
        from: 'published',
        to: 'published',
        detail: { note: body.note },
      });
    });
    await this.indexer.refresh();
    return this.view(caller, id);
  }

  async withdraw(caller: Caller, id: number, reason: string): Promise<TWarningView> {
    await commandTransaction(this.db, async (m) => {
      const w = await this.loadOpen(m, caller, id);
      await this.recalls.withdrawWith(m, w.recallId!, reason, caller.userId);
      await m.update(ConsumerWarning, id, { status: 'withdrawn', withdrawReason: reason });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'warning.withdrawn',
        entityType: 'consumer_warning',
        entityId: id,
        from: 'published',
        to: 'withdrawn',
        detail: { reason },
      });
    });
    await this.indexer.refresh();
    return this.view(caller, id);
  }

  async list(caller: Caller, q: TWarningListQuery): Promise<TWarningView[]> {
    const where: FindOptionsWhere<ConsumerWarning> = {};
    if (q.caseId) where.caseId = q.caseId;
    if (q.clueId) where.clueId = q.clueId;
    if (caller.role === 'bureau') where.bureauCode = caller.org!;
    const rows = await this.db.getRepository(ConsumerWarning).find({ where, order: { id: 'DESC' }, take: 200 });
    return this.render(rows);
  }

  async view(caller: Caller, id: number): Promise<TWarningView> {
    const w = await this.db.getRepository(ConsumerWarning).findOneBy({ id });
    if (!w || !this.mayManage(caller, w)) throw notFound('没有找到这条消费提示', 'WARNING_NOT_FOUND');
    return (await this.render([w]))[0];
  }

  /** The issuing bureau manages its warnings; the province and the administrator any. */
  private mayManage(caller: Caller, w: ConsumerWarning): boolean {
    return caller.role !== 'bureau' || caller.org === w.bureauCode;
  }

  private async loadOpen(m: EntityManager, caller: Caller, id: number): Promise<ConsumerWarning> {
    const w = await m.findOneBy(ConsumerWarning, { id });
    if (!w || !w.recallId || !this.mayManage(caller, w)) throw notFound('没有找到这条消费提示', 'WARNING_NOT_FOUND');
    if (w.status !== 'published')
      throw conflict(`这条消费提示${WARNING_STATUSES[w.status]}，不能再更正或撤回`, 'WARNING_CLOSED');
    return w;
  }

  /** The case must be the caller's to handle (or the province's), in a state where the ground is lawful. */
  private async onCase(m: EntityManager, caller: Caller, body: TWarningPublishRequest) {
    const c = await m.findOneBy(RecallCase, { id: body.caseId! });
    const mayAct =
      c && (caller.role === 'admin' || actorsFor(caller, c, this.provinceCode).some((a) => a !== 'producer'));
    if (!c || !mayAct) throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    if (!warningAllowedOnCase(body.ground, c.state)) {
      const allowed = WARNING_GROUNDS[body.ground].caseStates.map((s) => `“${CASE_STATES[s]}”`).join('、');
      throw conflict(
        `案件当前为“${CASE_STATES[c.state]}”，不能以“${WARNING_GROUNDS[body.ground].label}”发布消费提示（${WARNING_GROUNDS[body.ground].basis}；可发布的状态：${allowed}）`,
        'WARNING_NOT_ALLOWED',
      );
    }
    return { bureauCode: c.bureauCode, producerName: c.producerName, producerUscc: c.producerUscc as string | null };
  }

  /** A clue whose producer is not identified, accepted by the caller's bureau (or any, for the province). */
  private async onClue(m: EntityManager, caller: Caller, body: TWarningPublishRequest) {
    const c = await m.findOneBy(Clue, { id: body.clueId! });
    const mayAct = c && (caller.role !== 'bureau' || caller.org === c.bureauCode);
    if (!c || !mayAct) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    if (!warningAllowedOnClue(body.ground, c))
      throw conflict(
        '只有已受理、生产者尚无法确定的线索可以发布消费提示（理由应为“无法追溯到生产者”）；生产者已知的，请立案办理',
        'WARNING_NOT_ALLOWED',
      );
    return { bureauCode: c.bureauCode, producerName: c.producerName, producerUscc: null };
  }

  private async checkPhotos(m: EntityManager, caller: Caller, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found = await m.findBy(Upload, { id: In(unique), ownerId: caller.userId });
    if (found.length !== unique.length)
      throw badRequest('照片无效，请重新上传', [{ path: 'photoIds', message: '只能使用您自己上传的照片' }]);
  }

  private line(
    b: Content,
    x: { recallNo: string; producerName: string; producerUscc: string | null; bureauName: string; startDate: string },
  ): RecallLine {
    return {
      recallNo: x.recallNo,
      kind: 'warning',
      source: 'warning',
      title: `关于${b.brand ? `${b.brand}牌` : ''}${b.productName}的消费提示`,
      producerName: x.producerName,
      producerUscc: x.producerUscc ?? undefined,
      productName: b.productName,
      brand: b.brand || undefined,
      models: b.models,
      gtins: b.gtins,
      batches: b.batches,
      productionFrom: b.productionFrom,
      productionTo: b.productionTo,
      quantity: 0,
      categoryCode: b.categoryCode,
      defect: b.hazard,
      consequence: b.consequence,
      remedy: b.advice,
      startDate: x.startDate,
      contactPhone: WARNING_PHONE,
      status: 'ongoing',
      bureauName: x.bureauName,
      bureauPhone: WARNING_PHONE,
    };
  }

  private async render(rows: ConsumerWarning[]): Promise<TWarningView[]> {
    const ids = rows.map((w) => w.recallId).filter((x): x is number => x !== null);
    const recalls = new Map(
      (ids.length ? await this.db.getRepository(Recall).findBy({ id: In(ids) }) : []).map((r) => [r.id, r]),
    );
    const codes = [...new Set(rows.map((w) => w.bureauCode))];
    const bureaus = new Map(
      (codes.length ? await this.db.getRepository(Bureau).findBy({ code: In(codes) }) : []).map((b) => [b.code, b]),
    );
    return rows.flatMap((w) => {
      const r = w.recallId ? recalls.get(w.recallId) : undefined;
      if (!r) return [];
      return [
        {
          id: w.id,
          recallId: r.id,
          recallNo: r.recallNo,
          caseId: w.caseId,
          clueId: w.clueId,
          bureauCode: w.bureauCode,
          bureauName: bureaus.get(w.bureauCode)?.name ?? w.bureauCode,
          ground: w.ground,
          groundLabel: WARNING_GROUNDS[w.ground].label,
          status: w.status,
          statusLabel: WARNING_STATUSES[w.status],
          supersededBy: w.supersededBy,
          withdrawReason: w.withdrawReason,
          publishedAt: new Date(r.publishedAt ?? w.createdAt).toISOString(),
          productName: r.productName,
          brand: r.brand,
          categoryCode: r.categoryCode as TWarningView['categoryCode'],
          models: r.models,
          gtins: r.gtins,
          batches: r.batches,
          productionFrom: r.productionFrom,
          productionTo: r.productionTo,
          hazard: r.defect,
          consequence: r.consequence,
          advice: r.remedy,
          producerName: r.producerName,
          photoIds: r.photoIds ?? [],
          photos: (r.photoIds ?? []).map((p) => ({
            id: p,
            url: this.photos.link(p),
            thumbUrl: this.photos.link(p, 'thumb'),
          })),
        },
      ];
    });
  }
}
