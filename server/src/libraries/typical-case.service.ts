import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  CATEGORIES,
  DEFECT_CLASSES,
  getProvinceProfile,
  TYPICAL_CASE_STATES,
  UNCLASSIFIED_LABEL,
  type TTypicalCaseList,
  type TTypicalCaseMark,
  type TTypicalCaseQuery,
  type TTypicalCaseView,
} from '@recall/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { conflict, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { Bureau, Recall, RecallCase, TypicalCase, User } from '../db/entity';
import { actorsFor } from '../cases/case-access';
import { caseNumber } from '../cases/case-view.service';

/**
 * The case library (案例库, 辽 第二十条): the province marks finished cases as typical cases (典型案例)
 * with a title and a summary fit for the public; staff search them by category, defect class and
 * keyword. The statistics' 典型案例 section reads the same marks (oversight/statistics.service).
 */
@Provide()
export class TypicalCaseService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  async mark(caller: Caller, caseId: number, body: TTypicalCaseMark): Promise<TTypicalCaseView> {
    await commandTransaction(this.db, async (m) => {
      const c = await this.caseFor(m, caller, caseId);
      if (!(TYPICAL_CASE_STATES as readonly string[]).includes(c.state))
        throw conflict(
          `案件 ${caseNumber(c)} ${CASE_STATES[c.state]}，尚未办结，不能列为典型案例（召回总结提交后、结案或归档后方可）`,
          'CASE_NOT_FINISHED',
        );
      const existing = await m.findOneBy(TypicalCase, { caseId });
      if (existing) {
        await m.update(TypicalCase, { caseId }, { title: body.title, summary: body.summary, markedBy: caller.userId });
      } else {
        await m.insert(TypicalCase, { caseId, title: body.title, summary: body.summary, markedBy: caller.userId });
      }
      await this.audit.record(m, {
        actorId: caller.userId,
        action: existing ? 'typical_case.updated' : 'typical_case.marked',
        entityType: 'case',
        entityId: caseId,
        detail: { title: body.title, summary: body.summary },
      });
    });
    const [view] = await this.views(this.db.manager, [(await this.db.manager.findOneBy(TypicalCase, { caseId }))!]);
    return view;
  }

  async unmark(caller: Caller, caseId: number): Promise<void> {
    await commandTransaction(this.db, async (m) => {
      await this.caseFor(m, caller, caseId);
      const existing = await m.findOneBy(TypicalCase, { caseId });
      if (!existing) throw notFound('这个案件不是典型案例', 'TYPICAL_CASE_NOT_FOUND');
      await m.delete(TypicalCase, { caseId });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'typical_case.unmarked',
        entityType: 'case',
        entityId: caseId,
        detail: { title: existing.title },
      });
    });
  }

  async list(q: TTypicalCaseQuery): Promise<TTypicalCaseList> {
    const m = this.db.manager;
    const rows = await m.find(TypicalCase, { order: { updatedAt: 'DESC', caseId: 'DESC' } });
    const keyword = q.keyword?.trim();
    const all = (await this.views(m, rows)).filter(
      (v) =>
        (!q.categoryCode || v.categoryCode === q.categoryCode) &&
        (!q.defectClass || v.defectClass === q.defectClass) &&
        (!keyword ||
          [v.title, v.summary, v.productName, v.producerName, v.categoryName].some((t) => t.includes(keyword))),
    );
    return { items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: all.length };
  }

  /** A case of this province: the province supervises every one (404 for anything else). */
  private async caseFor(m: EntityManager, caller: Caller, id: number): Promise<RecallCase> {
    const c = await m.findOneBy(RecallCase, { id });
    const provinceCode = getProvinceProfile(this.env.PROVINCE).provinceBureau.code;
    if (!c || !actorsFor(caller, c, provinceCode).includes('province'))
      throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    return c;
  }

  private async views(m: EntityManager, rows: TypicalCase[]): Promise<TTypicalCaseView[]> {
    if (!rows.length) return [];
    const cases = new Map(
      (await m.findBy(RecallCase, { id: In(rows.map((r) => r.caseId)) })).map((c) => [c.id, c] as const),
    );
    const recallIds = [...cases.values()].flatMap((c) => (c.recallId ? [c.recallId] : []));
    const recalls = new Map(
      (recallIds.length ? await m.findBy(Recall, { id: In(recallIds) }) : []).map((r) => [r.id, r] as const),
    );
    const users = new Map(
      (await m.findBy(User, { id: In([...new Set(rows.map((r) => r.markedBy))]) })).map((u) => [u.id, u.displayName]),
    );
    const bureaus = new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
    return rows.flatMap((t) => {
      const c = cases.get(t.caseId);
      if (!c) return [];
      const recall = c.recallId ? recalls.get(c.recallId) : undefined;
      return [
        {
          caseId: c.id,
          caseNo: caseNumber(c),
          title: t.title,
          summary: t.summary,
          productName: c.productName,
          producerName: c.producerName,
          categoryCode: c.categoryCode,
          categoryName: CATEGORIES[c.categoryCode as keyof typeof CATEGORIES] ?? c.categoryCode,
          defectClass: c.defectClass,
          defectClassName: c.defectClass ? DEFECT_CLASSES[c.defectClass] : UNCLASSIFIED_LABEL,
          bureauName: bureaus.get(c.bureauCode) ?? c.bureauCode,
          recallId: recall?.id ?? null,
          units: recall?.quantity ?? null,
          markedAt: new Date(t.updatedAt).toISOString(),
          markedBy: users.get(t.markedBy) ?? '',
        },
      ];
    });
  }
}
