import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { z } from 'zod';
import { Auth } from '../core/auth';
import { receiveFileToDisk } from '../core/multipart';
import { ZParams, ZQuery } from '../core/zod';
import { MAX_PHOTO_BYTES, PhotoService } from './photo.service';

const ZPhotoParams = z.object({ id: z.string().uuid({ error: '图片编号格式不正确' }) });
const ZPhotoQuery = z.object({
  exp: z.coerce.number({ error: '链接无效' }).int(),
  sig: z.string({ error: '链接无效' }).max(64),
  size: z.enum(['thumb']).optional(),
});

@Controller('/api')
export class UploadController {
  @Inject()
  ctx!: Context;

  @Inject()
  photos!: PhotoService;

  /** A photo for a clue report: streamed to disk, checked, re-encoded without metadata. */
  @Post('/uploads')
  @Auth()
  async upload() {
    const file = await receiveFileToDisk(this.ctx, MAX_PHOTO_BYTES);
    const started = process.hrtime.bigint();
    const stored = await this.photos.store(this.ctx.caller!.userId, file.path);
    // How long checking, re-encoding and storing took, for clients and the benchmark.
    this.ctx.set('Server-Timing', `photo;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
    this.ctx.status = 201;
    return { id: stored.id, url: this.photos.link(stored.id) };
  }

  /** Serves a photo by a signed, expiring link (the server hands links only to those allowed). */
  @Get('/uploads/:id')
  async photo(@ZParams(ZPhotoParams) params: { id: string }, @ZQuery(ZPhotoQuery) q: z.infer<typeof ZPhotoQuery>) {
    const { stream, mime } = await this.photos.open(params.id, q.exp, q.sig, q.size);
    this.ctx.type = mime;
    this.ctx.set('Cache-Control', 'private, max-age=3600');
    return stream;
  }
}
