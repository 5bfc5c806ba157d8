import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  DEFECT_CLASSES,
  getProvinceProfile,
  profileInstitution,
  CHECK_RESULTS,
  EFFECT_CONCLUSIONS,
  effectRate,
  PLAN_CONCLUSIONS,
  PLAN_CRITERIA,
  RISK_LEVELS,
  TECHNICAL_ANSWERS,
  TECHNICAL_KINDS,
  TECHNICAL_STATUSES,
  type CaseState,
  type ClueStatus,
  type RiskLevel,
  type TConsultationAnswer,
  type TEffectEvaluationAnswer,
  type TechnicalKind,
  type TPlanEvaluationAnswer,
  type TRiskReportAnswer,
  type TTechnicalRequestCreate,
  type TTechnicalRequestDetail,
  type TTechnicalRequestList,
  type TTechnicalRequestListQuery,
  type TTechnicalRequestView,
} from '@recall/shared';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { badRequest, conflict, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { Bureau, CaseDocument, Clue, RecallCase, TechnicalRequest, Upload, User } from '../db/entity';
import { ClueService } from '../clues/clue.service';
import { actorsFor } from '../cases/case-access';
import { caseNumber, CaseViewService } from '../cases/case-view.service';
import { PhotoService } from '../uploads/photo.service';
import { CompletionService } from '../cases/completion.service';
import { ExpertService } from '../libraries/expert.service';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff, LINKS, technicalStaff } from '../notify/recipients';

type Answer = TConsultationAnswer | TRiskReportAnswer | TPlanEvaluationAnswer | TEffectEvaluationAnswer;

/** A clue or a case that is closed: nothing more to consult or assess on it. */
const CLOSED_CLUE: ClueStatus[] = ['merged', 'rejected'];
const CLOSED_CASE: CaseState[] = ['closed_no_defect', 'archived'];
/**
 * Where each kind of request on a case is asked: a plan's form evaluation while the bureau reviews
 * the plan (before it accepts or returns it); an effect evaluation once the recall is under way or
 * done (its conclusion may lead to 重新召回, which the workflow allows from the same states).
 */
const CASE_STATES_FOR: Partial<Record<TechnicalKind, CaseState[]>> = {
  plan_evaluation: ['plan_submitted'],
  effect_evaluation: ['recalling', 'plan_completed', 'summarized'],
};

/**
 * 技术会商 and 风险评估 (苏 第七、九、十三条; 办法 第十六条): bureaus ask the technical institution
 * about a clue or a case they handle; the institution reads only what it is asked about (the
 * reporter's personal data masked) and answers once. Every change is one audit event.
 */
@Provide()
export class TechnicalService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  clues!: ClueService;

  @Inject()
  caseViews!: CaseViewService;

  @Inject()
  photos!: PhotoService;

  @Inject()
  completion!: CompletionService;

  @Inject()
  experts!: ExpertService;

  @Inject()
  notifier!: NotifyService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  institutions() {
    return { items: this.profile.technicalInstitutions.map((t) => ({ code: t.code, name: t.name })) };
  }

  async create(caller: Caller, body: TTechnicalRequestCreate): Promise<number> {
    const institution = this.institutionFor(body.institutionCode);
    if (body.dueOn <= this.clock.today())
      throw badRequest('答复期限应晚于今天', [{ path: 'dueOn', message: '答复期限应晚于今天' }]);
    return commandTransaction(this.db, async (m) => {
      let subject: { ref: string; productName: string };
      if (body.clueId) {
        const clue = await this.clueFor(m, caller, body.clueId);
        subject = { ref: clue.receiptNo, productName: clue.productName };
        if (CLOSED_CLUE.includes(clue.status as ClueStatus))
          throw conflict(
            `线索 ${clue.receiptNo} 已${clue.status === 'merged' ? '合并' : '不予受理'}，不能再请求技术会商`,
            'SUBJECT_CLOSED',
          );
      } else {
        const c = await this.caseFor(m, caller, body.caseId!);
        if (CLOSED_CASE.includes(c.state))
          throw conflict(
            `案件 ${caseNumber(c)} ${CASE_STATES[c.state]}，不能再请求${TECHNICAL_KINDS[body.kind]}`,
            'SUBJECT_CLOSED',
          );
        const states = CASE_STATES_FOR[body.kind];
        if (states && !states.includes(c.state))
          throw conflict(
            body.kind === 'plan_evaluation'
              ? `案件 ${caseNumber(c)} ${CASE_STATES[c.state]}，只有召回计划审查中才能请求召回计划形式评估`
              : `案件 ${caseNumber(c)} ${CASE_STATES[c.state]}，召回实施后才能请求召回效果评估`,
            'WRONG_CASE_STATE',
          );
        subject = { ref: `CASE-${c.id}`, productName: c.productName };
      }
      if (body.expertIds.length && body.kind !== 'consultation')
        throw badRequest('只有技术会商需要选择专家', [{ path: 'expertIds', message: '只有技术会商需要选择专家' }]);
      await this.experts.checkActive(m, body.expertIds, 'expertIds');
      await checkOwnUploads(m, caller.userId, body.materialIds, 'materialIds', '材料');
      const r = await m.save(
        m.create(TechnicalRequest, {
          kind: body.kind,
          clueId: body.clueId ?? null,
          caseId: body.clueId ? null : body.caseId!,
          institutionCode: institution.code,
          requesterCode: caller.org!,
          requestedBy: caller.userId,
          question: body.question,
          materialIds: body.materialIds,
          dueOn: body.dueOn,
          expertIds: body.expertIds,
          status: 'pending',
          answer: null,
          answeredBy: null,
          answeredAt: null,
          answeredOn: null,
          citedDocId: null,
          citedAt: null,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'technical.requested',
        entityType: 'technical_request',
        entityId: r.id,
        to: 'pending',
        detail: {
          kind: body.kind,
          clueId: r.clueId,
          caseId: r.caseId,
          institution: institution.code,
          by: caller.org!,
        },
      });
      const asker = (await m.findOneBy(Bureau, { code: caller.org! }))?.name ?? '';
      await this.notifier.notify(m, {
        userIds: await technicalStaff(m, institution.code),
        kind: 'technical_requested',
        dedupeKey: `technical:${r.id}:asked`,
        title: `${asker}请求${TECHNICAL_KINDS[body.kind]}：${subject.productName}`,
        body: `${body.question}（请于${body.dueOn}前答复）`,
        link: LINKS.technicalRequest(r.id),
        vars: { title: `请求${TECHNICAL_KINDS[body.kind]}`, ...subject, at: new Date().toISOString() },
      });
      return r.id;
    });
  }

  /** The institution's answer, of the kind the request asks for (a record, a report, an evaluation). */
  async answer(caller: Caller, id: number, kind: TechnicalKind, body: Answer): Promise<void> {
    await commandTransaction(this.db, async (m) => {
      const r = await this.load(m, caller, id);
      if (r.kind !== kind)
        throw conflict(
          `这是一项${TECHNICAL_KINDS[r.kind]}请求，请提交${TECHNICAL_ANSWERS[r.kind]}`,
          'WRONG_ANSWER_KIND',
        );
      if (r.status !== 'pending') throw conflict('这项请求已经答复，不能重复提交', 'ALREADY_ANSWERED');
      if ('expertIds' in body) await this.experts.checkActive(m, body.expertIds, 'expertIds');
      await checkOwnUploads(
        m,
        caller.userId,
        body.fileIds,
        'fileIds',
        kind === 'risk_assessment' || kind === 'effect_evaluation' ? '评估报告文件' : '附件',
      );
      const now = new Date();
      const res = await m.update(
        TechnicalRequest,
        { id, status: 'pending' },
        {
          status: 'answered',
          answer: { ...body },
          answeredBy: caller.userId,
          answeredAt: now,
          answeredOn: this.clock.today(),
        },
      );
      if (!res.affected) throw conflict('这项请求已经答复，不能重复提交', 'ALREADY_ANSWERED');
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'technical.answered',
        entityType: 'technical_request',
        entityId: id,
        from: 'pending',
        to: 'answered',
        detail: { kind, institution: r.institutionCode },
      });
      const institutionName = profileInstitution(this.profile, r.institutionCode)?.name ?? r.institutionCode;
      const clue = r.clueId ? await m.findOneByOrFail(Clue, { id: r.clueId }) : null;
      const c = r.caseId ? await m.findOneByOrFail(RecallCase, { id: r.caseId }) : null;
      const productName = clue?.productName ?? c?.productName ?? '';
      const answered = kind === 'consultation' ? '技术会商记录' : '风险评估报告';
      await this.notifier.notify(m, {
        userIds: await bureauStaff(m, r.requesterCode),
        kind: 'technical_answered',
        dedupeKey: `technical:${id}:answered`,
        title: `${institutionName}提交了${answered}：${productName}`,
        body: body.conclusion,
        link: clue ? LINKS.bureauClue(clue.id) : LINKS.bureauCase(c!.id),
        vars: {
          title: `${TECHNICAL_KINDS[kind]}已答复`,
          ref: clue ? clue.receiptNo : `CASE-${c!.id}`,
          productName,
          at: now.toISOString(),
        },
      });
    });
  }

  async list(caller: Caller, q: TTechnicalRequestListQuery): Promise<TTechnicalRequestList> {
    const m = this.db.manager;
    const where: FindOptionsWhere<TechnicalRequest> = {};
    if (caller.role === 'technical') where.institutionCode = caller.org!;
    if (q.clueId) {
      if (caller.role !== 'technical') await this.clueFor(m, caller, q.clueId);
      where.clueId = q.clueId;
    }
    if (q.caseId) {
      if (caller.role !== 'technical') await this.caseFor(m, caller, q.caseId);
      where.caseId = q.caseId;
    }
    // Without a subject, a city bureau sees what it asked; the province sees every request.
    if (caller.role === 'bureau' && !q.clueId && !q.caseId) where.requesterCode = caller.org!;
    if (q.kind) where.kind = q.kind;
    const all = await m.find(TechnicalRequest, { where, order: { id: 'DESC' } });
    const today = this.clock.today();
    const counts = {
      pending: all.filter((r) => r.status === 'pending').length,
      answered: all.filter((r) => r.status === 'answered').length,
      overdue: all.filter((r) => r.status === 'pending' && r.dueOn < today).length,
    };
    const rows = (q.status ? all.filter((r) => r.status === q.status) : all).slice(
      (q.page - 1) * q.pageSize,
      q.page * q.pageSize,
    );
    const total = q.status ? counts[q.status] : all.length;
    return { items: await this.views(m, caller, rows), total, counts };
  }

  async view(caller: Caller, id: number): Promise<TTechnicalRequestDetail> {
    const m = this.db.manager;
    const r = await this.load(m, caller, id);
    const [view] = await this.views(m, caller, [r]);
    let clue: TTechnicalRequestDetail['clue'] = null;
    let kase: TTechnicalRequestDetail['case'] = null;
    if (r.clueId) {
      const found = await m.findOneByOrFail(Clue, { id: r.clueId });
      // The institution reads the clue with the reporter's personal data masked; a bureau as it may see it.
      const mode = caller.role === 'technical' ? 'masked' : ((await this.clues.access(caller, found)) ?? 'masked');
      const { timeline: _t, ...rest } = await this.clues.render(found, mode, false, true);
      clue = rest;
    } else {
      const c = await m.findOneByOrFail(RecallCase, { id: r.caseId! });
      kase = {
        ...(await this.caseViews.summary(m, c)),
        model: c.model,
        summary: c.summary,
        discoveredOn: c.discoveredOn,
        defectClassName: c.defectClass ? DEFECT_CLASSES[c.defectClass] : null,
        completion: c.recallId ? pickCompletion(await this.completion.compute(m, c)) : null,
      };
    }
    return { ...view, clue, case: kase };
  }

  /** A request the caller may see: the institution asked, or staff who may see its clue or case (404 otherwise). */
  private async load(m: EntityManager, caller: Caller, id: number): Promise<TechnicalRequest> {
    const r = await m.findOneBy(TechnicalRequest, { id });
    const missing = () => notFound('没有找到这项技术会商或风险评估请求', 'TECHNICAL_REQUEST_NOT_FOUND');
    if (!r) throw missing();
    if (caller.role === 'technical') {
      if (r.institutionCode !== caller.org) throw missing();
      return r;
    }
    try {
      if (r.clueId) await this.clueFor(m, caller, r.clueId);
      else await this.caseFor(m, caller, r.caseId!);
    } catch {
      throw missing();
    }
    return r;
  }

  private institutionFor(code: string | undefined) {
    const list = this.profile.technicalInstitutions;
    const found = code ? profileInstitution(this.profile, code.toUpperCase()) : list[0];
    if (!found)
      throw badRequest(code ? `没有代码为 ${code} 的召回技术机构` : '本省尚未配置召回技术机构', [
        { path: 'institutionCode', message: '未知的技术机构' },
      ]);
    return found;
  }

  /** A clue staff may see (routed or copied to their bureau). */
  private async clueFor(m: EntityManager, caller: Caller, id: number): Promise<Clue> {
    const clue = await m.findOneBy(Clue, { id });
    if (!clue || !(await this.clues.access(caller, clue))) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    return clue;
  }

  /** A case the caller handles, or supervises as the province. */
  private async caseFor(m: EntityManager, caller: Caller, id: number): Promise<RecallCase> {
    const c = await m.findOneBy(RecallCase, { id });
    const actors = c ? actorsFor(caller, c, this.profile.provinceBureau.code) : [];
    if (!c || !(actors.includes('handler') || actors.includes('province')))
      throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    return c;
  }

  private async views(m: EntityManager, caller: Caller, rows: TechnicalRequest[]): Promise<TTechnicalRequestView[]> {
    if (!rows.length) return [];
    const expertIds = rows.flatMap((r) => [...(r.expertIds ?? []), ...((r.answer?.expertIds as number[]) ?? [])]);
    const experts = new Map((await this.experts.refs(m, caller, expertIds)).map((e) => [e.id, e]));
    const expertRefs = (ids: number[] | null | undefined) => (ids ?? []).flatMap((id) => experts.get(id) ?? []);
    const userIds = [...new Set(rows.flatMap((r) => [r.requestedBy, r.answeredBy ?? 0]).filter(Boolean))];
    const users = new Map((await m.findBy(User, { id: In(userIds) })).map((u) => [u.id, u.displayName]));
    const bureaus = new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
    const clueIds = rows.flatMap((r) => (r.clueId ? [r.clueId] : []));
    const caseIds = rows.flatMap((r) => (r.caseId ? [r.caseId] : []));
    const clues = new Map(
      (clueIds.length ? await m.findBy(Clue, { id: In(clueIds) }) : []).map((c) => [c.id, c] as const),
    );
    const cases = new Map(
      (caseIds.length ? await m.findBy(RecallCase, { id: In(caseIds) }) : []).map((c) => [c.id, c] as const),
    );
    const docIds = rows.flatMap((r) => (r.citedDocId ? [r.citedDocId] : []));
    const docs = new Map(
      (docIds.length ? await m.findBy(CaseDocument, { id: In(docIds) }) : []).map((d) => [d.id, d] as const),
    );
    const today = this.clock.today();
    const link = (id: string) => ({ id, url: this.photos.link(id), thumbUrl: this.photos.link(id, 'thumb') });
    return rows.map((r) => {
      const clue = r.clueId ? clues.get(r.clueId) : undefined;
      const c = r.caseId ? cases.get(r.caseId) : undefined;
      const institutionName = profileInstitution(this.profile, r.institutionCode)?.name ?? r.institutionCode;
      const a = r.answer as
        | (Partial<TConsultationAnswer> &
            Partial<Omit<TRiskReportAnswer, 'conclusion'>> &
            Partial<Omit<TPlanEvaluationAnswer, 'conclusion' | 'opinion'>> &
            Partial<Omit<TEffectEvaluationAnswer, 'opinion'>> & { conclusion?: string; opinion?: string })
        | null;
      return {
        id: r.id,
        kind: r.kind,
        kindLabel: TECHNICAL_KINDS[r.kind],
        status: r.status,
        statusLabel: TECHNICAL_STATUSES[r.status],
        subject: clue
          ? { type: 'clue' as const, id: clue.id, label: `线索 ${clue.receiptNo}`, productName: clue.productName }
          : { type: 'case' as const, id: c!.id, label: `案件 ${caseNumber(c!)}`, productName: c!.productName },
        institutionCode: r.institutionCode,
        institutionName,
        requesterCode: r.requesterCode,
        requesterName: bureaus.get(r.requesterCode) ?? r.requesterCode,
        requestedBy: users.get(r.requestedBy) ?? '',
        requestedAt: new Date(r.createdAt).toISOString(),
        question: r.question,
        materials: r.materialIds.map(link),
        experts: expertRefs(r.expertIds),
        dueOn: r.dueOn,
        overdue: r.status === 'pending' && r.dueOn < today,
        answer:
          a && r.answeredAt
            ? {
                answeredAt: new Date(r.answeredAt).toISOString(),
                answeredOn: r.answeredOn ?? '',
                answeredBy: `${users.get(r.answeredBy ?? 0) ?? ''}（${institutionName}）`,
                consultation:
                  r.kind === 'consultation'
                    ? {
                        participants: a.participants ?? [],
                        experts: expertRefs(a.expertIds),
                        opinion: a.opinion ?? '',
                        conclusion: a.conclusion ?? '',
                      }
                    : null,
                report:
                  r.kind === 'risk_assessment'
                    ? {
                        hazard: a.hazard ?? '',
                        riskLevel: a.riskLevel as RiskLevel,
                        riskLevelLabel: RISK_LEVELS[a.riskLevel as RiskLevel] ?? '',
                        scope: a.scope ?? '',
                        basis: a.basis ?? '',
                        conclusion: a.conclusion ?? '',
                      }
                    : null,
                planEvaluation:
                  r.kind === 'plan_evaluation' && a.checklist
                    ? {
                        checklist: PLAN_CRITERIA.map(([key, label]) => ({
                          key,
                          label,
                          result: a.checklist![key].result,
                          resultLabel: CHECK_RESULTS[a.checklist![key].result],
                          note: a.checklist![key].note,
                        })),
                        conclusion: a.conclusion as keyof typeof PLAN_CONCLUSIONS,
                        conclusionLabel: PLAN_CONCLUSIONS[a.conclusion as keyof typeof PLAN_CONCLUSIONS],
                        opinion: a.opinion ?? '',
                      }
                    : null,
                effectEvaluation:
                  r.kind === 'effect_evaluation'
                    ? {
                        unitsInScope: a.unitsInScope ?? 0,
                        unitsRemedied: a.unitsRemedied ?? 0,
                        rate: effectRate(a.unitsRemedied ?? 0, a.unitsInScope ?? 0),
                        channelsReached: a.channelsReached ?? '',
                        residualRisk: a.residualRisk ?? '',
                        conclusion: a.conclusion as keyof typeof EFFECT_CONCLUSIONS,
                        conclusionLabel: EFFECT_CONCLUSIONS[a.conclusion as keyof typeof EFFECT_CONCLUSIONS],
                        opinion: a.opinion ?? '',
                      }
                    : null,
                files: (a.fileIds ?? []).map(link),
              }
            : null,
        citedBy:
          r.citedDocId && r.citedAt
            ? { docNo: docs.get(r.citedDocId)?.docNo ?? null, citedAt: new Date(r.citedAt).toISOString() }
            : null,
      };
    });
  }
}

const pickCompletion = (c: { involved: number; completed: number; rate: number }) => ({
  involved: c.involved,
  completed: c.completed,
  rate: c.rate,
});

/** Files named in a request or an answer must be the caller's own uploads. */
async function checkOwnUploads(m: EntityManager, ownerId: number, ids: string[], path: string, label: string) {
  if (!ids.length) return;
  const own = await m.countBy(Upload, { id: In(ids), ownerId });
  if (own !== new Set(ids).size)
    throw badRequest(`${label}中有无效的文件`, [{ path, message: `${label}中有无效的文件` }]);
}
