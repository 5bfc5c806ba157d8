import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, MAX_RECORD_FILE_BYTES, type RouteInput } from '@recall/shared';
import { idempotencyKey } from '../core/idempotency';
import { receiveFileToDisk } from '../core/multipart';
import { Route } from '../core/route';
import { CaseRecordService } from './case-records.service';

/** Records on a case (现场调查, 约谈, 处理措施) over HTTP: thin, the rules live in CaseRecordService. */
@Controller('/api')
export class CaseRecordController {
  @Inject()
  ctx!: Context;

  @Inject()
  records!: CaseRecordService;

  @Route(API.caseRecords.list)
  async list({ params: p }: RouteInput<typeof API.caseRecords.list>) {
    return this.records.list(this.ctx.caller!, p.id);
  }

  @Route(API.caseRecords.inspection)
  async inspection({ params: p, body }: RouteInput<typeof API.caseRecords.inspection>) {
    return this.records.create(this.ctx.caller!, p.id, { kind: 'inspection', body }, idempotencyKey(this.ctx));
  }

  @Route(API.caseRecords.interview)
  async interview({ params: p, body }: RouteInput<typeof API.caseRecords.interview>) {
    return this.records.create(this.ctx.caller!, p.id, { kind: 'interview', body }, idempotencyKey(this.ctx));
  }

  @Route(API.caseRecords.measure)
  async measure({ params: p, body }: RouteInput<typeof API.caseRecords.measure>) {
    return this.records.create(this.ctx.caller!, p.id, { kind: 'measure', body }, idempotencyKey(this.ctx));
  }

  /** An evidence file: streamed to disk, checked by its content, kept with the case. */
  @Route(API.caseRecords.uploadFile)
  async uploadFile({ params: p }: RouteInput<typeof API.caseRecords.uploadFile>) {
    const file = await receiveFileToDisk(this.ctx, MAX_RECORD_FILE_BYTES, this.records.photos.tempDir);
    return this.records.storeFile(this.ctx.caller!, p.id, file.path, file.filename);
  }

  @Route(API.caseRecords.file)
  async file({ params: p, query: q }: RouteInput<typeof API.caseRecords.file>) {
    const f = await this.records.openFile(p.id, q.exp, q.sig);
    return this.attach(f.name, f.data, f.mime);
  }

  @Route(API.caseRecords.inspectionDocx)
  async inspectionDocx({ params: p, query: q }: RouteInput<typeof API.caseRecords.inspectionDocx>) {
    const f = await this.records.inspectionDocx(p.id, q.exp, q.sig);
    return this.attach(f.name, f.data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }

  private attach(name: string, data: Buffer, type: string): Buffer {
    this.ctx.type = type;
    this.ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    this.ctx.set('Cache-Control', 'private, no-store');
    return data;
  }
}
