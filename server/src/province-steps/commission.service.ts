import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  COMMISSION_PURPOSES,
  commissionDefaultDue,
  commissionTarget,
  countyBureauName,
  dueState,
  DUE_STATE_LABELS,
  getProvinceProfile,
  isCountyCode,
  regionChildren,
  type CaseState,
  type TCommissionCreate,
  type TCommissionFeedback,
  type TCommissionList,
  type TCommissionListQuery,
  type TCommissionView,
  type WorkingCalendar,
} from '@recall/shared';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { Clue, Commission, RecallCase, Upload } from '../db/entity';
import { caseNumber } from '../cases/case-view.service';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff } from '../notify/recipients';
import { PhotoService } from '../uploads/photo.service';
import { bureauNames, userNames } from './commission-events';
import { commissionLink, commissionedStaff } from './links';

/** Clues still open to verification, and cases whose recall is under way or done (第九、十七条). */
const VERIFIABLE_CLUES = ['received', 'verifying'];
const SUPERVISABLE_CASES: CaseState[] = ['recalling', 'plan_completed', 'summarized', 'rerecall_ordered'];

/**
 * 委托核查、督促 (辽 第五、九、十七条): the province commissions a city or county bureau to verify a
 * clue or to supervise a producer's recall by a day; the bureau sees it in its workspace and files
 * its feedback once, which the province reads on the clue or case. Only where the profile has
 * `steps.commissioning`; elsewhere there is nothing to list and nothing may be commissioned.
 */
@Provide()
export class CommissionService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  calendar!: WorkingCalendarService;

  @Inject()
  photos!: PhotoService;

  @Inject()
  notifier!: NotifyService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  async list(caller: Caller, q: TCommissionListQuery): Promise<TCommissionList> {
    const rule = this.profile.steps.commissioning;
    if (!rule) return { enabled: false, targets: [], defaultDueOn: null, items: [] };
    const own = this.ownCode(caller);
    const m = this.db.manager;
    const where = {
      ...(own ? { bureauCode: own } : {}),
      ...(q.clueId ? { subjectType: 'clue' as const, subjectId: q.clueId } : {}),
      ...(q.caseId ? { subjectType: 'case' as const, subjectId: q.caseId } : {}),
    };
    const rows = await m.find(Commission, { where, order: { id: 'DESC' }, take: 200 });
    const province = caller.role === 'province';
    const cal = this.calendar.current();
    return {
      enabled: true,
      targets: province ? this.targets() : [],
      defaultDueOn: province ? commissionDefaultDue(this.profile.steps, this.clock.today(), cal)!.dueOn : null,
      items: await this.views(m, rows, cal),
    };
  }

  async view(caller: Caller, id: number): Promise<TCommissionView> {
    const m = this.db.manager;
    const row = await this.load(m, caller, id);
    return (await this.views(m, [row], this.calendar.current()))[0];
  }

  async create(caller: Caller, body: TCommissionCreate): Promise<TCommissionView> {
    const rule = this.profile.steps.commissioning;
    if (!rule) throw notFound('本省没有委托市县核查的程序', 'NO_COMMISSIONING');
    if (caller.org !== this.profile.provinceBureau.code) throw forbidden('只有省局可以委托市县核查');
    if (!rule.purposes.includes(body.purpose))
      throw badRequest('本省不委托办理这类事项', [{ path: 'purpose', message: '本省不适用' }]);
    const target = commissionTarget(this.profile, body.bureauCode, isCountyCode);
    if (typeof target === 'string') throw badRequest(target, [{ path: 'bureauCode', message: target }]);
    const today = this.clock.today();
    const id = await commandTransaction(this.db, async (m) => {
      const cal = await this.calendar.load(m);
      const subject = await this.subject(m, body);
      const dueOn = body.dueOn ?? commissionDefaultDue(this.profile.steps, today, cal)!.dueOn;
      if (dueOn < today) throw badRequest('反馈期限不能早于今天', [{ path: 'dueOn', message: '反馈期限不能早于今天' }]);
      const row = await m.save(
        m.create(Commission, {
          purpose: body.purpose,
          subjectType: subject.type,
          subjectId: subject.id,
          bureauCode: body.bureauCode,
          request: body.request,
          dueOn,
          askedBy: caller.userId,
          answerNote: null,
          answerFiles: null,
          answeredBy: null,
          answeredAt: null,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'commission.created',
        entityType: 'commission',
        entityId: row.id,
        detail: {
          purpose: body.purpose,
          subjectType: subject.type,
          subjectId: subject.id,
          bureau: body.bureauCode,
          request: body.request,
          dueOn,
        },
      });
      const label = COMMISSION_PURPOSES[body.purpose].label;
      await this.notifier.notify(m, {
        userIds: await commissionedStaff(m, body.bureauCode),
        kind: 'case_update',
        dedupeKey: `commission:${row.id}:created`,
        title: `省局委托：${label}`,
        body: `${subject.title}：${body.request}（${dueOn}前反馈）`,
        link: commissionLink(row.id),
        vars: { title: `省局委托${label}`, ref: subject.number, productName: subject.product, at: today },
      });
      return row.id;
    });
    return this.view(caller, id);
  }

  /** The commissioned bureau answers once, with its note and its own uploads. */
  async feedback(caller: Caller, id: number, body: TCommissionFeedback): Promise<TCommissionView> {
    const own = this.ownCode(caller);
    if (!own) throw forbidden('只有受委托的市局或县级市场监管局可以反馈');
    await commandTransaction(this.db, async (m) => {
      const row = await this.load(m, caller, id);
      if (row.answeredAt) throw conflict('这项委托已经反馈', 'ALREADY_ANSWERED');
      const files = [...new Set(body.fileIds)];
      if (files.length) {
        const mine = await m.findBy(Upload, { id: In(files), ownerId: caller.userId });
        const bad = body.fileIds.findIndex((f) => !mine.some((u) => u.id === f));
        if (bad >= 0)
          throw badRequest('附件不存在或不是本账号上传的', [{ path: `fileIds.${bad}`, message: '无效的附件' }]);
      }
      // Guarded: of two simultaneous answers exactly one is kept.
      const r = await m.update(
        Commission,
        { id: row.id, answeredAt: IsNull() },
        { answerNote: body.note, answerFiles: files, answeredBy: caller.userId, answeredAt: new Date() },
      );
      if (!r.affected) throw conflict('这项委托已经反馈', 'ALREADY_ANSWERED');
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'commission.answered',
        entityType: 'commission',
        entityId: row.id,
        detail: { bureau: own, note: body.note, files },
      });
      const names = await this.bureauNames(m);
      await this.notifier.notify(m, {
        userIds: await bureauStaff(m, this.profile.provinceBureau.code),
        kind: 'case_update',
        dedupeKey: `commission:${row.id}:answered`,
        title: `${names(own)}已反馈：${COMMISSION_PURPOSES[row.purpose].label}`,
        body: body.note,
        link: commissionLink(row.id),
        vars: { title: '委托事项已反馈', ref: `委托-${row.id}`, productName: '', at: this.clock.today() },
      });
    });
    return this.view(caller, id);
  }

  /** Commissions past their day without feedback (督办), oldest first. */
  async overdue(m: EntityManager, today: string): Promise<Commission[]> {
    const rows = await m.find(Commission, { where: { answeredAt: IsNull() }, order: { dueOn: 'ASC', id: 'ASC' } });
    return rows.filter((r) => r.dueOn < today);
  }

  /** The caller's own bureau when it is a city or county bureau (null for the province, which sees all). */
  private ownCode(caller: Caller): string | null {
    if (caller.role === 'province') return null;
    return caller.org ?? '';
  }

  /** The commission, if the caller may see it: the province any, a bureau those made to it (404 otherwise). */
  private async load(m: EntityManager, caller: Caller, id: number): Promise<Commission> {
    const own = this.ownCode(caller);
    const row = await m.findOneBy(Commission, { id, ...(own === null ? {} : { bureauCode: own }) });
    if (!row || !this.profile.steps.commissioning) throw notFound('没有找到这项委托', 'COMMISSION_NOT_FOUND');
    return row;
  }

  private async subject(m: EntityManager, body: TCommissionCreate) {
    if (body.purpose === 'verify_clue') {
      const clue = await m.findOneBy(Clue, { id: body.clueId! });
      if (!clue) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
      if (!VERIFIABLE_CLUES.includes(clue.status)) throw conflict('线索已办结，不能再委托核实', 'CLUE_CLOSED');
      return {
        type: 'clue' as const,
        id: clue.id,
        number: clue.receiptNo,
        title: clueTitle(clue),
        product: clue.productName,
      };
    }
    const c = await m.findOneBy(RecallCase, { id: body.caseId! });
    if (!c) throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    if (!SUPERVISABLE_CASES.includes(c.state))
      throw conflict(`案件当前为“${CASE_STATES[c.state]}”，召回实施后才能委托督促`, 'NOT_RECALLING');
    return {
      type: 'case' as const,
      id: c.id,
      number: caseNumber(c),
      title: `${c.producerName}「${c.productName}」`,
      product: c.productName,
    };
  }

  private async views(m: EntityManager, rows: Commission[], cal: WorkingCalendar): Promise<TCommissionView[]> {
    if (!rows.length) return [];
    const today = this.clock.today();
    const users = await this.userNames(
      m,
      rows.flatMap((r) => [r.askedBy, r.answeredBy ?? 0]),
    );
    const names = await this.bureauNames(m);
    const ids = (t: 'clue' | 'case') => rows.filter((r) => r.subjectType === t).map((r) => r.subjectId);
    const clues = new Map((await m.findBy(Clue, { id: In([0, ...ids('clue')]) })).map((c) => [c.id, c]));
    const cases = new Map((await m.findBy(RecallCase, { id: In([0, ...ids('case')]) })).map((c) => [c.id, c]));
    const link = (u: string, size?: 'thumb') => this.photos.link(u, size);
    return rows.map((r) => {
      const state = dueState(this.profile.workflow, r.dueOn, !!r.answeredAt, today, cal);
      const clue = r.subjectType === 'clue' ? clues.get(r.subjectId) : undefined;
      const c = r.subjectType === 'case' ? cases.get(r.subjectId) : undefined;
      return {
        id: r.id,
        purpose: r.purpose,
        purposeLabel: COMMISSION_PURPOSES[r.purpose].label,
        subject: clue
          ? {
              type: 'clue' as const,
              id: clue.id,
              number: clue.receiptNo,
              title: clueTitle(clue),
              // What the bureau verifies: the consumer's account of the problem, no contact data.
              summary: clue.description,
            }
          : {
              type: 'case' as const,
              id: r.subjectId,
              number: c ? caseNumber(c) : '',
              title: c ? `${c.producerName}「${c.productName}」` : '',
              summary: c ? CASE_STATES[c.state] : '',
            },
        bureauCode: r.bureauCode,
        bureauName: names(r.bureauCode),
        request: r.request,
        dueOn: r.dueOn,
        state,
        stateLabel: DUE_STATE_LABELS[state],
        askedAt: new Date(r.createdAt).toISOString(),
        askedBy: users.get(r.askedBy) ?? '',
        feedback: r.answeredAt
          ? {
              note: r.answerNote ?? '',
              files: (r.answerFiles ?? []).map((id) => ({ id, url: link(id), thumbUrl: link(id, 'thumb') })),
              answeredAt: new Date(r.answeredAt).toISOString(),
              answeredBy: users.get(r.answeredBy ?? 0) ?? '',
            }
          : null,
      };
    });
  }

  /** Whom the province may commission: the city bureaus, then each city's counties, as the profile allows. */
  private targets(): TCommissionList['targets'] {
    const levels = this.profile.steps.commissioning?.levels ?? [];
    return this.profile.cityBureaus.flatMap((b) => [
      ...(levels.includes('city') ? [{ code: b.code, name: b.name, level: 'city' as const }] : []),
      ...(levels.includes('county')
        ? regionChildren(b.code)
            .filter((r) => isCountyCode(r.code))
            .map((r) => ({ code: r.code, name: countyBureauName(r.code), level: 'county' as const }))
        : []),
    ]);
  }

  private bureauNames(m: EntityManager) {
    return bureauNames(m);
  }

  private userNames(m: EntityManager, ids: number[]) {
    return userNames(m, ids);
  }
}

const clueTitle = (c: Clue) => `${c.brand ? `${c.brand} ` : ''}${c.productName}`;
