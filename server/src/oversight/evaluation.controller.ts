import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput, type TEvaluationResponse } from '@recall/shared';
import { Route } from '../core/route';
import { EvaluationService } from './evaluation.service';
import { evaluationWorkbook } from './evaluation-xlsx';
import { evaluationDocument } from './evaluation-docx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The province's evaluation of the cities (苏 第二十一条) and its exports; a city bureau reads its own. */
@Controller('/api')
export class EvaluationController {
  @Inject()
  ctx!: Context;

  @Inject()
  evaluation!: EvaluationService;

  @Route(API.evaluation.show)
  async show({ query }: RouteInput<typeof API.evaluation.show>) {
    return this.evaluation.show(this.ctx.caller!, query);
  }

  @Route(API.evaluation.save)
  async save({ body }: RouteInput<typeof API.evaluation.save>) {
    return this.evaluation.save(this.ctx.caller!, body);
  }

  @Route(API.evaluation.xlsx)
  async workbook({ query }: RouteInput<typeof API.evaluation.xlsx>) {
    const e = await this.evaluation.show(this.ctx.caller!, query);
    return this.attach(e, '召回工作评价.xlsx', XLSX, await evaluationWorkbook(e));
  }

  @Route(API.evaluation.docx)
  async document({ query }: RouteInput<typeof API.evaluation.docx>) {
    const e = await this.evaluation.show(this.ctx.caller!, query);
    return this.attach(e, '缺陷消费品召回工作评价.docx', DOCX, await evaluationDocument(e));
  }

  private attach(e: TEvaluationResponse, what: string, type: string, data: Buffer): Buffer {
    this.ctx.type = type;
    const name = `${e.period.label}${e.place}${what}`;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return data;
  }
}
