import { Config, Init, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { randomUUID } from 'crypto';
import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { commandTransaction } from '../core/tx';
import { ApiError, badRequest } from '../core/errors';
import { sign, verifySignature } from '../core/crypto';
import { Recall, Upload } from '../db/entity';
import type { Env } from '../core/env';
import { S3Storage } from '../core/storage/s3-storage';
import { LocalDiskStorage, PhotoStorage } from '../core/storage/storage';
import { AuditService } from '../core/audit.service';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a 12-megapixel phone photo is ~12M pixels; refuse beyond 50M. */
const MAX_PIXELS = 50_000_000;
const LINK_TTL_S = 3600;
const TEMP_MAX_AGE_MS = 3600_000;
/**
 * Longest edge kept. 1920 (not 2048) lets libvips decode a 4000×3000 JPEG at half size
 * (shrink-on-load), which roughly halves the work per 12-megapixel photo; labels stay legible.
 */
const MAX_EDGE = 1920;

type Kind = 'jpeg' | 'png' | 'webp' | 'heic';

/** The type from the file's first bytes, whatever its name says. */
export function sniffImage(head: Buffer): Kind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.toString('latin1', 4, 8) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1)$/.test(head.toString('latin1', 8, 12))) {
    return 'heic';
  }
  return undefined;
}

/**
 * Photos: sniffed, bounded, re-encoded (rotated upright, at most 1920 px, JPEG) so EXIF and GPS
 * never reach storage, with a thumbnail. Links are signed and expire, so a photo is shown only to
 * whoever the server gave a link (the reporter and the clue's bureaus).
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PhotoService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  storage!: PhotoStorage;

  /** Where uploads are streamed before they are checked: this installation's own, not the system /tmp. */
  tempDir!: string;

  @Init()
  init(): void {
    const e = this.env;
    this.tempDir = path.resolve(e.DATA_DIR, 'tmp');
    fs.mkdirSync(this.tempDir, { recursive: true });
    void this.sweepTemp();
    this.storage =
      e.STORAGE === 's3'
        ? new S3Storage({
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
          })
        : new LocalDiskStorage(path.resolve(e.DATA_DIR, 'uploads'));
  }

  /**
   * Temp files a killed process left behind (a failed upload removes its own). Only those over an
   * hour old: another process sharing DATA_DIR may be receiving one right now.
   */
  async sweepTemp(now = Date.now()): Promise<void> {
    const names = await fs.promises.readdir(this.tempDir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith('upload-'))) {
      const file = path.join(this.tempDir, name);
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (stat && now - stat.mtimeMs > TEMP_MAX_AGE_MS)
        await fs.promises.rm(file, { force: true }).catch(() => undefined);
    }
  }

  async store(ownerId: number, tempFile: string): Promise<Upload> {
    try {
      const head = Buffer.alloc(16);
      const fd = await fs.promises.open(tempFile, 'r');
      await fd.read(head, 0, 16, 0);
      await fd.close();
      const kind = sniffImage(head);
      if (kind === 'heic')
        throw badRequest(
          '暂不支持 HEIC 格式，请在手机相机设置中选择“兼容性最佳”或上传截图',
          undefined,
          'UNSUPPORTED_IMAGE',
        );
      if (!kind)
        throw badRequest(
          '只能上传 JPEG、PNG 或 WebP 图片',
          [{ path: 'file', message: '不是支持的图片' }],
          'UNSUPPORTED_IMAGE',
        );
      const { photo, thumb, width, height } = await this.reencode(tempFile);
      const id = randomUUID();
      const month = new Date().toISOString().slice(0, 7).replace('-', '/');
      const upload = {
        id,
        ownerId,
        clueId: null,
        mime: 'image/jpeg',
        width,
        height,
        bytes: photo.length,
        storageKey: `photos/${month}/${id}.jpg`,
        thumbKey: `photos/${month}/${id}_t.jpg`,
      };
      // Bytes first, then the row: an acknowledged upload always has its file.
      await this.storage.put(upload.storageKey, photo, upload.mime);
      await this.storage.put(upload.thumbKey, thumb, upload.mime);
      await commandTransaction(this.db, async (m) => {
        await m.insert(Upload, upload);
        await this.audit.record(m, {
          actorId: ownerId,
          action: 'upload.created',
          entityType: 'upload',
          entityId: id,
          detail: null,
        });
      });
      return await this.db.getRepository(Upload).findOneByOrFail({ id });
    } finally {
      await fs.promises.rm(tempFile, { force: true });
    }
  }

  private async reencode(file: string) {
    try {
      // Decode the original once (JPEG shrink-on-load does most of the resize); the thumbnail
      // comes from the re-encoded photo, not from the 12-megapixel original again.
      const photo = await sharp(file, { limitInputPixels: MAX_PIXELS, failOn: 'error', sequentialRead: true })
        .rotate()
        .resize(MAX_EDGE, MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82 }) // libjpeg-turbo: mozjpeg measured 3.4× slower here for little gain
        .toBuffer({ resolveWithObject: true });
      const thumb = await sharp(photo.data)
        .resize(360, 360, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 75 })
        .toBuffer();
      return { photo: photo.data, thumb, width: photo.info.width, height: photo.info.height };
    } catch (e) {
      const msg = String((e as Error).message);
      if (/pixel limit/i.test(msg)) throw badRequest('图片像素过大，请压缩后再上传', undefined, 'IMAGE_TOO_LARGE');
      throw badRequest('图片已损坏或无法识别', [{ path: 'file', message: '无法读取图片' }], 'UNSUPPORTED_IMAGE');
    }
  }

  /** A link to a photo (or its thumbnail) that works for an hour, without a token. */
  link(id: string, size?: 'thumb', ttlS = LINK_TTL_S, now = Date.now()): string {
    const exp = Math.floor(now / 1000) + ttlS;
    return `/api/uploads/${id}?exp=${exp}&sig=${sign(this.env.JWT_SECRET, `${id}:${exp}`)}${size ? `&size=${size}` : ''}`;
  }

  async open(id: string, exp: number, sig: string, size?: string) {
    if (!(exp > Date.now() / 1000) || !verifySignature(this.env.JWT_SECRET, `${id}:${exp}`, sig)) {
      throw new ApiError(403, 'LINK_EXPIRED', '图片链接已失效，请刷新页面');
    }
    return this.read(id, size);
  }

  /** A 外观照片 of a public recall's plan: public while the recall is (附件6 注), gone once withdrawn. */
  async openRecallPhoto(recallId: number, photoId: string, size?: string) {
    const recall = await this.db.getRepository(Recall).findOneBy({ id: recallId });
    if (!recall || recall.withdrawn || !(recall.photoIds ?? []).includes(photoId))
      throw new ApiError(404, 'NOT_FOUND', '图片不存在');
    // A photo WeChat's content check found risky is never shown to the public.
    return this.read(photoId, size, (u) => u.review !== 'risky');
  }

  private async read(id: string, size?: string, shown: (u: Upload) => boolean = () => true) {
    const upload = await this.db.getRepository(Upload).findOneBy({ id });
    if (!upload || !shown(upload)) throw new ApiError(404, 'NOT_FOUND', '图片不存在');
    return {
      stream: await this.storage.read(size === 'thumb' ? upload.thumbKey : upload.storageKey),
      mime: upload.mime,
    };
  }
}
