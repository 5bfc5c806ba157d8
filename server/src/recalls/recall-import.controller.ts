import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { readUploadedText } from '../core/multipart';
import { Route } from '../core/route';
import { RecallImportService } from './recall-import.service';

/** Staff import of recalls (JSON lines) and withdrawal of a published one. */
@Controller('/api')
export class RecallImportController {
  @Inject()
  ctx!: Context;

  @Inject()
  importer!: RecallImportService;

  @Route(API.recalls.import)
  async import() {
    const text = await readUploadedText(this.ctx, ['.jsonl', '.json', '.txt']);
    return this.importer.importText(text, { actorId: this.ctx.caller!.userId });
  }

  @Route(API.recalls.withdraw)
  async withdraw({ params, body }: RouteInput<typeof API.recalls.withdraw>) {
    await this.importer.withdraw(params.id, body.reason, this.ctx.caller!.userId);
    return { id: params.id, withdrawn: true };
  }
}
