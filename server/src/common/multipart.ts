import type { Context } from '@midwayjs/koa';
import busboy from 'busboy';
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
