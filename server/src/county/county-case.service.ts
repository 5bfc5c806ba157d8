import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  cityOfCounty,
  countyBureauName,
  countyCityBureau,
  DELIVERY_METHODS,
  docMeta,
  getProvinceProfile,
  needsReceipt,
  type DeliveryMethod,
  type TAssistAnswer,
  type TAssistRequestCreate,
  type TCaseAssistView,
  type TCountyCaseList,
  type TCountyCaseView,
} from '@recall/shared';
import { DataSource, EntityManager, In, IsNull, Like } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { CaseAssist, CaseDocument, RecallCase, Upload, User } from '../db/entity';
import { actorsFor } from '../cases/case-access';
import { assistViews } from '../cases/case-assist';
import { CaseService } from '../cases/case.service';
import { caseNumber, RECEIPT_STATES } from '../cases/case-view.service';
import { FileLinks } from '../cases/file-links';
import { parseReceipt } from '../cases/forms';
import { PhotoService } from '../uploads/photo.service';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff, countyStaff, LINKS } from '../notify/recipients';
import { Bureau } from '../db/entity';
import { countyOf, deliversFor } from './county-access';

/** 1 when the latest notice to the producer still waits for its delivery (a later notice supersedes an older one), else 0. */
function awaitingDelivery(c: RecallCase, notices: CaseDocument[]): number {
  const latest = notices.reduce<CaseDocument | null>((a, d) => (a && a.id > d.id ? a : d), null);
  return RECEIPT_STATES.includes(c.state) && latest && !latest.receiptDocId ? 1 : 0;
}

/**
 * What a county bureau does on its city's cases (苏 第六条): delivers the notices addressed to a
 * producer of its county and records the 送达回执 (附件5), and answers the assistance (协查) a
 * handling bureau asks of it. It sees only those cases, and of them only what it needs.
 */
@Provide()
export class CountyCaseService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  cases!: CaseService;

  @Inject()
  audit!: AuditService;

  @Inject()
  links!: FileLinks;

  @Inject()
  photos!: PhotoService;

  @Inject()
  notifier!: NotifyService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  async list(caller: Caller): Promise<TCountyCaseList> {
    const own = countyOf(caller, this.env.PROVINCE);
    const m = this.db.manager;
    const assists = await m.findBy(CaseAssist, { countyCode: own.county });
    const delivering = await m.findBy(RecallCase, {
      bureauCode: own.city,
      producerUscc: Like(`__${own.county}%`),
    });
    const assisted = assists.length ? await m.findBy(RecallCase, { id: In(assists.map((a) => a.caseId)) }) : [];
    const byId = new Map([...delivering, ...assisted].map((c) => [c.id, c]));
    const docs = byId.size ? await m.findBy(CaseDocument, { caseId: In([...byId.keys()]) }) : [];
    const items = [...byId.values()]
      .map((c) => {
        const notices = deliversFor(c, own) ? docs.filter((d) => d.caseId === c.id && needsReceipt(d.docType)) : [];
        const awaiting = awaitingDelivery(c, notices);
        const open = assists.filter((a) => a.caseId === c.id && !a.answeredAt).length;
        const asked = assists.some((a) => a.caseId === c.id);
        return { c, notices, open, asked, awaiting };
      })
      // A case the county was asked to assist, or with a notice for it to deliver.
      .filter((x) => x.asked || x.notices.length)
      .sort((a, b) => Number(new Date(b.c.updatedAt)) - Number(new Date(a.c.updatedAt)) || b.c.id - a.c.id);
    const names = await this.bureauNames(m);
    return {
      items: items.map((x) => this.item(x.c, names, x.awaiting, x.open)),
    };
  }

  async view(caller: Caller, id: number): Promise<TCountyCaseView> {
    const own = countyOf(caller, this.env.PROVINCE);
    return this.render(this.db.manager, own, await this.load(this.db.manager, own, id));
  }

  /**
   * Records the delivery of a notice to the producer (who received it, when, where, how, signed by
   * whom) as its 送达回执: the handling bureau sees it on the case, and the reply period runs from it.
   */
  async deliver(caller: Caller, id: number, docId: number, form: Record<string, unknown>): Promise<TCountyCaseView> {
    const own = countyOf(caller, this.env.PROVINCE);
    await commandTransaction(this.db, async (m) => {
      const c = await this.load(m, own, id);
      if (!deliversFor(c, own)) throw forbidden('这个案件的通知书不由本局送达（生产者不在本县）', 'NOT_YOUR_DELIVERY');
      const notice = await this.cases.noticeAwaitingReceipt(m, id, docId);
      const receipt = parseReceipt(form, true, notice, this.cases.clock.today(), '');
      const officer = await m.findOneBy(User, { id: caller.userId });
      const county = countyBureauName(own.county);
      receipt.deliveredBy = `${county} ${officer?.displayName ?? ''}`.trim();
      const how = DELIVERY_METHODS[receipt.deliveryMethod as DeliveryMethod];
      const note = `${notice.docNo ?? docMeta(this.profile.documents, notice.docType).title} 由${county}于${String(receipt.receivedOn)}送达（${how}，${String(receipt.signedBy)}签收）`;
      await this.cases.fileReceipt(m, caller, c, notice, receipt, note);
    });
    return this.view(caller, id);
  }

  /** The handling bureau asks a county bureau of its city (or, on a case the province leads, of the province) to assist. */
  async ask(caller: Caller, id: number, body: TAssistRequestCreate): Promise<TCaseAssistView> {
    const assistId = await commandTransaction(this.db, async (m) => {
      const c = await this.cases.load(m, caller, id);
      if (!actorsFor(caller, c, this.profile.provinceBureau.code).includes('handler'))
        throw forbidden('只有承办局可以请县级市场监管局协查');
      const city = countyCityBureau(this.profile, body.countyCode);
      const provinceLed = c.bureauCode === this.profile.provinceBureau.code;
      if (!city || (!provinceLed && cityOfCounty(body.countyCode) !== c.bureauCode)) {
        throw badRequest('请选择承办局所辖的县（市、区）市场监管局', [
          { path: 'countyCode', message: '应为承办局所辖县（市、区）的行政区划代码' },
        ]);
      }
      const today = this.cases.clock.today();
      if (body.dueOn < today)
        throw badRequest('协查期限不能早于今天', [{ path: 'dueOn', message: '协查期限不能早于今天' }]);
      const row = await m.save(
        m.create(CaseAssist, {
          caseId: c.id,
          countyCode: body.countyCode,
          request: body.request,
          dueOn: body.dueOn,
          askedBy: caller.userId,
          answerNote: null,
          answerFiles: null,
          answeredBy: null,
          answeredAt: null,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'case.assist_requested',
        entityType: 'case',
        entityId: c.id,
        from: c.state,
        to: c.state,
        detail: { assistId: row.id, county: body.countyCode, request: body.request, dueOn: body.dueOn },
      });
      const asker = (await m.findOneBy(Bureau, { code: caller.org ?? c.bureauCode }))?.name ?? '';
      await this.notifier.notify(m, {
        userIds: await countyStaff(m, body.countyCode),
        kind: 'assist_requested',
        dedupeKey: `assist:${row.id}:asked`,
        title: `${asker}请求协查：${c.productName}`,
        body: `${body.request}（请于${body.dueOn}前回复）`,
        link: LINKS.countyCase(c.id),
        vars: { title: '请求协查', ref: `CASE-${c.id}`, productName: c.productName, at: new Date().toISOString() },
      });
      return row.id;
    });
    const views = await assistViews(this.db.manager, { caseId: id }, this.link);
    return views.find((v) => v.id === assistId)!;
  }

  /** The county answers an assistance request once, with its note and files (its own uploads). */
  async answer(caller: Caller, assistId: number, body: TAssistAnswer): Promise<TCountyCaseView> {
    const own = countyOf(caller, this.env.PROVINCE);
    const caseId = await commandTransaction(this.db, async (m) => {
      const assist = await m.findOneBy(CaseAssist, { id: assistId, countyCode: own.county });
      if (!assist) throw notFound('没有找到这项协查请求', 'ASSIST_NOT_FOUND');
      if (assist.answeredAt) throw conflict('这项协查已经回复', 'ALREADY_ANSWERED');
      const files = [...new Set(body.fileIds)];
      if (files.length) {
        const mine = await m.findBy(Upload, { id: In(files), ownerId: caller.userId });
        const bad = body.fileIds.findIndex((f) => !mine.some((u) => u.id === f));
        if (bad >= 0)
          throw badRequest('附件不存在或不是本账号上传的', [{ path: `fileIds.${bad}`, message: '无效的附件' }]);
      }
      // Guarded: of two simultaneous answers exactly one is kept.
      const r = await m.update(
        CaseAssist,
        { id: assist.id, answeredAt: IsNull() },
        { answerNote: body.note, answerFiles: files, answeredBy: caller.userId, answeredAt: new Date() },
      );
      if (!r.affected) throw conflict('这项协查已经回复', 'ALREADY_ANSWERED');
      const c = await m.findOneByOrFail(RecallCase, { id: assist.caseId });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'case.assist_answered',
        entityType: 'case',
        entityId: c.id,
        from: c.state,
        to: c.state,
        detail: { assistId: assist.id, county: own.county, note: body.note, files },
      });
      // The bureau that asked (the handler when it asked; the case may have moved on since).
      const askedBy = await m.findOneBy(User, { id: assist.askedBy });
      await this.notifier.notify(m, {
        userIds: await bureauStaff(m, askedBy?.orgCode ?? c.bureauCode),
        kind: 'assist_answered',
        dedupeKey: `assist:${assist.id}:answered`,
        title: `${countyBureauName(own.county)}回复协查：${c.productName}`,
        body: files.length ? `${body.note}（附件 ${files.length} 个）` : body.note,
        link: LINKS.bureauCase(c.id),
        vars: { title: '协查回复', ref: `CASE-${c.id}`, productName: c.productName, at: new Date().toISOString() },
      });
      return c.id;
    });
    return this.view(caller, caseId);
  }

  private readonly link = (u: string, size?: 'thumb') => this.photos.link(u, size);

  /** The case, if the county may see it: asked to assist on it, or one of its notices is the county's to deliver (404 otherwise). */
  private async load(m: EntityManager, own: { county: string; city: string }, id: number): Promise<RecallCase> {
    const c = await m.findOneBy(RecallCase, { id });
    const asked = c ? await m.countBy(CaseAssist, { caseId: id, countyCode: own.county }) : 0;
    const delivers =
      c && deliversFor(c, own)
        ? (await m.findBy(CaseDocument, { caseId: id })).some((d) => needsReceipt(d.docType))
        : false;
    if (!c || (!asked && !delivers)) throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    return c;
  }

  private async render(
    m: EntityManager,
    own: { county: string; city: string },
    c: RecallCase,
  ): Promise<TCountyCaseView> {
    const deliver = deliversFor(c, own);
    const docs = deliver ? await m.find(CaseDocument, { where: { caseId: c.id }, order: { id: 'ASC' } }) : [];
    const notices = docs.filter((d) => needsReceipt(d.docType));
    const assistance = await assistViews(m, { caseId: c.id, countyCode: own.county }, this.link);
    const names = await this.bureauNames(m);
    const officers = new Map(
      (await m.findBy(User, { id: In([0, ...docs.map((d) => d.createdBy)]) })).map((u) => [u.id, u.displayName]),
    );
    return {
      ...this.item(c, names, awaitingDelivery(c, notices), assistance.filter((a) => a.status === 'open').length),
      deliver,
      notices: notices.map((d) => {
        const r = d.receiptDocId ? docs.find((x) => x.id === d.receiptDocId) : undefined;
        return {
          id: d.id,
          ...docMeta(this.profile.documents, d.docType),
          docNo: d.docNo,
          issuedOn: d.issuedOn,
          downloadUrl: this.links.document(d.id),
          receipt: r
            ? {
                confirmedAt: new Date(r.createdAt).toISOString(),
                confirmedBy: officers.get(r.createdBy) ?? '',
                recipientName: String(r.data.recipientName ?? ''),
                recipientTitle: String(r.data.recipientTitle ?? ''),
                deliveryMethod: (r.data.deliveryMethod as DeliveryMethod | undefined) ?? 'electronic',
                receivedOn: String(r.data.receivedOn ?? r.issuedOn),
                signedBy: (r.data.signedBy as string | undefined) ?? null,
                deliveredBy: (r.data.deliveredBy as string | undefined) ?? null,
              }
            : null,
        };
      }),
      assistance,
    };
  }

  private item(c: RecallCase, names: Map<string, string>, awaitingDelivery: number, openAssistance: number) {
    return {
      id: c.id,
      caseNo: caseNumber(c),
      bureauName: names.get(c.bureauCode) ?? c.bureauCode,
      producerName: c.producerName,
      producerUscc: c.producerUscc,
      productName: c.productName,
      brand: c.brand,
      stateLabel: CASE_STATES[c.state],
      awaitingDelivery,
      openAssistance,
      updatedAt: new Date(c.updatedAt).toISOString(),
    };
  }

  private async bureauNames(m: EntityManager): Promise<Map<string, string>> {
    return new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
  }
}
