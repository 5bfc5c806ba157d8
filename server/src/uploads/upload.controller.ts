import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { receiveFileToDisk } from '../core/multipart';
import { MAX_PHOTO_BYTES, PhotoService } from './photo.service';
import { Route } from '../core/route';

@Controller('/api')
export class UploadController {
  @Inject()
  ctx!: Context;

  @Inject()
  photos!: PhotoService;

  /** A photo for a clue report: streamed to disk, checked, re-encoded without metadata. */
  @Route(API.uploads.upload)
  async upload() {
    const file = await receiveFileToDisk(this.ctx, MAX_PHOTO_BYTES, this.photos.tempDir);
    const started = process.hrtime.bigint();
    const stored = await this.photos.store(this.ctx.caller!.userId, file.path);
    // How long checking, re-encoding and storing took, for clients and the benchmark.
    this.ctx.set('Server-Timing', `photo;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
    return { id: stored.id, url: this.photos.link(stored.id) };
  }

  /** Serves a photo by a signed, expiring link (the server hands links only to those allowed). */
  @Route(API.uploads.photo)
  async photo({ params, query: q }: RouteInput<typeof API.uploads.photo>) {
    const { stream, mime } = await this.photos.open(params.id, q.exp, q.sig, q.size);
    this.ctx.type = mime;
    this.ctx.set('Cache-Control', 'private, max-age=3600');
    return stream;
  }

  /** A plan photo of a public recall: no link signature, the recall being public is the permission. */
  @Route(API.uploads.recallPhoto)
  async recallPhoto({ params, query: q }: RouteInput<typeof API.uploads.recallPhoto>) {
    const { stream, mime } = await this.photos.openRecallPhoto(params.id, params.photoId, q.size);
    this.ctx.type = mime;
    this.ctx.set('Cache-Control', 'public, max-age=3600');
    return stream;
  }
}
