import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { TAuditListResponse, TAuditQuery } from '@recall/shared';
import { DataSource } from 'typeorm';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditLog } from '../db/entity';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  from?: string | null;
  to?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes audit rows, always through the caller's transaction so a change and its record commit together. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AuditService {
  @InjectDataSource()
  db!: DataSource;

  async record(manager: EntityManager, e: AuditEntry): Promise<void> {
    await manager.insert(AuditLog, {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      fromState: e.from ?? null,
      toState: e.to ?? null,
      detail: e.detail ?? null,
    });
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
    const items = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    return { items, total };
  }
}
