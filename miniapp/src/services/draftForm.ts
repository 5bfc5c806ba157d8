import Taro from '@tarojs/taro';
import { uploadPhoto } from './uploads';
import type { DraftPhoto } from '../features/clues/clueDraft';
import { ApiError, errorMessage } from './errors';
import { pickPhotos } from './photoPicker';

/*
 * What the forms share (useZodForm and the document forms of useDocForm): photos picked into the
 * draft and uploaded one by one, scrolling to the first problem, and the words for a failed
 * submission.
 */

let photoSeq = 0;

/**
 * Up to `count` photos picked into draft entries (`prefix` keeps their keys apart per form); a
 * picker failure is toasted and gives none. A file refused before sending has no path to retry.
 */
export async function pickDraftPhotos(count: number, prefix: string): Promise<DraftPhoto[]> {
  try {
    const picked = await pickPhotos(count);
    return picked.map((f) => ({
      key: `${prefix}${Date.now().toString(36)}${(photoSeq++).toString(36)}`,
      path: f.problem ? undefined : f.path,
      name: f.name,
      status: f.problem ? 'failed' : 'uploading',
      progress: 0,
      error: f.problem,
    }));
  } catch (err) {
    void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 2500 });
    return [];
  }
}

/** Uploads a draft photo, reporting progress (held below 100 until confirmed), the result or the failure. */
export async function uploadDraftPhoto(photo: DraftPhoto, patch: (p: Partial<DraftPhoto>) => void): Promise<void> {
  if (!photo.path) return;
  patch({ status: 'uploading', progress: 0, error: undefined });
  try {
    const res = await uploadPhoto({ path: photo.path, name: photo.name }, (progress) =>
      patch({ progress: Math.min(progress, 99) }),
    );
    patch({ status: 'done', progress: 100, id: res.id, url: res.url });
  } catch (err) {
    patch({ status: 'failed', error: errorMessage(err) });
  }
}

/** Scrolls to a field once the errors under it are drawn (`delay` ms: after sections opened by them). */
export function scrollToField(selector: string, { offsetTop = -16, delay = 80 } = {}): void {
  setTimeout(() => {
    void Taro.pageScrollTo({ selector, duration: 300, offsetTop }).catch(() => undefined);
  }, delay);
}

/**
 * A failed submission as form errors: the server's issues under their fields (else its message on
 * the form); for a kept draft (`what`: 报告 or 申请) a dropped connection says the draft is kept and
 * sending again makes no duplicate.
 */
export function submitErrors<F extends string>(
  err: unknown,
  fields: readonly F[],
  fieldOf: (path: string) => F | undefined,
  what?: string,
): Partial<Record<F | 'form', string>> {
  if (err instanceof ApiError && err.issues.length > 0) {
    const found: Partial<Record<F | 'form', string>> = {};
    for (const issue of err.issues) {
      const field = fieldOf(issue.path);
      if (field && !found[field]) found[field] = issue.message;
    }
    if (!fields.some((f) => found[f])) found.form = err.message;
    return found;
  }
  if (what && err instanceof ApiError && err.code === 'NETWORK') {
    return { form: `${err.message}。${what}尚未确认提交，草稿已保存在手机上；再次点“提交”不会重复提交。` } as Partial<
      Record<F | 'form', string>
    >;
  }
  return { form: errorMessage(err) } as Partial<Record<F | 'form', string>>;
}
