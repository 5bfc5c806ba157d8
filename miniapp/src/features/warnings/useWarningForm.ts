import { useEffect, useState } from 'react';
import {
  type CategoryCode,
  type TWarningView,
  type WarningGround,
  WARNING_DEFAULT_ADVICE,
  ZWarningCorrectRequest,
  ZWarningPublishRequest,
} from '@recall/shared';
import { useDraftPhotos } from '../../hooks/useDraftPhotos';
import { ApiError, errorMessage } from '../../services/errors';
import { correctWarning, fetchWarning, publishWarning } from './api';

export interface WarningDraft {
  ground: WarningGround;
  productName: string;
  brand: string;
  categoryCode: CategoryCode;
  models: string;
  gtins: string;
  batches: string;
  productionFrom: string;
  productionTo: string;
  hazard: string;
  consequence: string;
  advice: string;
  producerName: string;
  note: string;
}

export type WarningField = keyof WarningDraft | 'photoIds';

/** As many photos as the contract takes (ZWarningPublishRequest.photoIds). */
export const MAX_WARNING_PHOTOS = 9;

const list = (s: string) =>
  s
    .split(/[\s,，、;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export const EMPTY_DRAFT: WarningDraft = {
  ground: 'untraceable',
  productName: '',
  brand: '',
  categoryCode: '01',
  models: '',
  gtins: '',
  batches: '',
  productionFrom: '',
  productionTo: '',
  hazard: '',
  consequence: '',
  advice: WARNING_DEFAULT_ADVICE,
  producerName: '',
  note: '',
};

const fromView = (w: TWarningView): WarningDraft => ({
  ground: w.ground,
  productName: w.productName,
  brand: w.brand ?? '',
  categoryCode: w.categoryCode,
  models: w.models.join('、'),
  gtins: w.gtins.join('、'),
  batches: w.batches.join('、'),
  productionFrom: w.productionFrom ?? '',
  productionTo: w.productionTo ?? '',
  hazard: w.hazard,
  consequence: w.consequence,
  advice: w.advice,
  producerName: w.producerName,
  note: '',
});

/** The request body of a draft: lists split on 、 or commas, empty optional fields left out. */
export function draftBody(d: WarningDraft, photoIds: string[] = []) {
  return {
    productName: d.productName,
    brand: d.brand || undefined,
    categoryCode: d.categoryCode,
    models: list(d.models),
    gtins: list(d.gtins),
    batches: list(d.batches),
    productionFrom: d.productionFrom || undefined,
    productionTo: d.productionTo || undefined,
    hazard: d.hazard,
    consequence: d.consequence,
    advice: d.advice,
    producerName: d.producerName || undefined,
    photoIds,
  };
}

/** The first field of an issue path ('gtins.0' → gtins). */
const fieldOf = (path: string): WarningField => path.split('.')[0] as WarningField;

/**
 * The 发布消费提示 form: on a case or a clue (publish), or a published warning (correct, `id`).
 * Checked by the shared schema before sending; the server's field issues land under their fields.
 */
export function useWarningForm(
  target: { caseId?: number; clueId?: number; id?: number },
  initial: Partial<WarningDraft>,
) {
  const [draft, setDraft] = useState<WarningDraft>({ ...EMPTY_DRAFT, ...initial });
  const [errors, setErrors] = useState<Partial<Record<WarningField | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const [loading, setLoading] = useState(!!target.id);
  const photos = useDraftPhotos(MAX_WARNING_PHOTOS, 'w');
  const { setPhotos } = photos;

  useEffect(() => {
    if (!target.id) return;
    fetchWarning(target.id)
      .then((w) => {
        setDraft(fromView(w));
        // A correction keeps the published photos unless removed.
        setPhotos(w.photos.map((p) => ({ key: `w-${p.id}`, id: p.id, url: p.url, status: 'done', progress: 100 })));
      })
      .catch((e) => setErrors({ form: errorMessage(e) }))
      .finally(() => setLoading(false));
  }, [target.id, setPhotos]);

  const set = <K extends keyof WarningDraft>(k: K, v: WarningDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined, form: undefined }));
  };

  const submit = async (): Promise<TWarningView | null> => {
    const pics = photos.ids();
    if (pics.problem) {
      setErrors({ photoIds: pics.problem });
      return null;
    }
    const body = target.id
      ? { ...draftBody(draft, pics.ids), note: draft.note }
      : { ...draftBody(draft, pics.ids), ground: draft.ground, caseId: target.caseId, clueId: target.clueId };
    const parsed = (target.id ? ZWarningCorrectRequest : ZWarningPublishRequest).safeParse(body);
    if (!parsed.success) {
      const found: Partial<Record<WarningField | 'form', string>> = {};
      for (const i of parsed.error.issues) {
        const f = fieldOf(i.path.join('.'));
        if ((f in draft || f === 'photoIds') && !found[f]) found[f] = i.message;
        else found.form ??= i.message;
      }
      setErrors(found);
      return null;
    }
    setBusy(true);
    try {
      return target.id
        ? await correctWarning(target.id, parsed.data as never)
        : await publishWarning(parsed.data as never);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) {
        const found: Partial<Record<WarningField | 'form', string>> = {};
        for (const i of e.issues) found[fieldOf(i.path)] ??= i.message;
        setErrors(found);
      } else setErrors({ form: errorMessage(e) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { draft, set, errors, busy, loading, submit, photos };
}
