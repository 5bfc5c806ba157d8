import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STEP_EVENTS,
  CLUE_SOURCES,
  EVALUATION_CRITERIA,
  EVALUATION_CRITERION_KEYS,
  getProvinceProfile,
  parsePeriod,
  regionChildren,
  todayInShanghai,
  type EvaluationCriterion,
  type Period,
  type TCityEvaluation,
  type TEvaluationIndicator,
  type TEvaluationQuery,
  type TEvaluationResponse,
  type TEvaluationSaveRequest,
} from '@recall/shared';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';
import { badRequest, forbidden } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { AuditLog, CaseDocument, CityEvaluation, Clue, Recall, RecallCase, User } from '../db/entity';
import { CompletionService } from '../cases/completion.service';
import { OversightService } from './oversight.service';
import { cityOf, placeName } from './statistics';

type Indicator = TEvaluationIndicator;
const count = (key: string, label: string, value: number, definition: string, unit = '件'): Indicator => ({
  key,
  label,
  value,
  unit,
  definition,
});
/** A percentage to one decimal; 0 when there is nothing to divide by. */
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);
const rate = (key: string, label: string, part: number, whole: number, definition: string): Indicator =>
  count(key, label, pct(part, whole), definition, '%');

/** The steps that determine a defect (the bureau's recall notice; accepting a voluntary plan) and the documents that must be on file for it. */
const DETERMINATIONS: Record<string, string[]> = {
  'case.issue_recall_notice': ['defect_investigation_notice', 'recall_notice'],
  'case.accept_plan': ['recall_plan', 'plan_review'],
};
/** Case states in which the producer has carried out its recall plan. */
const PLAN_DONE = ['plan_completed', 'summarized', 'archived'];
const STEP_ACTIONS = new Set<string>(CASE_STEP_EVENTS);

/** A period's Shanghai days as instants, for createdAt columns (filtered exactly by day afterwards). */
const instants = (p: Period) => Between(new Date(`${p.from}T00:00:00+08:00`), new Date(`${p.to}T23:59:59.999+08:00`));
const inPeriod = (p: Period, at: Date) => {
  const day = todayInShanghai(new Date(at));
  return day >= p.from && day <= p.to;
};

/** What the indicators of one city are computed from. */
interface Facts {
  clues: Clue[];
  /** Case id → the case, for every case of the city. */
  cases: Map<number, RecallCase>;
  /** Clue id → cases opened from it. */
  casesOfClue: Map<number, RecallCase[]>;
  /** Case step events on the city's cases in the period. */
  steps: AuditLog[];
  documents: CaseDocument[];
  /** Recalls started in the period through the city's cases (not withdrawn), with their case. */
  recalls: Array<{ recall: Recall; case: RecallCase }>;
  completion: Map<number, { involved: number; completed: number }>;
  overdueNow: { producer: number; bureau: number };
}

/**
 * The province's evaluation of each city's recall work (苏 第二十一条). Each of the six criteria has
 * indicators computed from the records of the city (cases and clues whose handling bureau is in
 * that city) for the period, beside the province's score (0–100 per criterion) and notes. A city
 * bureau reads its own city's evaluation only; only the province (or an admin) records one.
 */
@Provide()
export class EvaluationService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  completion!: CompletionService;

  @Inject()
  oversight!: OversightService;

  async show(caller: Caller, q: TEvaluationQuery): Promise<TEvaluationResponse> {
    const period = parsePeriod(q.period)!;
    const city = this.cityFor(caller, q.city);
    const cities = city ? [city] : this.cities();
    const m = this.db.manager;
    const overdue = await this.overdueNow(caller);
    const saved = await m.find(CityEvaluation, {
      where: { periodFrom: period.from, periodTo: period.to, city: In(cities) },
    });
    const names = await this.namesOf(
      m,
      saved.map((s) => s.updatedBy),
    );
    const out: TCityEvaluation[] = [];
    // Read once for every city: all cases (a case's city is its bureau's), the period's clues.
    const allCases = await m.find(RecallCase, { order: { id: 'ASC' } });
    const allClues = (await m.find(Clue, { where: { createdAt: instants(period) }, order: { id: 'ASC' } })).filter(
      (c) => inPeriod(period, c.createdAt),
    );
    for (const code of cities) {
      const facts = await this.factsOf(m, code, period, { allCases, allClues }, overdue.get(code));
      out.push(this.view(code, facts, saved.find((s) => s.city === code) ?? null, names));
    }
    const province = getProvinceProfile(this.env.PROVINCE).name;
    return {
      period,
      province,
      place: city ? placeName(city) : province,
      cities: out,
    };
  }

  /** The province records (or corrects) its scores and notes on one city for one period; audited. */
  async save(caller: Caller, req: TEvaluationSaveRequest): Promise<TCityEvaluation> {
    const period = parsePeriod(req.period)!;
    if (!this.cities().includes(req.city))
      throw badRequest('城市不在本省', [{ path: 'city', message: '城市应为本省的设区市' }]);
    await commandTransaction(this.db, async (m) => {
      const row =
        (await m.findOneBy(CityEvaluation, { city: req.city, periodFrom: period.from, periodTo: period.to })) ??
        m.create(CityEvaluation, {
          city: req.city,
          periodFrom: period.from,
          periodTo: period.to,
          scores: {},
          notes: {},
          summary: '',
        });
      const scores: Record<string, number | null> = {};
      const notes: Record<string, string> = {};
      for (const k of EVALUATION_CRITERION_KEYS) {
        scores[k] = req.scores[k] ?? null;
        notes[k] = req.notes[k] ?? '';
      }
      const changed = [
        ...EVALUATION_CRITERION_KEYS.filter(
          (k) => (row.scores[k] ?? null) !== scores[k] || (row.notes[k] ?? '') !== notes[k],
        ),
        ...(row.summary !== req.summary ? ['summary'] : []),
      ];
      Object.assign(row, { scores, notes, summary: req.summary, updatedBy: caller.userId });
      const saved = await m.save(row);
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'evaluation.saved',
        entityType: 'evaluation',
        entityId: saved.id,
        detail: { city: req.city, from: period.from, to: period.to, scores, changed },
      });
    });
    return (await this.show(caller, { period: req.period, city: req.city })).cities[0];
  }

  /** A city bureau is held to its own city; asking for another one is refused, not silently narrowed. */
  private cityFor(caller: Caller, asked: string | undefined): string | undefined {
    if (asked && !this.cities().includes(asked))
      throw badRequest('城市不在本省', [{ path: 'city', message: '城市应为本省的设区市' }]);
    if (caller.role !== 'bureau') return asked;
    const own = cityOf(caller.org ?? '');
    if (asked && asked !== own) throw forbidden('市级市场监管局只能查看本市的评价');
    return own;
  }

  /** The province's cities (设区的市), by region code. */
  private cities(): string[] {
    const province = getProvinceProfile(this.env.PROVINCE).regionCode;
    return regionChildren(province)
      .map((c) => c.code)
      .filter((c) => c.endsWith('00') && !c.endsWith('0000'));
  }

  private async namesOf(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const users = ids.length ? await m.findBy(User, { id: In(ids) }) : [];
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** Open cases' passed deadlines today, by city and by who owes them (as 督办 shows them). */
  private async overdueNow(caller: Caller): Promise<Map<string, { producer: number; bureau: number }>> {
    const o = await this.oversight.overview(caller);
    return new Map(o.cities.map((c) => [c.code, { producer: c.overdueProducer, bureau: c.overdueBureau }]));
  }

  private async factsOf(
    m: EntityManager,
    city: string,
    p: Period,
    all: { allCases: RecallCase[]; allClues: Clue[] },
    overdueNow = { producer: 0, bureau: 0 },
  ): Promise<Facts> {
    const cases = new Map(all.allCases.filter((c) => cityOf(c.bureauCode) === city).map((c) => [c.id, c]));
    const clues = all.allClues.filter((c) => cityOf(c.bureauCode) === city);
    const casesOfClue = new Map<number, RecallCase[]>();
    if (clues.length) {
      const led = await m.find(RecallCase, { where: { clueId: In(clues.map((c) => c.id)) } });
      for (const c of led) casesOfClue.set(c.clueId!, [...(casesOfClue.get(c.clueId!) ?? []), c]);
    }
    const ids = [...cases.keys()];
    const steps = ids.length
      ? (
          await m.find(AuditLog, {
            where: { entityType: 'case', entityId: In(ids.map(String)), createdAt: instants(p) },
            order: { id: 'ASC' },
          })
        ).filter((a) => STEP_ACTIONS.has(a.action) && inPeriod(p, a.createdAt))
      : [];
    const documents = ids.length
      ? await m.find(CaseDocument, { where: { caseId: In(ids) }, order: { id: 'ASC' } })
      : [];
    // A 消费提示 (kind 'warning') on a case is the regulator's warning, not a recall.
    const started = await m.find(Recall, {
      where: {
        withdrawn: false,
        kind: 'recall',
        startDate: Between(p.from, p.to),
        caseId: In(ids.length ? ids : [-1]),
      },
      order: { id: 'ASC' },
    });
    const recalls = started.map((recall) => ({ recall, case: cases.get(recall.caseId!)! }));
    const completion = new Map<number, { involved: number; completed: number }>();
    for (const r of recalls) {
      const x = await this.completion.compute(m, r.case);
      completion.set(r.case.id, { involved: x.involved, completed: x.completed });
    }
    return { clues, cases, casesOfClue, steps, documents, recalls, completion, overdueNow };
  }

  private view(code: string, f: Facts, saved: CityEvaluation | null, names: Map<number, string>): TCityEvaluation {
    const indicators: Record<EvaluationCriterion, Indicator[]> = {
      channels: channels(f),
      judgment: judgment(f),
      investigation: investigation(f),
      quantity: quantity(f),
      effectiveness: effectiveness(f),
      reporting: reporting(f),
    };
    const criteria = EVALUATION_CRITERION_KEYS.map((key) => ({
      key,
      name: EVALUATION_CRITERIA[key],
      indicators: indicators[key],
      score: saved?.scores[key] ?? null,
      note: saved?.notes[key] ?? '',
    }));
    const scored = criteria.map((c) => c.score).filter((s): s is number => s !== null);
    return {
      city: { code, name: placeName(code) },
      criteria,
      overall: scored.length ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
      summary: saved?.summary ?? '',
      updatedAt: saved ? new Date(saved.updatedAt).toISOString() : null,
      updatedBy: saved ? (names.get(saved.updatedBy) ?? null) : null,
    };
  }
}

/**
 * 线索渠道畅通: the clues the city's bureaus received in the period (created in it, handled by a
 * bureau of the city), in all and by source, and how many different sources they came through.
 */
function channels(f: Facts): Indicator[] {
  const by = new Map<string, number>();
  for (const c of f.clues) by.set(c.source, (by.get(c.source) ?? 0) + 1);
  return [
    count('received', '收到线索', f.clues.length, '期间内收到、由本市市场监管部门承办的缺陷线索条数', '条'),
    count('sources', '线索来源渠道', by.size, '上述线索来自的不同来源渠道个数', '个'),
    ...Object.keys(CLUE_SOURCES).map((s) =>
      count(
        `source.${s}`,
        `其中${CLUE_SOURCES[s as keyof typeof CLUE_SOURCES]}`,
        by.get(s) ?? 0,
        `上述线索中来源为${CLUE_SOURCES[s as keyof typeof CLUE_SOURCES]}的条数`,
        '条',
      ),
    ),
  ];
}

/** Whether a clue led anywhere: to a case opened from it, and to a recall through that case (as the statistics count it). */
const ledTo = (f: Facts, c: Clue) => {
  const cases = f.casesOfClue.get(c.id) ?? [];
  return { case: cases.length > 0, recall: cases.some((x) => x.recallId !== null) };
};

/**
 * 线索研判准确: of the period's clues, how many were accepted for verification (status 核实中, or
 * led to a case), not accepted (不予受理), merged as duplicates, still waiting; and the
 * share of accepted clues that led to a case (立案) or a recall (形成召回).
 */
function judgment(f: Facts): Indicator[] {
  const led = f.clues.map((c) => ({ c, to: ledTo(f, c) }));
  const accepted = led.filter((x) => x.c.status === 'verifying' || x.to.case || x.to.recall);
  const fruitful = accepted.filter((x) => x.to.case || x.to.recall);
  const status = (s: string) => led.filter((x) => x.c.status === s && !x.to.case && !x.to.recall).length;
  return [
    count('accepted', '受理核实', accepted.length, '期间内收到的线索中已受理核实（核实中，或已据以立案）的条数', '条'),
    count('rejected', '不予受理', status('rejected'), '期间内收到的线索中不予受理的条数', '条'),
    count('merged', '合并重复线索', status('merged'), '期间内收到的线索中作为重复线索合并的条数', '条'),
    count('pending', '待受理', status('received'), '期间内收到的线索中尚未受理的条数', '条'),
    count('cases', '立案', led.filter((x) => x.to.case).length, '期间内收到的线索中已据以立案调查的条数', '条'),
    count('recalls', '形成召回', led.filter((x) => x.to.recall).length, '期间内收到的线索中已形成召回的条数', '条'),
    rate(
      'fruitful',
      '受理线索转化率',
      fruitful.length,
      accepted.length,
      '受理核实的线索中已立案或已形成召回的比例 = (立案或形成召回的受理线索) ÷ 受理核实',
    ),
  ];
}

/**
 * 调查分析规范: the city's cases whose defect was determined in the period (the bureau issued its
 * 召回通知书, or accepted a voluntary recall plan), how many of them have the determination's
 * documents on file (缺陷调查通知书 and 召回通知书 with its 送达回执; or the 召回计划 and the bureau's
 * 审查记录) and a defect class, and the cases closed in the period as 不存在缺陷.
 */
function investigation(f: Facts): Indicator[] {
  const determined = new Map<number, string[]>();
  for (const s of f.steps) {
    const needs = DETERMINATIONS[s.action];
    if (needs && !determined.has(Number(s.entityId))) determined.set(Number(s.entityId), needs);
  }
  const docsOf = (caseId: number) => f.documents.filter((d) => d.caseId === caseId);
  const onFile = [...determined.entries()].filter(([caseId, needs]) => {
    const docs = docsOf(caseId);
    return needs.every((t) => docs.some((d) => d.docType === t && (t !== 'recall_notice' || d.receiptDocId !== null)));
  });
  const classified = [...determined.keys()].filter((id) => f.cases.get(id)?.defectClass);
  const noDefect = new Set(f.steps.filter((s) => s.toState === 'closed_no_defect').map((s) => s.entityId)).size;
  return [
    count('determined', '作出缺陷认定', determined.size, '期间内发出召回通知书或接受主动召回计划的案件数'),
    count(
      'documented',
      '认定文书齐全',
      onFile.length,
      '上述案件中认定文书在案的件数：缺陷调查通知书和召回通知书（已送达回执），或召回计划和审查记录',
    ),
    rate('documentedRate', '文书齐全率', onFile.length, determined.size, '认定文书齐全 ÷ 作出缺陷认定'),
    count('classified', '已确定缺陷类别', classified.length, '作出缺陷认定的案件中已确定缺陷类别的件数'),
    count('noDefect', '认定不存在缺陷结案', noDefect, '期间内认定不存在缺陷而结案的案件数'),
  ];
}

/** The latest document of a type on a case. */
const latest = (f: Facts, caseId: number, type: string) =>
  f.documents.filter((d) => d.caseId === caseId && d.docType === type).at(-1);

/**
 * 召回数量准确: for the recalls started in the period through the city's cases, the units the
 * recall plans involve (the latest 召回计划's 涉及数量), and for those with a 召回总结 the units it
 * reports recalled against the units the records show completed (remedy requests completed and
 * not disputed, plus the producer's other channels); a summary agrees when the two are equal.
 */
function quantity(f: Facts): Indicator[] {
  const planned = f.recalls.reduce(
    (s, r) => s + Number(latest(f, r.case.id, 'recall_plan')?.data.involvedQty ?? r.recall.quantity),
    0,
  );
  const summarized = f.recalls
    .map((r) => ({ r, summary: latest(f, r.case.id, 'final_summary') }))
    .filter((x) => x.summary);
  const reported = summarized.reduce((s, x) => s + Number(x.summary!.data.recalledQty ?? 0), 0);
  const recorded = summarized.reduce((s, x) => s + f.completion.get(x.r.case.id)!.completed, 0);
  const agreeing = summarized.filter(
    (x) => Number(x.summary!.data.recalledQty ?? 0) === f.completion.get(x.r.case.id)!.completed,
  ).length;
  return [
    count('recalls', '实施召回', f.recalls.length, '期间内开始、经本市案件实施的召回次数', '次'),
    count('planned', '召回计划涉及数量', planned, '上述召回最新召回计划中的涉及数量之和'),
    count('summarized', '已提交召回总结', summarized.length, '上述召回中生产者已提交召回总结的次数', '次'),
    count('reported', '总结报告召回数量', reported, '召回总结中报告的已召回数量之和'),
    count('recorded', '记录的完成数量', recorded, '同一批召回在系统中记录的完成数量之和（完成的补救申请加其他渠道）'),
    count('agreeing', '总结数量与记录一致', agreeing, '召回总结报告的数量与记录的完成数量相等的次数', '次'),
  ];
}

/**
 * 召回实施有效: for the same recalls, the units involved and completed and the completion rate
 * (完成率 = 完成数量 ÷ 涉及数量), the recall plans carried out (计划已完成, 已总结 or 已归档), and
 * the re-recalls ordered in the period (重新召回).
 */
function effectiveness(f: Facts): Indicator[] {
  const involved = f.recalls.reduce((s, r) => s + f.completion.get(r.case.id)!.involved, 0);
  const completed = f.recalls.reduce((s, r) => s + f.completion.get(r.case.id)!.completed, 0);
  const done = f.recalls.filter((r) => PLAN_DONE.includes(r.case.state)).length;
  const rerecalls = f.steps.filter((s) => s.action === 'case.order_rerecall').length;
  return [
    count('involved', '涉及数量', involved, '期间内开始、经本市案件实施的召回涉及的产品数量'),
    count('completed', '完成数量', completed, '上述召回已完成的数量（完成且消费者未提出异议的补救申请，加其他渠道）'),
    rate('rate', '完成率', completed, involved, '完成数量 ÷ 涉及数量'),
    count('plansDone', '召回计划已完成', done, '上述召回中召回计划已实施完成（含已总结、已归档）的次数', '次'),
    count('rerecalls', '责令重新召回', rerecalls, '期间内通知重新实施召回的次数', '次'),
  ];
}

/**
 * 报送及时: the producers' filings on the city's cases in the period (调查分析报告, 召回计划, 阶段性
 * 总结, 召回总结, 异议 …), on time or after their deadline (a provisional deadline is never held
 * against them), the bureau's steps in the period, and — as of today, as 督办 shows them — the
 * deadlines passed on the city's open cases, by who owes them.
 */
function reporting(f: Facts): Indicator[] {
  const byProducer = f.steps.filter((s) => (s.detail as { actorRole?: string }).actorRole === 'producer');
  const late = byProducer.filter((s) => (s.detail as { late?: boolean }).late).length;
  const bureau = f.steps.filter((s) =>
    ['bureau', 'province', 'admin'].includes((s.detail as { actorRole?: string }).actorRole ?? ''),
  ).length;
  return [
    count('producerFilings', '生产者报送', byProducer.length, '期间内生产者在本市案件中报送材料、办理步骤的次数', '次'),
    count('producerLate', '其中逾期报送', late, '上述报送中晚于期限的次数', '次'),
    rate(
      'onTimeRate',
      '按期报送率',
      byProducer.length - late,
      byProducer.length,
      '(生产者报送 − 逾期报送) ÷ 生产者报送',
    ),
    count('bureauSteps', '监管部门办理', bureau, '期间内市场监管部门在本市案件中发出通知、审查等办理步骤的次数', '次'),
    count(
      'overdueBureau',
      '当前逾期（监管部门）',
      f.overdueNow.bureau,
      '截至今日本市在办案件中应由市场监管部门办理而已逾期的事项数',
      '项',
    ),
    count(
      'overdueProducer',
      '当前逾期（生产者）',
      f.overdueNow.producer,
      '截至今日本市在办案件中应由生产者报送而已逾期的事项数',
      '项',
    ),
  ];
}
