import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  DEFECT_CLASS_ACTIONS,
  type DefectClass,
  CASE_STATES,
  caseStep,
  DELIVERY_METHODS,
  type DeliveryMethod,
  clueStep,
  computeDeadline,
  DEADLINE_KINDS,
  DOC_TYPES,
  dutyRefusal,
  findTransition,
  stepOffered,
  getProvinceProfile,
  mayOpenCase,
  mayTakeStep,
  noticeIssuer,
  voluntaryRecallBureau,
  hasDocNumber,
  needsReceipt,
  TCaseActionRequest,
  TCaseOpenRequest,
  TChannelCountRequest,
  TVoluntaryCaseRequest,
  todayInShanghai,
  type CaseStep,
  type CaseStepName,
  type DeadlineStart,
  type DocType,
  type WorkingCalendar,
} from '@recall/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { Bureau, CaseDocument, ChannelCount, RecallCase, TechnicalRequest } from '../db/entity';
import type { Env } from '../core/env';
import { AuditService } from '../core/audit.service';
import { RecallIndexService } from '../recalls/recall-index.service';
import { actorsFor } from './case-access';
import { Clock } from '../core/clock.service';
import { nextDocNumber } from './doc-number';
import { checkPlanPublishable, FormData, parseForms, parseReceipt } from './forms';
import { guardProblem } from './guards';
import { commandTransaction } from '../core/tx';
import { ensureProducer } from '../accounts/producer-registry';
import { CaseTriggers } from './case.triggers';
import { CaseEffects } from './case-effects';
import { composeActs, withReplyDue } from './acts';
import { ClueInboxService } from '../clues/clue-inbox.service';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { citableReport } from './risk-basis';

interface StepInput {
  action: CaseStepName;
  from: string | null;
  to: string;
  note?: string | null;
  documentIds: number[];
  late?: boolean;
}

/**
 * Case commands (召回案件): open, the voluntary entry, every transition of the table, receipts and
 * completion counts. One transaction per command, with its audit event; concurrent
 * writers are caught by the case's version.
 */
@Provide()
export class CaseService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  indexer!: RecallIndexService;

  @Inject()
  triggers!: CaseTriggers;

  @Inject()
  effects!: CaseEffects;

  @Inject()
  clueInbox!: ClueInboxService;

  @Inject()
  calendar!: WorkingCalendarService;

  get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  private get policy() {
    return this.profile.workflow;
  }

  async open(caller: Caller, body: TCaseOpenRequest): Promise<number> {
    const today = this.clock.today();
    if (body.discoveredOn && body.discoveredOn > today)
      throw badRequest('发现日期不能晚于今天', [{ path: 'discoveredOn', message: '发现日期不能晚于今天' }]);
    const step = caseStep('open');
    // Who opens cases is the profile's (辽 第四、九条: the province); a city there assists.
    if (!mayOpenCase(this.profile, caller.role)) throw forbidden(dutyRefusal(this.profile, step) ?? '你不能立案');
    return commandTransaction(this.db, async (m) => {
      let discoveredOn = body.discoveredOn ?? today;
      // From a clue: the clue table decides (its handling bureau, while the clue is still open).
      if (body.clueId) {
        const clue = await this.clueInbox.mayTake(m, caller, body.clueId, clueStep('open_case'));
        await this.clueInbox.claim(m, clue, clue.status);
        // 第十一条 counts from discovery: a case opened from a clue was discovered when the clue came in.
        const received = todayInShanghai(new Date(clue.createdAt));
        discoveredOn = body.discoveredOn ?? (received < today ? received : today);
      }
      await ensureProducer(m, body.producerUscc, body.producerName);
      const c = m.create(RecallCase, {
        bureauCode: caller.org!,
        producerUscc: body.producerUscc,
        producerName: body.producerName,
        productName: body.productName,
        brand: body.brand ?? null,
        model: body.model ?? null,
        categoryCode: body.categoryCode,
        summary: body.summary,
        clueId: body.clueId ?? null,
        discoveredOn,
      });
      // 立案 counts its 3 working days from the day of discovery (第十一条).
      await this.enter(m, caller, c, step, {}, discoveredOn);
      return c.id;
    });
  }

  /**
   * 主动召回: the producer reports its plan; the case goes to the bureau the profile says receives
   * them (the province in Liaoning, 辽 第四条(三)), else to the bureau of its registration city.
   */
  async voluntary(caller: Caller, body: TVoluntaryCaseRequest): Promise<number> {
    return commandTransaction(this.db, async (m) => {
      const step = caseStep('voluntary');
      const forms = await parseForms(m, caller.userId, step.documents, body.forms);
      const plan = forms.recall_plan;
      const producer = { producerUscc: caller.org!, categoryCode: body.categoryCode };
      checkPlanPublishable(plan, producer);
      const c = m.create(RecallCase, {
        bureauCode: voluntaryRecallBureau(this.profile, caller.org!),
        ...producer,
        producerName: String(plan.producerName),
        productName: String(plan.productName),
        brand: (plan.brand as string) || null,
        model: ((plan.models as string[]) ?? []).join('、').slice(0, 100) || null,
        summary: String(plan.defect),
        voluntary: true,
        discoveredOn: this.clock.today(),
      });
      await this.enter(m, caller, c, step, forms, this.clock.today());
      return c.id;
    });
  }

  /** A case's first step: saved in the entry's state with its deadline, then its documents, effects and record. */
  private async enter(
    m: EntityManager,
    caller: Caller,
    c: RecallCase,
    step: CaseStep,
    forms: Record<string, FormData>,
    start: string,
  ): Promise<void> {
    c.state = step.to === 'same' ? c.state : step.to;
    this.startDeadline(c, step, forms, start, await this.calendar.load(m));
    await m.save(c);
    const documentIds = await this.fileDocuments(m, caller, c, forms);
    await this.effects.run(step, { m, caller, c, forms, today: this.clock.today() });
    await this.step(m, caller, c, { action: step.action, from: null, to: c.state, documentIds });
  }

  /** Takes one transition of the table for the caller, or says exactly why not. */
  async act(caller: Caller, id: number, req: TCaseActionRequest): Promise<void> {
    const t = findTransition(req.action)!;
    // A province's own step (辽 第十条) exists only where its profile has it.
    if (!stepOffered(t, this.profile.steps))
      throw badRequest(`本省没有「${t.label}」这一程序`, [{ path: 'action', message: '本省不适用' }]);
    let published = false;
    await commandTransaction(this.db, async (m) => {
      const c = await this.load(m, caller, id);
      this.authorize(caller, c, t);
      const today = this.clock.today();
      for (const g of t.guards ?? []) {
        const problem = await guardProblem(m, g, c, today);
        if (problem) throw conflict(problem, 'DEADLINE_RULE');
      }
      if (t.note === 'required' && !req.note)
        throw badRequest(`请填写${t.label}的理由`, [{ path: 'note', message: '请填写理由' }]);
      const filed = await parseForms(m, caller.userId, t.documents, req.forms);
      this.checkForms(c, filed, today);
      if (req.defectClass) c.defectClass = defectClassFor(t.action, req.defectClass);
      // The determination may cite the institution's risk-assessment report as its basis (办法 第十六条).
      const cited = req.riskReportId ? await citableReport(m, this.profile, c.id, t.action, req.riskReportId) : null;
      if (cited) filed.recall_notice = { ...filed.recall_notice, riskBasis: cited.basis };
      // Composed before the step moves the case: escalation materials state the deadline that passed.
      const forms = await composeActs(m, c, t, req.note, filed);
      // A provisional date (its year's holidays not entered yet) is never held against the producer.
      const late = t.actors.includes('producer') && !!c.dueOn && !c.dueProvisional && today > c.dueOn;
      const from = c.state;
      if (t.to !== 'same') c.state = t.to;
      this.startDeadline(c, t, forms, today, await this.calendar.load(m));
      const documentIds = await this.fileDocuments(m, caller, c, withReplyDue(forms, c));
      published = await this.effects.run(t, { m, caller, c, forms, today });
      await this.step(m, caller, c, { action: t.action, from, to: c.state, note: req.note, documentIds, late });
      if (cited) await this.cite(m, caller, cited.report, c.id, documentIds);
    });
    if (published) await this.indexer.refresh();
  }

  /** 送达回执 (附件5): the producer confirms electronically, or the bureau records a paper delivery. */
  async confirmReceipt(caller: Caller, id: number, docId: number, form: Record<string, unknown>): Promise<void> {
    await commandTransaction(this.db, async (m) => {
      const step = caseStep('confirm_receipt');
      const c = await this.load(m, caller, id);
      if (!this.mayTake(caller, c, step)) throw forbidden('只有生产者或承办局可以确认送达');
      const notice = await this.noticeAwaitingReceipt(m, id, docId);
      // The producer confirms in the app; the bureau records a paper delivery from its signed receipt.
      const paper = !actorsFor(caller, c, this.profile.provinceBureau.code).includes('producer');
      const receipt = parseReceipt(form, paper, notice, this.clock.today());
      const receivedOn = receipt.receivedOn as string;
      const note = paper
        ? `${notice.docNo} 于${receivedOn}送达（${DELIVERY_METHODS[receipt.deliveryMethod as DeliveryMethod]}，${String(receipt.signedBy)}签收）`
        : `${notice.docNo} 已送达`;
      await this.fileReceipt(m, caller, c, notice, receipt, note);
    });
  }

  /** A notice of the case that needs a 送达回执 and has none yet (404 / 409 otherwise). */
  async noticeAwaitingReceipt(m: EntityManager, caseId: number, docId: number): Promise<CaseDocument> {
    const notice = await m.findOneBy(CaseDocument, { id: docId, caseId });
    if (!notice || !needsReceipt(notice.docType)) throw notFound('没有找到这份通知书', 'DOCUMENT_NOT_FOUND');
    if (notice.receiptDocId) throw conflict('这份通知书已确认送达', 'ALREADY_RECEIVED');
    return notice;
  }

  /**
   * Files the 送达回执 of a notice (the producer's confirmation, the handling bureau's or a county
   * bureau's record of a paper delivery) as one confirm_receipt step: the reply period runs from it.
   */
  async fileReceipt(
    m: EntityManager,
    caller: Caller,
    c: RecallCase,
    notice: CaseDocument,
    receipt: FormData,
    note: string,
  ): Promise<number> {
    const step = caseStep('confirm_receipt');
    const [receiptId] = await this.fileDocuments(m, caller, c, { receipt }, notice.id);
    await m.update(CaseDocument, notice.id, { receiptDocId: receiptId });
    const receivedOn = receipt.receivedOn as string;
    await this.effects.run(step, { m, caller, c, forms: { receipt }, today: this.clock.today(), notice, receivedOn });
    await this.step(m, caller, c, { action: step.action, from: c.state, to: c.state, note, documentIds: [receiptId] });
    return receiptId;
  }

  async setChannelCount(caller: Caller, id: number, body: TChannelCountRequest): Promise<void> {
    await commandTransaction(this.db, async (m) => {
      const c = await this.load(m, caller, id);
      if (!actorsFor(caller, c, this.profile.provinceBureau.code).includes('producer')) throw forbidden();
      if (!c.recallId) throw conflict('召回公示后才能填报完成数量', 'NOT_PUBLISHED');
      await m.upsert(ChannelCount, { caseId: id, channel: body.channel, units: body.units }, ['caseId', 'channel']);
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'case.channel_count',
        entityType: 'case',
        entityId: id,
        detail: { ...body },
      });
    });
  }

  /** Records that the recall notice just filed cites the report. */
  private async cite(
    m: EntityManager,
    caller: Caller,
    report: TechnicalRequest,
    caseId: number,
    documentIds: number[],
  ): Promise<void> {
    const notice = await m.findOneByOrFail(CaseDocument, { id: In(documentIds), docType: 'recall_notice' });
    await m.update(TechnicalRequest, report.id, { citedDocId: notice.id, citedAt: new Date() });
    await this.audit.record(m, {
      actorId: caller.userId,
      action: 'technical.cited',
      entityType: 'technical_request',
      entityId: report.id,
      detail: { caseId, documentId: notice.id },
    });
  }

  /** The case, if the caller may see it at all (404 otherwise, so existence does not leak). */
  async load(m: EntityManager, caller: Caller, id: number): Promise<RecallCase> {
    const c = await m.findOneBy(RecallCase, { id });
    if (!c || !actorsFor(caller, c, this.profile.provinceBureau.code).length)
      throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    return c;
  }

  /** Whether the caller is one of the step's actors on this case, the profile's duties applied. */
  private mayTake(caller: Caller, c: RecallCase, step: CaseStep): boolean {
    return mayTakeStep(this.profile, step, actorsFor(caller, c, this.profile.provinceBureau.code), caller.role);
  }

  private authorize(caller: Caller, c: RecallCase, t: CaseStep): void {
    if (!this.mayTake(caller, c, t)) {
      // The bureau handling the case, kept from a step the profile gives the province: say who does it.
      const handles = actorsFor(caller, c, this.profile.provinceBureau.code).includes('handler');
      throw forbidden((handles && dutyRefusal(this.profile, t)) || `你不能执行「${t.label}」`);
    }
    if (!t.from.includes(c.state))
      throw conflict(`案件当前为“${CASE_STATES[c.state]}”，不能执行「${t.label}」`, 'INVALID_TRANSITION');
  }

  private checkForms(c: RecallCase, forms: Record<string, FormData>, today: string): void {
    const due = forms.investigation_notice?.reportDueOn as string | undefined;
    if (due && due <= today)
      throw badRequest('报送期限应晚于今天', [
        { path: 'forms.investigation_notice.reportDueOn', message: '报送期限应晚于今天' },
      ]);
    if (forms.recall_plan) checkPlanPublishable(forms.recall_plan, c);
  }

  /** The deadline a step starts, dated from where its kind runs from (DEADLINE_KINDS.runsFrom). */
  private startDeadline(
    c: RecallCase,
    step: CaseStep,
    forms: Record<string, FormData>,
    start: string,
    cal: WorkingCalendar,
  ): void {
    if (step.starts === undefined) return;
    if (step.starts === null) {
      Object.assign(c, { dueKind: null, dueOn: null, dueProvisional: false, dueFrom: null });
      return;
    }
    const kind = step.starts;
    type Due = { dueOn: string | null; dueProvisional: boolean; dueFrom: string | null };
    const due: Record<DeadlineStart, () => Due> = {
      step: () => {
        const d = computeDeadline(kind, start, this.policy, cal);
        return { dueOn: d.dueOn, dueProvisional: d.provisional, dueFrom: start };
      },
      // The date the bureau wrote into its notice (附件1 报送期限).
      notice: () => ({ dueOn: forms.investigation_notice.reportDueOn as string, dueProvisional: false, dueFrom: null }),
      // No date until the producer confirms the 送达回执.
      receipt: () => ({ dueOn: null, dueProvisional: false, dueFrom: null }),
    };
    Object.assign(c, { dueKind: kind, ...due[DEADLINE_KINDS[kind].runsFrom]() });
  }

  private async fileDocuments(
    m: EntityManager,
    caller: Caller,
    c: RecallCase,
    forms: Record<string, FormData>,
    forDocId: number | null = null,
  ): Promise<number[]> {
    const ids: number[] = [];
    const issuedOn = this.clock.today();
    for (const [type, data] of Object.entries(forms) as Array<[DocType, FormData]>) {
      const issuer = this.issuerOf(type, c);
      const numbered = hasDocNumber(type)
        ? await nextDocNumber(m, this.policy, await this.bureau(m, issuer), type, Number(issuedOn.slice(0, 4)))
        : null;
      const doc = await m.save(
        m.create(CaseDocument, {
          caseId: c.id,
          docType: type,
          docNo: numbered?.docNo ?? null,
          bureauCode: numbered ? issuer : null,
          year: numbered?.year ?? null,
          seq: numbered?.seq ?? null,
          party: caller.role === 'producer' ? 'producer' : 'bureau',
          data,
          issuedOn,
          createdBy: caller.userId,
          forDocId,
        }),
      );
      ids.push(doc.id);
    }
    return ids;
  }

  /**
   * Records the step once, as its audit event (the timeline is read from it), and saves the case
   * if nobody changed it meanwhile.
   */
  private async step(m: EntityManager, caller: Caller, c: RecallCase, s: StepInput): Promise<void> {
    if (s.from !== null) {
      const { id, version, createdAt: _c, updatedAt: _u, ...changes } = c;
      const r = await m.update(RecallCase, { id, version, state: s.from }, { ...changes, version: version + 1 });
      if (!r.affected) throw conflict('案件刚被他人更新，请刷新后重试', 'CASE_CHANGED');
    }
    const eventId = await this.audit.record(m, {
      actorId: caller.userId,
      action: `case.${s.action}`,
      entityType: 'case',
      entityId: c.id,
      from: s.from,
      to: s.to,
      detail: { note: s.note ?? null, documentIds: s.documentIds, late: !!s.late, actorRole: caller.role },
    });
    await this.triggers.onStep(m, {
      c,
      eventId,
      action: s.action,
      byProducer: caller.role === 'producer',
      documentIds: s.documentIds,
      note: s.note ?? null,
    });
  }

  /**
   * The bureau that issues a document: the province for its own acts (重新认定) and for the notices
   * the profile gives it (辽 第四、九条), else the handling bureau.
   */
  private issuerOf(type: DocType, c: RecallCase): string {
    const meta = DOC_TYPES[type];
    if ('issuer' in meta && meta.issuer === 'province') return this.profile.provinceBureau.code;
    return noticeIssuer(this.profile, type, c.bureauCode);
  }

  private async bureau(m: EntityManager, code: string): Promise<Bureau> {
    return m.findOneByOrFail(Bureau, { code });
  }
}

/** 缺陷类别 is given where the defect is determined, and nowhere else. */
function defectClassFor(action: string, defectClass: DefectClass): DefectClass {
  if (DEFECT_CLASS_ACTIONS.includes(action)) return defectClass;
  throw badRequest('缺陷类别在认定存在缺陷或受理召回计划时填写', [
    { path: 'defectClass', message: '这一步不填写缺陷类别' },
  ]);
}
