import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  COMMISSION_PURPOSES,
  DEADLINE_KINDS,
  getProvinceProfile,
  parseUscc,
  provinceAuthority,
  regionName,
  type TCaseSummary,
  type TOversightResponse,
} from '@recall/shared';
import { DataSource, Not, In, Like } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { Clock } from '../core/clock.service';
import { Bureau, Clue, Message, RecallCase } from '../db/entity';
import { LINKS } from '../notify/recipients';
import { CaseViewService } from '../cases/case-view.service';
import { cityOf, placeName } from './statistics';
import { CommissionService } from '../province-steps/commission.service';
import { unsharedClues } from '../province-steps/clue-sharing.service';
import { bureauNames } from '../province-steps/commission-events';
import { commissionLink } from '../province-steps/links';
import { WorkingCalendarService } from '../core/working-calendar.service';

const CLOSED = ['closed_no_defect', 'archived'];
const OPEN_CLUES = ['received', 'verifying'];

/** What waits for the province, by case state (办法 第十七条; 苏 第十九条). */
const FOR_PROVINCE: Record<string, string> = {
  objection_filed: '生产者对缺陷认定提出异议，待省局重新认定',
  escalated: '市局提请责令召回，待省局报请国家市场监督管理总局',
};

type Row = TOversightResponse['cities'][number];
type Waiting = TOversightResponse['waiting'][number];

/**
 * 督办 (苏 第四条(三)): every open case with its deadline state, by city; what is overdue and who owes
 * it; what waits for the province — cases, and clues it must coordinate (cross-city) or pass to another
 * province (苏 第四条(二)); the reminders it received when a city missed a deadline. A city bureau
 * sees its own cases and clues only.
 */
@Provide()
export class OversightService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clock!: Clock;

  @Inject()
  views!: CaseViewService;

  @Inject()
  commissions!: CommissionService;

  @Inject()
  calendar!: WorkingCalendarService;

  async overview(caller: Caller): Promise<TOversightResponse> {
    const m = this.db.manager;
    const today = this.clock.today();
    const where = {
      state: Not(In(CLOSED)),
      ...(caller.role === 'bureau' ? { bureauCode: caller.org ?? '' } : {}),
    } as const;
    const cases = await m.find(RecallCase, { where, order: { id: 'ASC' } });
    const summaries = await Promise.all(cases.map((c) => this.views.summary(m, c)));
    const cities = new Map<string, Row>();
    const out: TOversightResponse = { asOf: today, cities: [], overdue: [], waiting: [], reminders: [] };
    for (const s of summaries) {
      const code = cityOf(s.bureauCode);
      const row = cities.get(code) ?? this.emptyRow(code);
      cities.set(code, row);
      row.open += 1;
      if (s.awaitingReceipt) row.awaitingReceipt += 1;
      for (const o of this.overdueOf(s, today)) {
        out.overdue.push({ ...o, city: row.name });
        if (o.party === 'producer') row.overdueProducer += 1;
        else row.overdueBureau += 1;
      }
      if (s.deadline?.status === 'due_soon') row.dueSoon += 1;
      const reason = FOR_PROVINCE[s.state];
      if (reason)
        out.waiting.push({
          kind: 'case',
          ...this.ref(s),
          clueId: null,
          receiptNo: null,
          reason,
          link: LINKS.bureauCase(s.id),
        });
    }
    out.cities = [...cities.values()].sort((a, b) => a.code.localeCompare(b.code));
    out.overdue.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId - b.caseId);
    out.waiting.push(...(await this.waitingClues(caller)));
    out.waiting.push(...(await this.provinceSteps(caller, today)));
    out.reminders = caller.role === 'bureau' ? [] : await this.reminders();
    return out;
  }

  /**
   * Open clues the province must act on: a producer registered in another province (to pass on,
   * 苏 第四条(二)), a clue routed to the province itself, and a clue whose producer and place of
   * purchase are in two cities of the province (the province coordinates).
   */
  private async waitingClues(caller: Caller): Promise<Waiting[]> {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const province = profile.provinceBureau;
    const own = (code: string) => code.slice(0, 2) === profile.regionCode.slice(0, 2);
    const clues = await this.db.getRepository(Clue).find({
      where: {
        status: In(OPEN_CLUES),
        ...(caller.role === 'bureau' ? { bureauCode: caller.org ?? '' } : {}),
      },
      order: { id: 'ASC' },
    });
    const names = new Map((await this.db.getRepository(Bureau).find()).map((b) => [b.code, b.name]));
    const out: Waiting[] = [];
    for (const c of clues) {
      const r = c.producerUscc ? parseUscc(c.producerUscc) : undefined;
      const producerAt = r?.valid ? r.divisionCode : undefined;
      let reason: string | undefined;
      if (producerAt && !own(producerAt)) {
        const other = regionName(`${producerAt.slice(0, 2)}0000`) ?? producerAt;
        reason =
          c.bureauCode === province.code
            ? `生产者注册地在${other}，待省局移送${provinceAuthority(other)}`
            : `生产者注册地在${other}，待承办局移送省局跨省移送`;
      } else if (c.bureauCode === province.code) {
        reason = '线索由省局受理，待核实处理';
      } else if (producerAt && own(c.regionCode) && cityOf(producerAt) !== cityOf(c.regionCode)) {
        reason = `跨市线索：生产者在${placeName(cityOf(producerAt))}，购买或使用地在${placeName(cityOf(c.regionCode))}，由省局协调`;
      }
      if (!reason) continue;
      out.push({
        kind: 'clue',
        caseId: null,
        caseNo: null,
        clueId: c.id,
        receiptNo: c.receiptNo,
        bureauName: names.get(c.bureauCode) ?? c.bureauCode,
        productName: c.productName,
        producerName: c.producerName ?? '未能识别生产者',
        reason,
        link: LINKS.bureauClue(c.id),
      });
    }
    return out;
  }

  /**
   * A province's own steps past their day (辽 第八、十七条): commissions without feedback (the province
   * sees all, a city bureau those made to it) and clues the province has not shared in time.
   */
  private async provinceSteps(caller: Caller, today: string): Promise<Waiting[]> {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const m = this.db.manager;
    const out: Waiting[] = [];
    if (profile.steps.commissioning) {
      const late = (await this.commissions.overdue(m, today)).filter(
        (r) => caller.role !== 'bureau' || r.bureauCode === caller.org,
      );
      const names = await bureauNames(m);
      const clues = new Map(
        (await m.findBy(Clue, { id: In([0, ...late.map((r) => r.subjectId)]) })).map((c) => [c.id, c]),
      );
      const cases = new Map(
        (await m.findBy(RecallCase, { id: In([0, ...late.map((r) => r.subjectId)]) })).map((c) => [c.id, c]),
      );
      for (const r of late) {
        const clue = r.subjectType === 'clue' ? clues.get(r.subjectId) : undefined;
        const c = r.subjectType === 'case' ? cases.get(r.subjectId) : undefined;
        const reason = `委托${names(r.bureauCode)}${COMMISSION_PURPOSES[r.purpose].label}，应于 ${r.dueOn} 前反馈，已逾期`;
        out.push({
          kind: r.subjectType,
          caseId: c?.id ?? null,
          caseNo: c ? (await this.views.summary(m, c)).caseNo : null,
          clueId: clue?.id ?? null,
          receiptNo: clue?.receiptNo ?? null,
          bureauName: names(r.bureauCode),
          productName: clue?.productName ?? c?.productName ?? '',
          producerName: clue ? (clue.producerName ?? '未能识别生产者') : (c?.producerName ?? ''),
          reason,
          link: commissionLink(r.id),
        });
      }
    }
    if (profile.steps.clueSharing && caller.role !== 'bureau') {
      for (const d of await unsharedClues(m, profile, this.calendar.current())) {
        if (d.dueOn >= today) continue;
        out.push({
          kind: 'clue',
          caseId: null,
          caseNo: null,
          clueId: d.clue.id,
          receiptNo: d.clue.receiptNo,
          bureauName: profile.provinceBureau.name,
          productName: d.clue.productName,
          producerName: d.clue.producerName ?? '未能识别生产者',
          reason: `线索应于 ${d.dueOn} 前共享给省局相关处室、单位（${profile.steps.clueSharing.workingDays}个工作日），已逾期`,
          link: LINKS.bureauClue(d.clue.id),
        });
      }
    }
    return out;
  }

  /**
   * The 督办 reminders the deadline job sent the province's staff (DeadlineReminder: dedupe key
   * `case:<id>:<kind>:<dueOn>:overdue:province`), one per deadline however many staff received it.
   */
  private async reminders(): Promise<TOversightResponse['reminders']> {
    const rows = await this.db.getRepository(Message).find({
      where: { kind: 'deadline_overdue', dedupeKey: Like('case:%:overdue:province') },
      order: { id: 'DESC' },
      take: 500,
    });
    const seen = new Map<string, Message>();
    for (const r of rows) if (!seen.has(r.dedupeKey)) seen.set(r.dedupeKey, r);
    const keys = [...seen.keys()].map((k) => k.split(':'));
    const ids = [...new Set(keys.map((k) => Number(k[1])))];
    const cases = ids.length ? await this.db.getRepository(RecallCase).findBy({ id: In(ids) }) : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    const names = new Map((await this.db.getRepository(Bureau).find()).map((b) => [b.code, b.name]));
    const out: TOversightResponse['reminders'] = [];
    for (const [key, msg] of seen) {
      const [, id, kind, dueOn] = key.split(':');
      const c = byId.get(Number(id));
      if (!c) continue;
      const summary = await this.views.summary(this.db.manager, c);
      out.push({
        caseId: c.id,
        caseNo: summary.caseNo,
        bureauName: names.get(c.bureauCode) ?? c.bureauCode,
        productName: c.productName,
        label:
          kind === 'stage_summary'
            ? '提交阶段性召回总结'
            : (DEADLINE_KINDS[kind as keyof typeof DEADLINE_KINDS]?.label ?? kind),
        dueOn,
        at: new Date(msg.createdAt).toISOString(),
        link: LINKS.bureauCase(c.id),
      });
    }
    return out;
  }

  private emptyRow(code: string): Row {
    return {
      code,
      name: placeName(code),
      open: 0,
      dueSoon: 0,
      overdueProducer: 0,
      overdueBureau: 0,
      awaitingReceipt: 0,
    };
  }

  private ref(s: TCaseSummary) {
    return {
      caseId: s.id,
      caseNo: s.caseNo,
      bureauName: s.bureauName,
      productName: s.productName,
      producerName: s.producerName,
    };
  }

  /** The case's passed deadlines: its current one (never a provisional date) and a missed stage summary. */
  private overdueOf(s: TCaseSummary, today: string): Array<Omit<TOversightResponse['overdue'][number], 'city'>> {
    const out: Array<Omit<TOversightResponse['overdue'][number], 'city'>> = [];
    const d = s.deadline;
    if (d?.status === 'overdue' && d.dueOn)
      out.push({ ...this.ref(s), party: d.party, label: d.label, dueOn: d.dueOn });
    if (s.stageSummaryDueOn && s.stageSummaryDueOn < today)
      out.push({ ...this.ref(s), party: 'producer', label: '阶段性总结', dueOn: s.stageSummaryDueOn });
    return out;
  }
}
