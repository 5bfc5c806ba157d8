import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  allowsFrom,
  evaluateUnit,
  RECALL_REQUEST_STATUSES,
  RecallRequestStatus,
  requestBlockedReason,
  requestStep,
  TProducerRequestQuery,
  TRecallRequestCreate,
  TRecallRequestList,
  TRecallRequestView,
  type RequestActor,
  type RequestConsumerAction,
  type RequestEffect,
  type RequestServiceAction,
} from '@recall/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { commandTransaction } from '../core/tx';
import type { Caller } from '../core/auth';
import { decryptJson, encryptJson } from '../core/crypto';
import { replayOf, requestHash } from '../core/idempotency';
import { badRequest, conflict, notFound } from '../core/errors';
import { AuditLog, Recall, RecallRequest, Upload } from '../db/entity';
import type { Env } from '../core/env';
import { Clock } from '../core/clock.service';
import { AuditService, auditEvent } from '../core/audit.service';
import { PhotoService } from '../uploads/photo.service';
import { RecallQueryService } from '../recalls/recall-query.service';
import { RequestTriggers } from './request.triggers';

type Contact = TRecallRequestCreate['contact'];
/** The steps taken on an existing request: customer service's, and the consumer's answers. */
export type RequestStep = RequestServiceAction | RequestConsumerAction;
type StepBody = Record<string, string | undefined>;

/** The table's effects, one each: what a step records on the request besides its status. */
const EFFECTS: Record<RequestEffect, (body: StepBody) => Partial<RecallRequest>> = {
  recordReason: (body) => ({ rejectReason: body.reason! }),
  recordDate: (body) => ({ scheduledOn: body.scheduledOn! }),
  recordRemedy: (body) => ({ completedRemedy: body.remedy as RecallRequest['completedRemedy'] }),
};

/** Who the caller is to a remedy request's table. */
const actorOf = (caller: Caller): RequestActor | null =>
  caller.role === 'producer' ? 'customer_service' : caller.role === 'consumer' ? 'consumer' : null;

/** Recall participation (召回参与): the consumer's request and every step customer service takes on it. */
@Provide()
export class RecallRequestService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  photos!: PhotoService;

  @Inject()
  recalls!: RecallQueryService;

  @Inject()
  triggers!: RequestTriggers;

  @Inject()
  clock!: Clock;

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  async create(caller: Caller, recallId: number, body: TRecallRequestCreate, idemKey?: string) {
    const hash = requestHash({ recallId, ...body });
    if (idemKey) {
      const existing = await this.db
        .getRepository(RecallRequest)
        .findOneBy({ userId: caller.userId, idempotencyKey: idemKey });
      if (existing) return this.render(replayOf(existing, hash));
    }
    const recall = await this.db.getRepository(Recall).findOneBy({ id: recallId });
    if (!recall || recall.withdrawn) throw notFound('没有找到这条召回信息', 'RECALL_NOT_FOUND');
    if (!(await this.recalls.acceptsRequests(recall)))
      throw conflict('这项召回暂不能在线申请，请拨打召回联系电话', 'REQUESTS_CLOSED');
    if (
      body.labelPhotoId &&
      !(await this.db.getRepository(Upload).countBy({ id: body.labelPhotoId, ownerId: caller.userId }))
    )
      throw badRequest('标签照片无效，请重新上传', [{ path: 'labelPhotoId', message: '照片无效' }]);
    try {
      const row = await commandTransaction(this.db, async (m) => {
        const r = await m.save(
          m.create(RecallRequest, {
            recallId,
            userId: caller.userId,
            idempotencyKey: idemKey ?? null,
            idempotencyHash: idemKey ? hash : null,
            status: requestStep('submit').to,
            batch: body.batch ?? null,
            productionDate: body.productionDate ?? null,
            quantity: body.quantity,
            labelPhotoId: body.labelPhotoId ?? null,
            preferredRemedy: body.preferredRemedy,
            contactEnc: encryptJson(this.key, body.contact),
            note: body.note ?? null,
          }),
        );
        await this.event(m, caller, r, null, body.note ?? null);
        return r;
      });
      return this.render(row);
    } catch (e) {
      if (idemKey && e instanceof QueryFailedError) {
        const existing = await this.db
          .getRepository(RecallRequest)
          .findOneBy({ userId: caller.userId, idempotencyKey: idemKey });
        if (existing) return this.render(replayOf(existing, hash));
      }
      throw e;
    }
  }

  async mine(caller: Caller): Promise<TRecallRequestList> {
    const rows = await this.db
      .getRepository(RecallRequest)
      .find({ where: { userId: caller.userId }, order: { id: 'DESC' } });
    return { items: await Promise.all(rows.map((r) => this.render(r))), total: rows.length };
  }

  async view(caller: Caller, id: number): Promise<TRecallRequestView> {
    return this.render(await this.visible(this.db.manager, caller, id));
  }

  async producerList(caller: Caller, q: TProducerRequestQuery): Promise<TRecallRequestList> {
    const qb = this.db
      .getRepository(RecallRequest)
      .createQueryBuilder('r')
      .innerJoin(Recall, 'rc', 'rc.id = r.recallId')
      .where('rc.producerUscc = :org', { org: caller.org });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.recallId) qb.andWhere('r.recallId = :rid', { rid: q.recallId });
    if (q.q) qb.andWhere('(rc.productName LIKE :kw OR r.batch LIKE :kw)', { kw: `%${q.q.replace(/[%_\\]/g, '')}%` });
    const [rows, total] = await qb
      .orderBy('r.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: await Promise.all(rows.map((r) => this.render(r))), total };
  }

  async step(caller: Caller, id: number, action: RequestStep, body: StepBody) {
    const rule = requestStep(action);
    await commandTransaction(this.db, async (m) => {
      const r = await this.visible(m, caller, id);
      const actor = actorOf(caller);
      if (!actor || !rule.actors.includes(actor)) throw notFound('没有找到这条召回申请', 'REQUEST_NOT_FOUND');
      if (!allowsFrom(rule, r.status))
        throw conflict(`申请当前为“${RECALL_REQUEST_STATUSES[r.status]}”，不能执行此操作`, 'INVALID_TRANSITION');
      const recall = await m.findOneByOrFail(Recall, { id: r.recallId });
      const facts = { today: this.clock.today(), recallStartDate: recall.startDate, scheduledOn: r.scheduledOn };
      const blocked = requestBlockedReason(rule, facts);
      if (blocked) throw conflict(blocked, 'REQUEST_TOO_EARLY');
      const from = r.status;
      const changes: Partial<RecallRequest> = { status: rule.to };
      for (const name of rule.effects ?? []) Object.assign(changes, EFFECTS[name](body));
      const u = await m.update(RecallRequest, { id, status: from }, changes);
      if (!u.affected) throw conflict('申请刚被他人处理，请刷新', 'REQUEST_CHANGED');
      Object.assign(r, changes);
      await this.event(m, caller, r, from, body.reason ?? body.note ?? null);
    });
    return this.view(caller, id);
  }

  /** The consumer's own request, or one on a recall of the producer's; 404 for anyone else. */
  private async visible(m: EntityManager, caller: Caller, id: number): Promise<RecallRequest> {
    const r = await m.findOneBy(RecallRequest, { id });
    if (r && caller.role === 'consumer' && r.userId === caller.userId) return r;
    if (r && caller.role === 'producer') {
      const recall = await m.findOneBy(Recall, { id: r.recallId });
      if (recall?.producerUscc === caller.org) return r;
    }
    throw notFound('没有找到这条召回申请', 'REQUEST_NOT_FOUND');
  }

  /** Records the step once, as its audit event (the request's timeline is read from it), and tells who must know. */
  private async event(m: EntityManager, caller: Caller, r: RecallRequest, from: string | null, note: string | null) {
    const eventId = await this.audit.record(m, {
      actorId: caller.userId,
      action: `recall_request.${r.status}`,
      entityType: 'recall_request',
      entityId: r.id,
      from,
      to: r.status,
      detail: note === null ? null : { note },
    });
    await this.triggers.onStep(m, r, eventId, note);
  }

  /** The request's steps as the consumer reads them, from the audit trail. */
  private async events(r: RecallRequest): Promise<TRecallRequestView['events']> {
    const rows = await this.db
      .getRepository(AuditLog)
      .find({ where: { entityType: 'recall_request', entityId: String(r.id) }, order: { id: 'ASC' } });
    return rows.map((row) => {
      const status = row.toState as RecallRequestStatus;
      const e = auditEvent(row);
      const note = e.entityType === 'recall_request' ? (e.detail?.note ?? null) : null;
      return { at: new Date(row.createdAt).toISOString(), status, label: RECALL_REQUEST_STATUSES[status], note };
    });
  }

  private async render(r: RecallRequest): Promise<TRecallRequestView> {
    const recall = await this.db.getRepository(Recall).findOneByOrFail({ id: r.recallId });
    const verdict = evaluateUnit(
      { batches: recall.batches, productionFrom: recall.productionFrom, productionTo: recall.productionTo },
      { batch: r.batch ?? undefined, productionDate: r.productionDate ?? undefined },
    );
    return {
      id: r.id,
      recallId: recall.id,
      recallNo: recall.recallNo,
      recallTitle: recall.title,
      productName: recall.productName,
      producerName: recall.producerName,
      status: r.status,
      statusLabel: RECALL_REQUEST_STATUSES[r.status],
      batch: r.batch,
      productionDate: r.productionDate,
      quantity: r.quantity,
      preferredRemedy: r.preferredRemedy,
      contact: decryptJson<Contact>(this.key, r.contactEnc),
      labelPhotoUrl: r.labelPhotoId ? this.photos.link(r.labelPhotoId) : null,
      note: r.note,
      scheduledOn: r.scheduledOn,
      recallStartDate: recall.startDate,
      completedRemedy: r.completedRemedy,
      rejectReason: r.rejectReason,
      scope: verdict.status,
      events: await this.events(r),
      createdAt: new Date(r.createdAt).toISOString(),
    };
  }
}
