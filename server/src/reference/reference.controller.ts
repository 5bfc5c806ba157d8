import { Config, Controller, Inject } from '@midwayjs/core';
import type { Env } from '../core/env';
import type { Context } from '@midwayjs/koa';
import { API, regionChildren, regionFullName, type RouteInput, type TRegionListResponse } from '@recall/shared';
import { AuditService } from '../core/audit.service';
import { Route } from '../core/route';
import { apiDocsPage } from './api-docs';
import { openApiDocument } from './openapi';
import { ReferenceDataService } from './reference-data.service';

@Controller('/api')
export class ReferenceController {
  @Inject()
  ctx!: Context;

  @Config('env')
  env!: Env;

  @Inject()
  reference!: ReferenceDataService;

  @Inject()
  audit!: AuditService;

  /** The configured province's bureaus (public: the report form and transfers list them). */
  @Route(API.reference.bureaus)
  async bureaus() {
    return this.reference.bureaus();
  }

  /**
   * One level of the national region table for the pickers (the miniapp does not carry the table).
   * The table changes only with a release, so browsers and CDNs may keep each answer for a day.
   */
  @Route(API.reference.regions)
  async regions({ query }: RouteInput<typeof API.reference.regions>): Promise<TRegionListResponse> {
    this.ctx.set('Cache-Control', 'public, max-age=86400');
    const { parent } = query;
    return {
      parent: parent ? { code: parent, name: regionFullName(parent) ?? parent } : null,
      items: regionChildren(parent),
    };
  }

  /** The whole API described from the route table (OpenAPI 3.1). */
  @Route(API.reference.openapi)
  async openapi() {
    return openApiDocument(this.env.publicBaseUrl);
  }

  /** The open-data part of the API, as a page people can read. */
  @Route(API.reference.docs)
  async docs() {
    this.ctx.type = 'text/html; charset=utf-8';
    return apiDocsPage(this.env.publicBaseUrl);
  }

  /** The audit trail, for administrators and the province bureau. */
  @Route(API.reference.audit)
  async auditTrail({ query }: RouteInput<typeof API.reference.audit>) {
    return this.audit.list(query);
  }
}
