import Taro from '@tarojs/taro';
import { isWeapp } from '../utils/env';
import { ApiError } from './errors';

/** A file the person picked, ready for Taro.uploadFile. */
export interface PickedFile {
  /** WeChat temp path, or a blob: URL in the browser. */
  path: string;
  name: string;
  size: number;
}

let lastObjectUrl: string | null = null;

/**
 * Lets the person pick one file with the given extension (e.g. 'jsonl', or several:
 * ['pdf', 'docx']); null when they cancel.
 * WeChat picks from a chat (chooseMessageFile: the way files reach a phone there); the browser
 * build, where chooseMessageFile does not exist, uses a file input.
 */
export async function pickFile(extension: string | string[]): Promise<PickedFile | null> {
  const extensions = typeof extension === 'string' ? [extension] : extension;
  if (isWeapp()) {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
      const f = res.tempFiles[0];
      return f ? { path: f.path, name: f.name, size: f.size } : null;
    } catch (err) {
      const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
      if (/cancel/i.test(msg)) return null;
      throw new ApiError(0, 'PICK_FILE', '无法选择文件，请稍后重试');
    }
  }
  return pickInBrowser(extensions);
}

function pickInBrowser(extensions: string[]): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    const done = (file: PickedFile | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(null);
      if (lastObjectUrl) URL.revokeObjectURL(lastObjectUrl);
      lastObjectUrl = URL.createObjectURL(file);
      done({ path: lastObjectUrl, name: file.name, size: file.size });
    });
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}
