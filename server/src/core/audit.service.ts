import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { ZAuditEvent, type TAuditEvent, type TAuditListResponse, type TAuditQuery } from '@recall/shared';
import { DataSource } from 'typeorm';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditLog } from '../db/entity';

/** One audit event (its action, entity type and payload, typed by ZAuditEvent) with who, what and from/to. */
export type AuditEntry = TAuditEvent & {
  actorId: number | null;
  entityId: string | number;
  from?: string | null;
  to?: string | null;
};

/** A stored row as the event it records; a row that does not match its event type is a bug, and throws. */
export function auditEvent(r: Pick<AuditLog, 'action' | 'entityType' | 'detail'>): TAuditEvent {
  return ZAuditEvent.parse({ action: r.action, entityType: r.entityType, detail: r.detail });
}

/** Writes audit rows, always through the caller's transaction so a change and its record commit together. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AuditService {
  @InjectDataSource()
  db!: DataSource;

  /** Writes the event; its row id (a step's notifications are keyed by it). */
  async record(manager: EntityManager, e: AuditEntry): Promise<number> {
    const r = await manager.insert(AuditLog, {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      fromState: e.from ?? null,
      toState: e.to ?? null,
      detail: e.detail,
    });
    return Number(r.identifiers[0].id);
  }

  async list(q: TAuditQuery): Promise<TAuditListResponse> {
    const where: FindOptionsWhere<AuditLog> = {};
    if (q.entityType) where.entityType = q.entityType;
    if (q.entityId) where.entityId = q.entityId;
    const [rows, total] = await this.db.getRepository(AuditLog).findAndCount({
      where,
      order: { id: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const items = rows.map((r) => ({ ...r, detail: auditEvent(r).detail, createdAt: r.createdAt.toISOString() }));
    return { items, total };
  }
}
