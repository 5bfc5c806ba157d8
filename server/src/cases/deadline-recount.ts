import { computeDeadline, DEADLINE_KINDS, type WorkflowPolicy, type WorkingCalendar } from '@recall/shared';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import type { AuditService } from '../core/audit.service';
import { RecallCase } from '../db/entity';

export const CLOSED_STATES = ['closed_no_defect', 'archived'];

export interface RecountInput {
  m: EntityManager;
  cal: WorkingCalendar;
  policy: WorkflowPolicy;
  audit: AuditService;
  actorId: number | null;
  /** The year whose entry prompted the recount; by default the year of each new date. */
  calendarYear?: number;
}

/**
 * Counts every open case's running deadline again from the day it runs from, with `cal`: a
 * provisional date becomes the real one once its year is entered, and a corrected year moves the
 * dates counted with it. Each changed case is saved (its version bumped) with a
 * `case.deadline_recomputed` audit event. A case changed meanwhile by someone else is left to the
 * next recount (the reminder job runs one every hour). Returns the ids of the cases changed.
 */
export async function recountDeadlines(x: RecountInput): Promise<number[]> {
  const open = await x.m.find(RecallCase, {
    where: { state: Not(In(CLOSED_STATES)), dueFrom: Not(IsNull()), dueOn: Not(IsNull()) },
    order: { id: 'ASC' },
  });
  const changed: number[] = [];
  for (const c of open) {
    if (!c.dueKind || DEADLINE_KINDS[c.dueKind].runsFrom === 'notice') continue;
    const d = computeDeadline(c.dueKind, c.dueFrom!, x.policy, x.cal);
    if (d.dueOn === c.dueOn && d.provisional === !!c.dueProvisional) continue;
    const r = await x.m.update(
      RecallCase,
      { id: c.id, version: c.version },
      { dueOn: d.dueOn, dueProvisional: d.provisional, version: c.version + 1 },
    );
    if (!r.affected) continue;
    await x.audit.record(x.m, {
      actorId: x.actorId,
      action: 'case.deadline_recomputed',
      entityType: 'case',
      entityId: c.id,
      detail: {
        kind: c.dueKind,
        fromDueOn: c.dueOn!,
        toDueOn: d.dueOn,
        provisional: d.provisional,
        calendarYear: x.calendarYear ?? Number(d.dueOn.slice(0, 4)),
      },
    });
    changed.push(c.id);
  }
  return changed;
}
