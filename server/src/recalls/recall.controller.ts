import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TRecallCheckRequest,
  TRecallListQuery,
  TWithdrawRequest,
  zId,
  ZRecallCheckRequest,
  ZRecallListQuery,
  ZWithdrawRequest,
} from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { readUploadedText } from '../core/multipart';
import { ZBody, ZParams, ZQuery } from '../core/zod';
import { atomFeed } from './atom-feed';
import { RecallImportService } from './recall-import.service';
import { RecallQueryService } from './recall-query.service';

const ZIdParams = z.object({ id: zId });

/** Public recall lookup (open data, no token) and the staff import. */
@Controller('/api')
export class RecallController {
  @Inject()
  ctx!: Context;

  @Inject()
  recalls!: RecallQueryService;

  @Inject()
  importer!: RecallImportService;

  // List and check answer JSON text built from pre-serialised recalls (the hot paths).
  @Get('/recalls')
  async list(@ZQuery(ZRecallListQuery) query: TRecallListQuery) {
    this.ctx.type = 'application/json';
    return this.recalls.list(query);
  }

  @Post('/recalls/check')
  async check(@ZBody(ZRecallCheckRequest) body: TRecallCheckRequest) {
    this.ctx.type = 'application/json';
    return this.recalls.check(body);
  }

  @Post('/recalls/import')
  @Auth('bureau', 'province', 'admin')
  async import() {
    const text = await readUploadedText(this.ctx, ['.jsonl', '.json', '.txt']);
    return this.importer.importText(text, { actorId: this.ctx.caller!.userId });
  }

  @Post('/recalls/:id/withdraw')
  @Auth('province', 'admin')
  async withdraw(@ZParams(ZIdParams) params: { id: number }, @ZBody(ZWithdrawRequest) body: TWithdrawRequest) {
    await this.importer.withdraw(params.id, body.reason, this.ctx.caller!.userId);
    return { id: params.id, withdrawn: true };
  }

  @Get('/recalls/:id')
  async detail(@ZParams(ZIdParams) params: { id: number }) {
    return this.recalls.detail(params.id);
  }

  @Get('/feed/recalls.atom')
  async feed() {
    this.ctx.type = 'application/atom+xml; charset=utf-8';
    return atomFeed(await this.recalls.latest(), this.ctx.origin);
  }
}
