import type { Context } from '@midwayjs/koa';
import busboy from 'busboy';
import { randomUUID } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ApiError, badRequest } from './errors';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Reads the one file of a multipart/form-data request (field `file`) as UTF-8 text, refusing
 * other extensions and anything over 20 MB before it is all read.
 */
export function readUploadedText(ctx: Context, extensions: string[]): Promise<string> {
  if (!ctx.is('multipart')) {
    return Promise.reject(
      badRequest('请以 multipart/form-data 上传文件（字段 file）', [{ path: 'file', message: '缺少文件' }]),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let found = false;
    let failed: ApiError | undefined;
    const bb = busboy({ headers: ctx.req.headers, limits: { files: 1, fileSize: MAX_TEXT_BYTES, fields: 10 } });
    bb.on('file', (field, stream, info) => {
      const ext = path.extname(info.filename ?? '').toLowerCase();
      if (field !== 'file' || !extensions.includes(ext)) {
        failed ??= badRequest(
          `只接受 ${extensions.join('、')} 文件`,
          [{ path: 'file', message: '文件类型不支持' }],
          'UNSUPPORTED_FILE',
        );
        stream.resume();
        return;
      }
      found = true;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        failed = new ApiError(413, 'FILE_TOO_LARGE', '文件超过 20 MB');
      });
    });
    bb.on('error', () => reject(badRequest('上传内容格式不正确')));
    bb.on('close', () => {
      if (failed) return reject(failed);
      if (!found) return reject(badRequest('请选择要上传的文件', [{ path: 'file', message: '缺少文件' }]));
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    ctx.req.pipe(bb);
  });
}

export interface ReceivedFile {
  path: string;
  filename: string;
  bytes: number;
}

/**
 * Streams the one file of a multipart request (field `file`) to a temp file, never holding it
 * whole in memory; over `maxBytes` the upload is cut off, the partial file deleted, and 413 sent.
 */
export function receiveFileToDisk(ctx: Context, maxBytes: number, dir = os.tmpdir()): Promise<ReceivedFile> {
  if (!ctx.is('multipart')) {
    return Promise.reject(
      badRequest('请以 multipart/form-data 上传文件（字段 file）', [{ path: 'file', message: '缺少文件' }]),
    );
  }
  return new Promise((resolve, reject) => {
    let received: Promise<ReceivedFile> | undefined;
    let failed: ApiError | undefined;
    const bb = busboy({ headers: ctx.req.headers, limits: { files: 1, fileSize: maxBytes, fields: 5 } });
    bb.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const target = path.join(dir, `upload-${randomUUID()}`);
      const out = fs.createWriteStream(target);
      let bytes = 0;
      stream.on('data', (c: Buffer) => (bytes += c.length));
      stream.on('limit', () => {
        failed = new ApiError(413, 'FILE_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);
      });
      received = new Promise((res, rej) => {
        out.on('finish', () => res({ path: target, filename: info.filename ?? '', bytes }));
        out.on('error', rej);
      });
      stream.pipe(out);
    });
    bb.on('error', () => reject(badRequest('上传内容格式不正确')));
    bb.on('close', async () => {
      const file = await received?.catch(() => undefined);
      if (failed || !file) {
        if (file) await fs.promises.rm(file.path, { force: true });
        return reject(failed ?? badRequest('请选择要上传的文件', [{ path: 'file', message: '缺少文件' }]));
      }
      resolve(file);
    });
    ctx.req.pipe(bb);
  });
}
