import { Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { TCaseSummary, TOversightResponse } from '@recall/shared';
import { DataSource, Not, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { Clock } from '../core/clock.service';
import { RecallCase } from '../db/entity';
import { CaseViewService } from '../cases/case-view.service';
import { cityOf, placeName } from './statistics';

const CLOSED = ['closed_no_defect', 'archived'];

/** What waits for the province, by case state (办法 第十七条; 苏 第十九条). */
const FOR_PROVINCE: Record<string, string> = {
  objection_filed: '生产者对缺陷认定提出异议，待省局重新认定',
  escalated: '市局提请责令召回，待省局报请国家市场监督管理总局',
};

type Row = TOversightResponse['cities'][number];

/**
 * 督办 (苏 第四条(三)): every open case with its deadline state, by city; what is overdue and who owes
 * it; what waits for the province. A city bureau sees its own cases only.
 */
@Provide()
export class OversightService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  clock!: Clock;

  @Inject()
  views!: CaseViewService;

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
    const out: TOversightResponse = { asOf: today, cities: [], overdue: [], waiting: [] };
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
      if (reason) out.waiting.push({ ...this.ref(s), reason });
    }
    out.cities = [...cities.values()].sort((a, b) => a.code.localeCompare(b.code));
    out.overdue.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId - b.caseId);
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
