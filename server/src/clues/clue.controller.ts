import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TBureauClueListQuery,
  TClueAcceptRequest,
  TClueCreateRequest,
  TClueMergeRequest,
  TClueRejectRequest,
  TClueTransferRequest,
  TStaffClueCreateRequest,
  zId,
  ZBureauClueListQuery,
  ZClueAcceptRequest,
  ZClueCreateRequest,
  ZClueMergeRequest,
  ZClueRejectRequest,
  ZClueTransferRequest,
  ZStaffClueCreateRequest,
} from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { idempotencyKey } from '../core/idempotency';
import { ZBody, ZParams, ZQuery } from '../core/zod';
import { ClueInboxService } from './clue-inbox.service';
import { ClueService } from './clue.service';

const ZIdParams = z.object({ id: zId });
type IdParams = z.infer<typeof ZIdParams>;

@Controller('/api')
export class ClueController {
  @Inject()
  ctx!: Context;

  @Inject()
  clues!: ClueService;

  @Inject()
  inbox!: ClueInboxService;

  @Post('/clues')
  @Auth('consumer')
  async create(@ZBody(ZClueCreateRequest) body: TClueCreateRequest) {
    this.ctx.status = 201;
    return this.clues.create(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Get('/clues')
  @Auth('consumer')
  async mine() {
    return this.clues.mine(this.ctx.caller!);
  }

  @Get('/clues/:id')
  @Auth()
  async view(@ZParams(ZIdParams) p: IdParams) {
    return this.clues.view(this.ctx.caller!, p.id);
  }

  @Get('/bureau/clues')
  @Auth('bureau', 'province')
  async list(@ZQuery(ZBureauClueListQuery) q: TBureauClueListQuery) {
    return this.inbox.list(this.ctx.caller!, q);
  }

  /** A clue from another source of 第八条 (sampling, 12315, foreign recalls …), entered by staff. */
  @Post('/bureau/clues')
  @Auth('bureau', 'province')
  async enter(@ZBody(ZStaffClueCreateRequest) body: TStaffClueCreateRequest) {
    this.ctx.status = 201;
    return this.clues.create(this.ctx.caller!, body, idempotencyKey(this.ctx));
  }

  @Post('/bureau/clues/:id/read')
  @Auth('bureau', 'province')
  async read(@ZParams(ZIdParams) p: IdParams) {
    await this.inbox.markRead(this.ctx.caller!, p.id);
    return { id: p.id, read: true };
  }

  @Post('/bureau/clues/:id/accept')
  @Auth('bureau', 'province')
  async accept(@ZParams(ZIdParams) p: IdParams, @ZBody(ZClueAcceptRequest) b: TClueAcceptRequest) {
    return this.inbox.accept(this.ctx.caller!, p.id, b.note);
  }

  @Post('/bureau/clues/:id/reject')
  @Auth('bureau', 'province')
  async reject(@ZParams(ZIdParams) p: IdParams, @ZBody(ZClueRejectRequest) b: TClueRejectRequest) {
    return this.inbox.reject(this.ctx.caller!, p.id, b.reason);
  }

  @Post('/bureau/clues/:id/transfer')
  @Auth('bureau', 'province')
  async transfer(@ZParams(ZIdParams) p: IdParams, @ZBody(ZClueTransferRequest) b: TClueTransferRequest) {
    return this.inbox.transfer(this.ctx.caller!, p.id, b);
  }

  @Post('/bureau/clues/:id/merge')
  @Auth('bureau', 'province')
  async merge(@ZParams(ZIdParams) p: IdParams, @ZBody(ZClueMergeRequest) b: TClueMergeRequest) {
    return this.inbox.merge(this.ctx.caller!, p.id, b);
  }

  @Get('/bureau/clues/:id/duplicates')
  @Auth('bureau', 'province')
  async duplicates(@ZParams(ZIdParams) p: IdParams) {
    return this.inbox.duplicates(this.ctx.caller!, p.id);
  }
}
