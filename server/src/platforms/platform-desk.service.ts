import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type {
  TPlatformDelivery,
  TPlatformDeskRecall,
  TPlatformMeasureInput,
  TPlatformRecallStatus,
} from '@recall/shared';
import { DataSource, MoreThan } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import { Clock } from '../core/clock.service';
import { badRequest, forbidden, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { PlatformDelivery, PlatformMeasure, Recall } from '../db/entity';
import { recallBureau } from './recall-bureau';
import { PlatformStatusService } from './platform-status.service';

/** The platform's id from its caller (API key or staff account). */
export const platformOf = (caller: Caller) => Number(caller.org);

/**
 * What a platform does with what it was sent: pull by cursor, acknowledge (idempotent), and report
 * measures; only its own deliveries and reports, whoever asks by whatever id. Also the view of a
 * recall's platforms for its bureau and the province.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PlatformDeskService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  status!: PlatformStatusService;

  async deliveries(caller: Caller, q: { after: number; limit: number }) {
    const rows = await this.db.getRepository(PlatformDelivery).find({
      select: ['id', 'seq', 'body', 'acknowledgedAt'],
      where: { platformId: platformOf(caller), seq: MoreThan(String(q.after)) },
      order: { seq: 'ASC' },
      take: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => this.item(r)),
      next: page.length ? Number(page[page.length - 1].seq) : q.after,
      more: rows.length > q.limit,
    };
  }

  private item(r: PlatformDelivery): TPlatformDelivery {
    const body = JSON.parse(r.body) as TPlatformDelivery;
    return { ...body, acknowledgedAt: r.acknowledgedAt ? new Date(r.acknowledgedAt).toISOString() : null };
  }

  /** Acknowledges one delivery; again changes nothing (the first time stands). */
  async acknowledge(caller: Caller, deliveryId: string): Promise<TPlatformRecallStatus> {
    const platformId = platformOf(caller);
    const recallId = await commandTransaction(this.db, async (m) => {
      const d = await m.findOne(PlatformDelivery, {
        select: ['id', 'platformId', 'recallId', 'acknowledgedAt'],
        where: { deliveryId, platformId },
      });
      // Another platform's delivery is as unknown as one that does not exist.
      if (!d) throw notFound('没有找到这次推送', 'DELIVERY_NOT_FOUND');
      if (d.acknowledgedAt) return d.recallId;
      const r = await m
        .createQueryBuilder()
        .update(PlatformDelivery)
        .set({ acknowledgedAt: this.clock.now() })
        .where('id = :id AND acknowledgedAt IS NULL', { id: d.id })
        .execute();
      if (r.affected)
        await this.audit.record(m, {
          actorId: caller.userId || null,
          action: 'platform.acknowledged',
          entityType: 'platform_delivery',
          entityId: d.id,
          to: 'acknowledged',
          detail: { platformId, recallId: d.recallId },
        });
      return d.recallId;
    });
    return this.one(platformId, recallId);
  }

  async recalls(caller: Caller) {
    const items = await this.status.list({ platformId: platformOf(caller) });
    return { items: items.sort((a, b) => b.pushedAt.localeCompare(a.pushedAt)) };
  }

  /** One recall on the platform's desk, with its newest delivery (the recall as last sent, the id to acknowledge). */
  async deskRecall(caller: Caller, recallId: number): Promise<TPlatformDeskRecall> {
    const platformId = platformOf(caller);
    const status = await this.one(platformId, recallId);
    const newest = await this.db.getRepository(PlatformDelivery).findOneOrFail({
      select: ['id', 'seq', 'body', 'acknowledgedAt'],
      where: { platformId, recallId },
      order: { seq: 'DESC' },
    });
    return { ...status, latest: this.item(newest) };
  }

  /** One recall as this platform handles it; a recall never pushed to it is not found. */
  async one(platformId: number, recallId: number): Promise<TPlatformRecallStatus> {
    const [s] = await this.status.list({ platformId, recallId });
    if (!s) throw notFound('本平台没有收到这条召回', 'RECALL_NOT_PUSHED');
    return s;
  }

  async report(caller: Caller, recallId: number, body: TPlatformMeasureInput): Promise<TPlatformRecallStatus> {
    const platformId = platformOf(caller);
    const now = this.clock.now();
    const doneAt = body.doneAt ? new Date(body.doneAt) : now;
    if (doneAt.getTime() > now.getTime() + 60_000)
      throw badRequest('完成时间不能晚于现在', [{ path: 'doneAt', message: '完成时间不能晚于现在' }]);
    await commandTransaction(this.db, async (m) => {
      const first = await m.findOne(PlatformDelivery, {
        select: ['id', 'createdAt'],
        where: { platformId, recallId },
        order: { seq: 'ASC' },
      });
      if (!first) throw notFound('本平台没有收到这条召回', 'RECALL_NOT_PUSHED');
      const row = await m.save(
        m.create(PlatformMeasure, {
          platformId,
          recallId,
          kind: body.kind,
          count: body.count,
          channel: body.channel || null,
          doneAt,
          note: body.note || null,
          reportedBy: caller.userId || null,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId || null,
        action: 'platform.measure_reported',
        entityType: 'platform_delivery',
        entityId: first.id,
        to: body.kind,
        detail: { platformId, recallId, kind: body.kind, count: body.count },
      });
      return row;
    });
    return this.one(platformId, recallId);
  }

  /**
   * Every platform a recall went to: the province and admins see any recall; a bureau only one it
   * published (its case's recall, or its own 消费提示).
   */
  async forRecall(caller: Caller, recallId: number) {
    const recall = await this.db.getRepository(Recall).findOne({ select: ['id', 'caseId'], where: { id: recallId } });
    if (!recall) throw notFound('没有找到这条召回信息', 'RECALL_NOT_FOUND');
    if (caller.role === 'bureau' && (await recallBureau(this.db.manager, recall)) !== caller.org)
      throw forbidden('只能查看本局发布的召回的平台处置情况');
    return { items: await this.status.list({ recallId }) };
  }
}
