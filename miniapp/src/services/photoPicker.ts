import Taro from '@tarojs/taro';
import { isWeapp } from '../utils/env';
import { ApiError } from './errors';

/** A photo picked on the phone (or in the browser), ready for Taro.uploadFile. */
export interface PickedPhoto {
  /** WeChat temp path, or a blob: URL in the browser. */
  path: string;
  name: string;
  size: number;
}

export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Why a picked file cannot be sent (the server refuses the same with the same words), or undefined. */
export function photoProblem(p: { name: string; size: number; type?: string }): string | undefined {
  const name = p.name.toLowerCase();
  if (/\.(heic|heif)$/.test(name) || /hei[cf]/i.test(p.type ?? ''))
    return 'HEIC 格式的照片暂不支持，请在手机相机设置中改为“兼容性最佳”，或截图后上传';
  if (p.type && !/^image\/(jpeg|png|webp)$/i.test(p.type)) return '只能上传 JPG、PNG 或 WebP 格式的照片';
  if (p.size > MAX_PHOTO_BYTES) return '照片不能超过 10 MB';
  return undefined;
}

/**
 * Lets the person take or choose up to `count` photos; [] when they cancel. WeChat: chooseMedia
 * (compressed, album or camera). Browser: a file input (several at once).
 */
export async function pickPhotos(count: number): Promise<Array<PickedPhoto & { problem?: string }>> {
  if (count <= 0) return [];
  if (isWeapp()) {
    try {
      const res = await Taro.chooseMedia({
        count,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      return res.tempFiles.slice(0, count).map((f) => {
        const name = f.tempFilePath.split('/').pop() ?? 'photo.jpg';
        return { path: f.tempFilePath, name, size: f.size, problem: photoProblem({ name, size: f.size }) };
      });
    } catch (err) {
      const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
      if (/cancel/i.test(msg)) return [];
      throw new ApiError(0, 'PICK_PHOTO', '无法选择照片，请检查相册和相机权限后重试');
    }
  }
  return pickInBrowser(count);
}

function pickInBrowser(count: number): Promise<Array<PickedPhoto & { problem?: string }>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = true;
    input.style.display = 'none';
    input.className = 'photo-file-input';
    const done = (files: Array<PickedPhoto & { problem?: string }>) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, count);
      done(
        files.map((f) => ({
          path: URL.createObjectURL(f),
          name: f.name,
          size: f.size,
          problem: photoProblem({ name: f.name, size: f.size, type: f.type }),
        })),
      );
    });
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });
}

/** Frees a browser blob: URL once its photo is removed. */
export function releasePhoto(path: string | undefined): void {
  if (path && path.startsWith('blob:') && typeof URL !== 'undefined') URL.revokeObjectURL(path);
}
