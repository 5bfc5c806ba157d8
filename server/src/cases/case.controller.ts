import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import {
  TCaseActionRequest,
  TCaseListQuery,
  TCaseOpenRequest,
  TChannelCountRequest,
  TVoluntaryCaseRequest,
  zId,
  ZCaseActionRequest,
  ZCaseListQuery,
  ZCaseOpenRequest,
  ZChannelCountRequest,
  ZVoluntaryCaseRequest,
} from '@recall/shared';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { ZBody, ZParams, ZQuery } from '../core/zod';
import { CaseListService } from './case-list.service';
import { CaseViewService } from './case-view.service';
import { CaseService } from './case.service';
import { CompletionService } from './completion.service';
import { DocumentFileService } from './document-file.service';
import { FileLinks } from './file-links';

const ZIdParams = z.object({ id: zId });
const ZDocParams = z.object({ id: zId, docId: zId });
const ZFileParams = z.object({ file: z.string().regex(/^\d+\.docx$/, { error: '文书编号格式不正确' }) });
const ZSigned = z.object({
  exp: z.coerce.number({ error: '链接无效' }).int(),
  sig: z.string({ error: '链接无效' }).max(64),
});
type Signed = z.infer<typeof ZSigned>;

/** The case workflow (苏市监规〔2025〕8号) over HTTP: thin, every rule lives in the services. */
@Controller('/api')
export class CaseController {
  @Inject()
  ctx!: Context;

  @Inject()
  cases!: CaseService;

  @Inject()
  views!: CaseViewService;

  @Inject()
  lists!: CaseListService;

  @Inject()
  files!: DocumentFileService;

  @Inject()
  links!: FileLinks;

  @Inject()
  completion!: CompletionService;

  @Get('/cases')
  @Auth('bureau', 'province', 'producer')
  async list(@ZQuery(ZCaseListQuery) q: TCaseListQuery) {
    return this.lists.list(this.ctx.caller!, q);
  }

  @Post('/cases')
  @Auth('bureau', 'province')
  async open(@ZBody(ZCaseOpenRequest) body: TCaseOpenRequest) {
    const id = await this.cases.open(this.ctx.caller!, body);
    this.ctx.status = 201;
    return this.views.view(this.ctx.caller!, id);
  }

  @Post('/cases/voluntary')
  @Auth('producer')
  async voluntary(@ZBody(ZVoluntaryCaseRequest) body: TVoluntaryCaseRequest) {
    const id = await this.cases.voluntary(this.ctx.caller!, body);
    this.ctx.status = 201;
    return this.views.view(this.ctx.caller!, id);
  }

  @Get('/cases/:id')
  @Auth('bureau', 'province', 'producer')
  async view(@ZParams(ZIdParams) p: { id: number }) {
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Post('/cases/:id/actions')
  @Auth('bureau', 'province', 'producer')
  async act(@ZParams(ZIdParams) p: { id: number }, @ZBody(ZCaseActionRequest) body: TCaseActionRequest) {
    await this.cases.act(this.ctx.caller!, p.id, body);
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Post('/cases/:id/documents/:docId/receipt')
  @Auth('bureau', 'province', 'producer')
  async receipt(
    @ZParams(ZDocParams) p: { id: number; docId: number },
    @ZBody(z.record(z.string(), z.unknown())) body: Record<string, unknown>,
  ) {
    await this.cases.confirmReceipt(this.ctx.caller!, p.id, p.docId, body);
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Get('/cases/:id/documents/:docId')
  @Auth('bureau', 'province', 'producer')
  async document(@ZParams(ZDocParams) p: { id: number; docId: number }) {
    return this.views.document(this.ctx.caller!, p.id, p.docId);
  }

  @Post('/cases/:id/channel-counts')
  @Auth('producer')
  async channelCount(@ZParams(ZIdParams) p: { id: number }, @ZBody(ZChannelCountRequest) body: TChannelCountRequest) {
    await this.cases.setChannelCount(this.ctx.caller!, p.id, body);
    return (await this.views.view(this.ctx.caller!, p.id)).completion;
  }

  /** A document as DOCX, by the signed link the case view hands out. */
  @Get('/documents/:file')
  async docx(@ZParams(ZFileParams) p: { file: string }, @ZQuery(ZSigned) q: Signed) {
    const id = Number(p.file.split('.')[0]);
    this.links.verify(`doc:${id}`, q.exp, q.sig);
    const file = await this.files.docx(id);
    return this.attach(file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }

  /** The e-dossier (电子案卷) ZIP, by the signed link given to staff. */
  @Get('/cases/:id/dossier.zip')
  async dossier(@ZParams(ZIdParams) p: { id: number }, @ZQuery(ZSigned) q: Signed) {
    this.links.verify(`dossier:${p.id}`, q.exp, q.sig);
    return this.attach(await this.files.dossier(p.id), 'application/zip');
  }

  private attach(file: { name: string; data: Buffer }, type: string): Buffer {
    this.ctx.type = type;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return file.data;
  }
}
