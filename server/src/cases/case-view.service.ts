import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  Actor,
  DEFECT_CLASSES,
  CASE_RECORD_KINDS,
  CASE_STATES,
  caseStep,
  CaseState,
  countyBureauName,
  DEADLINE_KINDS,
  docMeta,
  deadlineStatus,
  getProvinceProfile,
  needsReceipt,
  producerSeesRecord,
  TCaseActionOption,
  TCaseDocumentSummary,
  TCaseDocumentView,
  TCaseEvent,
  TCaseSummary,
  TCaseView,
  TDeadlineView,
  transitionsForCaller,
  workingDaysLeft,
  todayInShanghai,
  type DeliveryMethod,
} from '@recall/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { notFound } from '../core/errors';
import { Bureau, CaseDocument, Recall, RecallCase, User } from '../db/entity';
import { caseRecordEvents, caseSteps } from './case-steps';
import { assistTimeline, assistViews } from './case-assist';
import { commissionEvents } from '../province-steps/commission-events';
import type { Env } from '../core/env';
import { PhotoService } from '../uploads/photo.service';
import { actorsFor } from './case-access';
import { CaseService } from './case.service';
import { Clock } from '../core/clock.service';
import { CompletionService } from './completion.service';
import { FileLinks } from './file-links';
import { uploadIdsOf } from './forms';
import { guardProblem } from './guards';
import { prefillFor } from './prefill';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { citedBasis } from './risk-basis';
import { technicalEvents } from '../clues/technical-events';
import { typicalCaseOf } from '../libraries/typical-cases';

/** A case's number as bureaus and producers quote it: 案-320500-00001. */
export const caseNumber = (c: Pick<RecallCase, 'bureauCode' | 'id'>) =>
  `案-${c.bureauCode}-${String(c.id).padStart(5, '0')}`;

/** States in which the latest document to the producer (a notice or an act) may still wait for its receipt. */
export const RECEIPT_STATES: CaseState[] = [
  'investigation_notified',
  'defect_investigation',
  'recall_notified',
  'objection_rejected',
  'plan_returned',
  'rerecall_ordered',
];

/** What each party sees of a case: the same facts, the actions open to it now, never clue or reporter data for producers. */
@Provide()
export class CaseViewService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  cases!: CaseService;

  @Inject()
  clock!: Clock;

  @Inject()
  calendar!: WorkingCalendarService;

  @Inject()
  completion!: CompletionService;

  @Inject()
  links!: FileLinks;

  @Inject()
  photos!: PhotoService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  async view(caller: Caller, id: number): Promise<TCaseView> {
    const m = this.db.manager;
    const c = await this.cases.load(m, caller, id);
    const actors = actorsFor(caller, c, this.profile.provinceBureau.code);
    const staff = !actors.includes('producer');
    const docs = await m.find(CaseDocument, { where: { caseId: id }, order: { id: 'ASC' } });
    const names = await this.userNames(
      m,
      docs.map((d) => d.createdBy),
    );
    const summary = await this.summary(m, c, docs);
    const completion = c.recallId ? await this.completion.compute(m, c) : null;
    const recall = c.recallId ? await m.findOneBy(Recall, { id: c.recallId }) : null;
    const actions = await this.actions(m, c, actors, caller);
    return {
      ...summary,
      model: c.model,
      summary: c.summary,
      discoveredOn: c.discoveredOn,
      defectClass: c.defectClass,
      defectClassName: c.defectClass ? DEFECT_CLASSES[c.defectClass] : null,
      determinationBasis: await citedBasis(m, this.profile, c.id),
      clueId: staff ? c.clueId : null,
      recallId: c.recallId,
      recallNo: recall?.recallNo ?? null,
      documents: docs.map((d) => this.docSummary(d, docs, names, staff ? null : summary.bureauName)),
      timeline: await this.timeline(m, c, staff, summary.bureauName),
      assistance: staff ? await assistViews(m, { caseId: c.id }, (u, size) => this.photos.link(u, size)) : [],
      actions,
      completion,
      prefill: await prefillFor(
        m,
        c,
        actions,
        completion,
        this.clock.today(),
        this.profile,
        summary.bureauName,
        this.calendar.current(),
      ),
      dossierUrl: staff ? this.links.dossier(c.id) : null,
      typicalCase: staff ? await typicalCaseOf(m, c.id) : null,
    };
  }

  async document(caller: Caller, caseId: number, docId: number): Promise<TCaseDocumentView> {
    const m = this.db.manager;
    const c = await this.cases.load(m, caller, caseId);
    const producerView = actorsFor(caller, c, this.profile.provinceBureau.code).includes('producer');
    const bureau = producerView ? await m.findOneBy(Bureau, { code: c.bureauCode }) : null;
    const docs = await m.find(CaseDocument, { where: { caseId }, order: { id: 'ASC' } });
    const doc = docs.find((d) => d.id === docId);
    if (!doc) throw notFound('没有找到这份文书', 'DOCUMENT_NOT_FOUND');
    const data = doc.data;
    return {
      ...this.docSummary(
        doc,
        docs,
        await this.userNames(
          m,
          docs.map((d) => d.createdBy),
        ),
        bureau?.name ?? null,
      ),
      data,
      files: uploadIdsOf(doc.docType, data).map((u) => ({
        id: u,
        url: this.photos.link(u),
        thumbUrl: this.photos.link(u, 'thumb'),
      })),
    };
  }

  async summary(m: EntityManager, c: RecallCase, docs?: CaseDocument[]): Promise<TCaseSummary> {
    const bureau = await m.findOneBy(Bureau, { code: c.bureauCode });
    const notices = (docs ?? (await m.findBy(CaseDocument, { caseId: c.id }))).filter((d) => needsReceipt(d.docType));
    // The latest document to the producer is the one that matters (a later act supersedes an older notice).
    const latest = notices.reduce<CaseDocument | null>((a, d) => (a && a.id > d.id ? a : d), null);
    return {
      id: c.id,
      caseNo: caseNumber(c),
      state: c.state,
      stateLabel: CASE_STATES[c.state],
      bureauCode: c.bureauCode,
      bureauName: bureau?.name ?? c.bureauCode,
      producerUscc: c.producerUscc,
      producerName: c.producerName,
      productName: c.productName,
      brand: c.brand,
      categoryCode: c.categoryCode,
      voluntary: !!c.voluntary,
      deadline: this.deadline(c),
      stageSummaryDueOn: c.stageDueOn,
      awaitingReceipt: RECEIPT_STATES.includes(c.state) && !!latest && !latest.receiptDocId,
      updatedAt: new Date(c.updatedAt).toISOString(),
    };
  }

  private deadline(c: RecallCase): TDeadlineView | null {
    if (!c.dueKind) return null;
    const kind = DEADLINE_KINDS[c.dueKind];
    const today = this.clock.today();
    const base = { kind: c.dueKind, label: kind.label, party: kind.party, provisional: !!c.dueProvisional };
    if (!c.dueOn) {
      const pendingReason = '自生产者收到通知书之日起计算';
      return { ...base, dueOn: null, pendingReason, status: 'pending', workingDaysLeft: null };
    }
    const cal = this.calendar.current();
    const status = deadlineStatus(c.dueOn, today, this.profile.workflow, cal);
    const left = workingDaysLeft(today, c.dueOn, cal);
    // A provisional date is never shown as passed: the real one is known only once its year is entered.
    if (c.dueProvisional && status === 'overdue')
      return { ...base, dueOn: c.dueOn, pendingReason: null, status: 'due_soon', workingDaysLeft: 0 };
    return { ...base, dueOn: c.dueOn, pendingReason: null, status, workingDaysLeft: left };
  }

  /** The actions open to the caller now: the workflow table with the profile's duties applied. */
  private async actions(
    m: EntityManager,
    c: RecallCase,
    actors: Actor[],
    caller: Caller,
  ): Promise<TCaseActionOption[]> {
    const today = this.clock.today();
    const out: TCaseActionOption[] = [];
    for (const t of transitionsForCaller(this.profile, c.state, actors, caller.role)) {
      let blockedReason: string | null = null;
      for (const g of t.guards ?? []) blockedReason ??= await guardProblem(m, g, c, today);
      out.push({
        action: t.action,
        label: t.label,
        documents: [...t.documents],
        note: t.note ?? 'none',
        blockedReason,
      });
    }
    return out;
  }

  /** `bureauAs`: for producers, the bureau's documents are signed by the bureau, not by its officers. */
  private docSummary(
    d: CaseDocument,
    all: CaseDocument[],
    names: Map<number, string>,
    bureauAs: string | null,
  ): TCaseDocumentSummary {
    const meta = docMeta(this.profile.documents, d.docType);
    const province = this.profile.provinceBureau;
    // The province's own acts (重新认定) are signed by the province.
    const signer = (doc: CaseDocument, as: string) => (doc.bureauCode === province.code ? province.name : as);
    const by = (doc: CaseDocument) =>
      bureauAs && doc.party === 'bureau' ? signer(doc, bureauAs) : (names.get(doc.createdBy) ?? '');
    const receipt = d.receiptDocId ? all.find((r) => r.id === d.receiptDocId) : undefined;
    return {
      id: d.id,
      type: d.docType,
      title: meta.title,
      annex: meta.annex,
      docNo: d.docNo,
      party: d.party,
      createdAt: new Date(d.createdAt).toISOString(),
      createdBy: by(d),
      receipt: receipt
        ? {
            confirmedAt: new Date(receipt.createdAt).toISOString(),
            confirmedBy: by(receipt),
            recipientName: receipt.data.recipientName as string,
            recipientTitle: receipt.data.recipientTitle as string,
            deliveryMethod: (receipt.data.deliveryMethod as DeliveryMethod | undefined) ?? 'electronic',
            // Receipts confirmed before the day was recorded were received the day they were confirmed.
            receivedOn: (receipt.data.receivedOn as string | undefined) ?? todayInShanghai(new Date(receipt.createdAt)),
            signedBy: (receipt.data.signedBy as string | undefined) ?? null,
            deliveredBy: (receipt.data.deliveredBy as string | undefined) ?? null,
          }
        : null,
      needsReceipt: needsReceipt(d.docType),
      downloadUrl: this.links.document(d.id),
    };
  }

  private async timeline(m: EntityManager, c: RecallCase, staff: boolean, bureauName: string): Promise<TCaseEvent[]> {
    const steps = await this.steps(m, c, staff, bureauName);
    if (!staff) return steps.map((s) => s.event);
    // Staff also see what they asked the technical institution and its answers (技术会商, 风险评估),
    // and the assistance (协查) asked of county bureaus, in the order the audit trail recorded them.
    const technical = (await technicalEvents(m, { caseId: c.id }, this.profile)).map((e) => ({
      seq: e.seq,
      event: {
        at: e.at,
        action: e.action,
        label: e.label,
        fromState: '',
        toState: '',
        actor: e.actor,
        actorRole: e.actorRole,
        note: e.note,
        late: false,
        documentIds: [],
      },
    }));
    const assists = (await assistTimeline(m, c.id, c.state, bureauName)).map(({ id, ...event }) => ({
      seq: id,
      event,
    }));
    // The province's commissions to supervise the recall and the bureaus' feedback (辽 第十七条).
    const commissions = (await commissionEvents(m, 'case', c.id, this.profile)).map((e) => ({
      seq: e.seq,
      event: {
        at: e.at,
        action: e.action,
        label: e.label,
        fromState: c.state,
        toState: c.state,
        actor: e.actor,
        actorRole: e.action === 'commissioned' ? ('province' as const) : ('bureau' as const),
        note: e.note,
        late: false,
        documentIds: [],
      },
    }));
    return [...steps, ...technical, ...assists, ...commissions].sort((a, b) => a.seq - b.seq).map((s) => s.event);
  }

  private async steps(
    m: EntityManager,
    c: RecallCase,
    staff: boolean,
    bureauName: string,
  ): Promise<Array<{ seq: number; event: TCaseEvent }>> {
    const events = await caseSteps(m, c.id);
    const records = (await caseRecordEvents(m, c.id)).filter((r) => staff || producerSeesRecord(r.kind));
    const actors = await this.users(m, [...events.map((e) => e.actorId), ...records.map((r) => r.actorId)]);
    // Records (现场调查, 约谈, 处理措施) sit among the steps in the order they were entered.
    const recordEvents = records.map((r) => {
      const user = actors.get(r.actorId);
      const org = user?.role === 'province' ? this.profile.provinceBureau.name : bureauName;
      const event: TCaseEvent = {
        at: new Date(r.createdAt).toISOString(),
        action: `record_${r.kind}`,
        label: `记录${CASE_RECORD_KINDS[r.kind]}`,
        fromState: r.state,
        toState: r.state,
        actor: staff ? `${user?.displayName}（${org}）` : org,
        actorRole: user?.role ?? 'bureau',
        note: r.summary,
        late: false,
        documentIds: [],
      };
      return { seq: r.id, event };
    });
    const stepEvents = events.map((e) => {
      const bureauSide = e.actorRole === 'bureau' || e.actorRole === 'province';
      const org = e.actorRole === 'province' ? this.profile.provinceBureau.name : bureauName;
      const user = actors.get(e.actorId);
      const name = user?.displayName;
      // Producers see the bureau as an institution, not its officers' names; a county bureau that
      // delivered a notice is named as itself.
      const county = e.actorRole === 'county' ? countyBureauName(user?.orgCode ?? '') : null;
      const actor = county
        ? staff
          ? `${name}（${county}）`
          : county
        : bureauSide
          ? staff
            ? `${name}（${org}）`
            : org
          : `${name}（${c.producerName}）`;
      const event: TCaseEvent = {
        at: new Date(e.createdAt).toISOString(),
        action: e.action,
        label: caseStep(e.action).label,
        fromState: e.fromState,
        toState: e.toState,
        actor,
        actorRole: e.actorRole,
        note: e.note,
        late: e.late,
        documentIds: e.documentIds,
      };
      return { seq: e.id, event };
    });
    return [...stepEvents, ...recordEvents].sort((a, b) => a.seq - b.seq);
  }

  private async users(m: EntityManager, ids: number[]): Promise<Map<number, User>> {
    const unique = [...new Set(ids)];
    const users = unique.length ? await m.findBy(User, { id: In(unique) }) : [];
    return new Map(users.map((u) => [u.id, u]));
  }

  private async userNames(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    const users = unique.length ? await m.findBy(User, { id: In(unique) }) : [];
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
