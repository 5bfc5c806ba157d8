import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { DraftPhoto } from '../features/clues/clueDraft';
import { pickDraftPhotos, uploadDraftPhoto } from '../services/draftForm';
import { releasePhoto } from '../services/photoPicker';

/**
 * Photos of a form kept apart from its fields (the 消费提示 form): picked, uploaded one by one
 * through the uploads API (the server strips EXIF), retried, removed. `max`: how many the schema
 * takes; `prefix` keeps draft keys apart per form.
 */
export function useDraftPhotos(max: number, prefix: string) {
  const [photos, setPhotos] = useState<DraftPhoto[]>([]);
  const latest = useRef(photos);
  latest.current = photos;
  const adding = useRef(false);

  const patch = useCallback(
    (key: string, p: Partial<DraftPhoto>) => setPhotos((all) => all.map((x) => (x.key === key ? { ...x, ...p } : x))),
    [],
  );
  const start = useCallback((photo: DraftPhoto) => uploadDraftPhoto(photo, (p) => patch(photo.key, p)), [patch]);

  const add = useCallback(async () => {
    const left = max - latest.current.length;
    if (left <= 0 || adding.current) {
      if (left <= 0) void Taro.showToast({ title: `最多上传 ${max} 张照片`, icon: 'none' });
      return;
    }
    adding.current = true;
    try {
      const added = await pickDraftPhotos(left, prefix);
      if (!added.length) return;
      setPhotos((all) => [...all, ...added].slice(0, max));
      for (const p of added) if (p.status === 'uploading') void start(p);
    } finally {
      adding.current = false;
    }
  }, [max, prefix, start]);

  const retry = useCallback(
    (key: string) => {
      const p = latest.current.find((x) => x.key === key);
      if (p?.path) void start(p);
    },
    [start],
  );

  const remove = useCallback((key: string) => {
    releasePhoto(latest.current.find((x) => x.key === key)?.path);
    setPhotos((all) => all.filter((x) => x.key !== key));
  }, []);

  /** The ids to send, or the reason not to send yet. */
  const ids = (): { ids: string[]; problem?: string } =>
    photos.some((p) => p.status !== 'done')
      ? { ids: [], problem: '请等照片上传完成，或删除上传失败的照片' }
      : { ids: photos.map((p) => p.id!).filter(Boolean) };

  return { photos, setPhotos, add, retry, remove, ids };
}
