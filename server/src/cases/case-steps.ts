import {
  CASE_STEP_EVENTS,
  type CaseRecordKind,
  type CaseStepName,
  type Role,
  type TCaseStepDetail,
} from '@recall/shared';
import type { EntityManager } from 'typeorm';
import { auditEvent } from '../core/audit.service';
import { AuditLog } from '../db/entity';

/** One step a case took, as its audit event records it (the single record of a step). */
export interface CaseStepRecord {
  id: number;
  caseId: number;
  action: CaseStepName;
  fromState: string | null;
  toState: string;
  actorId: number;
  actorRole: Role;
  note: string | null;
  documentIds: number[];
  late: boolean;
  createdAt: Date;
}

/** The audit actions that are steps of the workflow (not channel counts, recounts or 协查). */
const STEP_EVENTS = new Set<string>(CASE_STEP_EVENTS);

/** The steps of a case in the order they were taken: its timeline, read from the audit trail. */
export async function caseSteps(m: EntityManager, caseId: number): Promise<CaseStepRecord[]> {
  const rows = await m.find(AuditLog, {
    where: { entityType: 'case', entityId: String(caseId) },
    order: { id: 'ASC' },
  });
  return rows.flatMap((r) => {
    const e = auditEvent(r);
    if (e.entityType !== 'case' || !STEP_EVENTS.has(e.action)) return [];
    const { note, documentIds, late, actorRole } = e.detail as TCaseStepDetail;
    return [
      {
        id: r.id,
        caseId,
        action: e.action.slice('case.'.length) as CaseStepName,
        fromState: r.fromState,
        toState: r.toState ?? '',
        actorId: r.actorId ?? 0,
        actorRole,
        note,
        documentIds,
        late,
        createdAt: r.createdAt,
      },
    ];
  });
}

/** A record entered on a case (现场调查, 约谈, 处理措施), as its audit event says: on the timeline beside the steps. */
export interface CaseRecordEvent {
  id: number;
  kind: CaseRecordKind;
  summary: string;
  state: string;
  actorId: number;
  createdAt: Date;
}

export async function caseRecordEvents(m: EntityManager, caseId: number): Promise<CaseRecordEvent[]> {
  const rows = await m.find(AuditLog, {
    where: { entityType: 'case', entityId: String(caseId), action: 'case.record_added' },
    order: { id: 'ASC' },
  });
  return rows.flatMap((r) => {
    const e = auditEvent(r);
    if (e.action !== 'case.record_added') return [];
    return [
      {
        id: r.id,
        kind: e.detail.kind,
        summary: e.detail.summary,
        state: r.toState ?? '',
        actorId: r.actorId ?? 0,
        createdAt: r.createdAt,
      },
    ];
  });
}
