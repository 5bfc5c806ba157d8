import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  addWorkingDaysProvisional,
  caseStep,
  DOC_TYPE_KEYS,
  dutyRefusal,
  getProvinceProfile,
  mayOpenCase,
  needsReceipt,
  TCaseListQuery,
  TCaseListResponse,
} from '@recall/shared';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../core/auth';
import { RecallCase } from '../db/entity';
import type { Env } from '../core/env';
import { CaseViewService, RECEIPT_STATES } from './case-view.service';
import { Clock } from '../core/clock.service';
import { WorkingCalendarService } from '../core/working-calendar.service';

const RECEIPTED = DOC_TYPE_KEYS.filter(needsReceipt)
  .map((t) => `'${t}'`)
  .join(', ');
// The case's latest document to the producer is not confirmed yet.
const AWAITING_RECEIPT = `c.state IN (${RECEIPT_STATES.map((s) => `'${s}'`).join(', ')}) AND EXISTS (SELECT 1 FROM case_document d WHERE d.caseId = c.id AND d.docType IN (${RECEIPTED}) AND d.receiptDocId IS NULL AND NOT EXISTS (SELECT 1 FROM case_document e WHERE e.caseId = c.id AND e.docType IN (${RECEIPTED}) AND e.id > d.id))`;

/** Case lists per role, with the due-soon and overdue views bureaus and producers work from. */
@Provide()
export class CaseListService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clock!: Clock;

  @Inject()
  calendar!: WorkingCalendarService;

  @Inject()
  views!: CaseViewService;

  async list(caller: Caller, q: TCaseListQuery): Promise<TCaseListResponse> {
    const today = this.clock.today();
    const policy = getProvinceProfile(this.env.PROVINCE).workflow;
    const soonUntil = addWorkingDaysProvisional(
      today,
      policy.deadlines.dueSoonWorkingDays,
      this.calendar.current(),
    ).date;
    const overdue = (qb: SelectQueryBuilder<RecallCase>) =>
      qb.andWhere(
        new Brackets((w) =>
          w.where('c.dueOn < :today AND c.dueProvisional = 0', { today }).orWhere('c.stageDueOn < :today', { today }),
        ),
      );
    const soon = (qb: SelectQueryBuilder<RecallCase>) =>
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('c.dueOn >= :today AND c.dueOn <= :soonUntil', { today, soonUntil })
            .orWhere('c.stageDueOn >= :today AND c.stageDueOn <= :soonUntil', { today, soonUntil }),
        ),
      );
    const qb = this.scoped(caller);
    if (q.state) qb.andWhere('c.state = :state', { state: q.state });
    if (q.q)
      qb.andWhere('(c.productName LIKE :kw OR c.producerName LIKE :kw)', { kw: `%${q.q.replace(/[%_\\]/g, '')}%` });
    if (q.due === 'overdue') overdue(qb);
    if (q.due === 'soon') soon(qb);
    const [rows, total] = await qb
      .orderBy('c.updatedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    const m = this.db.manager;
    return {
      items: await Promise.all(rows.map((c) => this.views.summary(m, c))),
      total,
      counts: {
        dueSoon: await soon(this.scoped(caller)).getCount(),
        overdue: await overdue(this.scoped(caller)).getCount(),
        awaitingReceipt: await this.scoped(caller).andWhere(AWAITING_RECEIPT).getCount(),
      },
      ...this.opening(caller),
    };
  }

  /** For a bureau that may not open cases, who does it (辽 第四、九条), shown where 立案 would be. */
  private opening(caller: Caller): Pick<TCaseListResponse, 'openNote'> {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const refused = caller.role === 'bureau' && !mayOpenCase(profile, caller.role);
    return { openNote: refused ? dutyRefusal(profile, caseStep('open')) : null };
  }

  /** Bureau: its own cases; province: every case; producer: its own, once notified. */
  private scoped(caller: Caller): SelectQueryBuilder<RecallCase> {
    const qb = this.db.getRepository(RecallCase).createQueryBuilder('c');
    if (caller.role === 'bureau') qb.where('c.bureauCode = :org', { org: caller.org });
    else if (caller.role === 'producer')
      qb.where('c.producerUscc = :org AND c.state <> :opened', { org: caller.org, opened: 'opened' });
    else qb.where('1 = 1');
    return qb;
  }
}
