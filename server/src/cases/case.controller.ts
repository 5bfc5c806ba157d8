import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { CaseListService } from './case-list.service';
import { CaseViewService } from './case-view.service';
import { CaseService } from './case.service';
import { CompletionService } from './completion.service';
import { DocumentFileService } from './document-file.service';
import { FileLinks } from './file-links';
import { Route } from '../core/route';

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

  @Route(API.cases.list)
  async list({ query: q }: RouteInput<typeof API.cases.list>) {
    return this.lists.list(this.ctx.caller!, q);
  }

  @Route(API.cases.open)
  async open({ body }: RouteInput<typeof API.cases.open>) {
    const id = await this.cases.open(this.ctx.caller!, body);
    return this.views.view(this.ctx.caller!, id);
  }

  @Route(API.cases.voluntary)
  async voluntary({ body }: RouteInput<typeof API.cases.voluntary>) {
    const id = await this.cases.voluntary(this.ctx.caller!, body);
    return this.views.view(this.ctx.caller!, id);
  }

  @Route(API.cases.view)
  async view({ params: p }: RouteInput<typeof API.cases.view>) {
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Route(API.cases.act)
  async act({ params: p, body }: RouteInput<typeof API.cases.act>) {
    await this.cases.act(this.ctx.caller!, p.id, body);
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Route(API.cases.receipt)
  async receipt({ params: p, body }: RouteInput<typeof API.cases.receipt>) {
    await this.cases.confirmReceipt(this.ctx.caller!, p.id, p.docId, body);
    return this.views.view(this.ctx.caller!, p.id);
  }

  @Route(API.cases.document)
  async document({ params: p }: RouteInput<typeof API.cases.document>) {
    return this.views.document(this.ctx.caller!, p.id, p.docId);
  }

  @Route(API.cases.channelCount)
  async channelCount({ params: p, body }: RouteInput<typeof API.cases.channelCount>) {
    await this.cases.setChannelCount(this.ctx.caller!, p.id, body);
    return (await this.views.view(this.ctx.caller!, p.id)).completion;
  }

  /** A document as DOCX, by the signed link the case view hands out. */
  @Route(API.cases.docx)
  async docx({ params: p, query: q }: RouteInput<typeof API.cases.docx>) {
    const id = Number(p.file.split('.')[0]);
    this.links.verify(`doc:${id}`, q.exp, q.sig);
    const file = await this.files.docx(id);
    return this.attach(file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }

  /** The e-dossier (电子案卷) ZIP, by the signed link given to staff. */
  @Route(API.cases.dossier)
  async dossier({ params: p, query: q }: RouteInput<typeof API.cases.dossier>) {
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
