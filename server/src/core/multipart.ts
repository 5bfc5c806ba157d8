import type { Context } from '@midwayjs/koa';
import busboy, { type Busboy, type FileInfo, type Limits } from 'busboy';
import { randomUUID } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { ApiError, badRequest } from './errors';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

const notMultipart = () =>
  badRequest('请以 multipart/form-data 上传文件（字段 file）', [{ path: 'file', message: '缺少文件' }]);
const malformed = () =>
  badRequest(
    '上传内容格式不正确或不完整，请重新上传',
    [{ path: 'file', message: '上传内容不完整' }],
    'MALFORMED_UPLOAD',
  );
const missingFile = () => badRequest('请选择要上传的文件', [{ path: 'file', message: '缺少文件' }]);
const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'FILE_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);

/**
 * Parses a multipart request, handing each file stream to `onFile`, and settles once: when the
 * form ends, when it is malformed (no boundary, garbage, cut short), or when the client goes away
 * mid-body. Whatever happens, busboy is destroyed, which ends any open file stream with an error
 * the caller's pipeline catches, so nothing is left half-written or thrown uncaught.
 */
async function parseForm(
  ctx: Context,
  limits: Limits,
  onFile: (field: string, stream: Readable, info: FileInfo) => void,
): Promise<void> {
  if (!ctx.is('multipart')) throw notMultipart();
  let bb: Busboy;
  try {
    bb = busboy({ headers: ctx.req.headers, limits });
  } catch {
    throw malformed(); // e.g. multipart/form-data without a boundary
  }
  const req = ctx.req;
  try {
    await new Promise<void>((resolve, reject) => {
      bb.on('file', (field, stream, info) => {
        // A stream nobody reads still errors when the form is cut short: never leave that uncaught.
        stream.on('error', () => undefined);
        onFile(field, stream, info);
      });
      bb.on('close', resolve);
      bb.on('error', () => reject(malformed()));
      req.on('error', () => reject(malformed()));
      req.on('close', () => {
        if (!req.complete) reject(malformed()); // the client went away mid-body
      });
      req.pipe(bb);
    });
  } finally {
    req.unpipe(bb);
    bb.destroy();
  }
}

/**
 * Reads the one file of a multipart/form-data request (field `file`) as UTF-8 text, refusing
 * other extensions and anything over 20 MB before it is all read.
 */
export async function readUploadedText(ctx: Context, extensions: string[]): Promise<string> {
  const chunks: Buffer[] = [];
  let found = false;
  let failed: ApiError | undefined;
  await parseForm(ctx, { files: 1, fileSize: MAX_TEXT_BYTES, fields: 10 }, (field, stream, info) => {
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
    stream.on('limit', () => (failed = tooLarge(MAX_TEXT_BYTES)));
  });
  if (failed) throw failed;
  if (!found) throw missingFile();
  return Buffer.concat(chunks).toString('utf8');
}

export interface ReceivedFile {
  path: string;
  filename: string;
  bytes: number;
}

/**
 * Streams the one file of a multipart request (field `file`) to a temp file in `dir`, never
 * holding it whole in memory. Over `maxBytes` the upload is cut off and 413 sent; a malformed,
 * truncated or abandoned upload is a 400. In every failure the partial file is deleted.
 */
export async function receiveFileToDisk(ctx: Context, maxBytes: number, dir: string): Promise<ReceivedFile> {
  let file: ReceivedFile | undefined;
  let written: Promise<void> | undefined;
  let failed: ApiError | undefined;
  try {
    await parseForm(ctx, { files: 1, fileSize: maxBytes, fields: 5 }, (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const received: ReceivedFile = {
        path: path.join(dir, `upload-${randomUUID()}`),
        filename: info.filename,
        bytes: 0,
      };
      file = received;
      stream.on('data', (c: Buffer) => (received.bytes += c.length));
      stream.on('limit', () => (failed = tooLarge(maxBytes)));
      written = pipeline(stream, fs.createWriteStream(received.path));
      written.catch(() => undefined); // awaited below; this only marks the rejection as handled
    });
    // The form may close before the last bytes reach the disk.
    await written?.catch(() => {
      throw malformed();
    });
    if (failed) throw failed;
    if (!file) throw missingFile();
    return file;
  } catch (e) {
    // Wait until the file is closed (parseForm destroyed its stream), then remove what was written.
    await written?.catch(() => undefined);
    if (file) await fs.promises.rm(file.path, { force: true });
    throw e;
  }
}
