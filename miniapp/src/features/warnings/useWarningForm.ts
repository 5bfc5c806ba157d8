import { useEffect, useState } from 'react';
import {
  type CategoryCode,
  type TWarningView,
  type WarningGround,
  WARNING_DEFAULT_ADVICE,
  ZWarningCorrectRequest,
  ZWarningPublishRequest,
} from '@recall/shared';
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

export type WarningField = keyof WarningDraft;

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
export function draftBody(d: WarningDraft) {
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
    photoIds: [],
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

  useEffect(() => {
    if (!target.id) return;
    fetchWarning(target.id)
      .then((w) => setDraft(fromView(w)))
      .catch((e) => setErrors({ form: errorMessage(e) }))
      .finally(() => setLoading(false));
  }, [target.id]);

  const set = <K extends WarningField>(k: K, v: WarningDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined, form: undefined }));
  };

  const submit = async (): Promise<TWarningView | null> => {
    const body = target.id
      ? { ...draftBody(draft), note: draft.note }
      : { ...draftBody(draft), ground: draft.ground, caseId: target.caseId, clueId: target.clueId };
    const parsed = (target.id ? ZWarningCorrectRequest : ZWarningPublishRequest).safeParse(body);
    if (!parsed.success) {
      const found: Partial<Record<WarningField | 'form', string>> = {};
      for (const i of parsed.error.issues) {
        const f = fieldOf(i.path.join('.'));
        if (f in draft && !found[f]) found[f] = i.message;
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

  return { draft, set, errors, busy, loading, submit };
}
