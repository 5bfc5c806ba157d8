import { Controller, Get, Inject } from '@midwayjs/core';
import { TAuditQuery, ZAuditQuery } from '@recall/shared';
import { Auth } from '../core/auth';
import { ZQuery } from '../core/zod';
import { AuditService } from '../core/audit.service';
import { ReferenceDataService } from './reference-data.service';

@Controller('/api')
export class ReferenceController {
  @Inject()
  reference!: ReferenceDataService;

  @Inject()
  audit!: AuditService;

  /** The configured province's bureaus (public: the report form and transfers list them). */
  @Get('/bureaus')
  async bureaus() {
    return this.reference.bureaus();
  }

  /** The audit trail, for administrators and the province bureau. */
  @Get('/admin/audit')
  @Auth('admin', 'province')
  async auditTrail(@ZQuery(ZAuditQuery) query: TAuditQuery) {
    return this.audit.list(query);
  }
}
