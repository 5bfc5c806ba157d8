import { useCallback, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { ZRecallCheckRequest, type TRecallCheckRequest, type TRecallCheckResponse } from '@recall/shared';
import { checkUnit } from '../services/api';
import { ApiError, errorMessage } from '../services/errors';
import { scanIntoFields } from '../services/scanner';
import { cleanGtin, gtinProblem } from '../utils/validate';

/** The fields printed on a product's label, in the order of the form. */
export const CHECK_FIELDS = ['gtin', 'brand', 'model', 'batch', 'productionDate'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];
export type CheckForm = Record<CheckField, string>;
export type CheckErrors = Partial<Record<CheckField | 'form', string>>;

const EMPTY: CheckForm = { gtin: '', brand: '', model: '', batch: '', productionDate: '' };
const IDENTITY: CheckField[] = ['gtin', 'brand', 'model'];
const IDENTITY_MISSING = '请至少填写商品条码、品牌或型号中的一项';

function isCheckField(path: string): path is CheckField {
  return (CHECK_FIELDS as readonly string[]).includes(path);
}

/** Where the page scrolls to for a field (the field containers carry these classes). */
export const FIELD_CLASS: Record<CheckField, string> = {
  gtin: 'check-gtin',
  brand: 'check-brand',
  model: 'check-model',
  batch: 'check-batch',
  productionDate: 'check-date',
};

function scrollTo(selector: string): void {
  // After the next render, so the element exists and has its final place.
  setTimeout(() => {
    void Taro.pageScrollTo({ selector, duration: 300, offsetTop: -16 }).catch(() => undefined);
  }, 80);
}

/**
 * The 查一查我的这件 form: label fields, checks before sending (GTIN check digit, at least one of
 * GTIN / brand / model, the contract's own rules), POST /api/recalls/check, and what to do next
 * when the answer is `unknown` (the fields in `needs` are highlighted and the first one focused).
 */
export function useRecallCheck(initial: Partial<CheckForm>) {
  const [form, setForm] = useState<CheckForm>(() => ({ ...EMPTY, ...initial }));
  const [errors, setErrors] = useState<CheckErrors>({});
  const [result, setResult] = useState<TRecallCheckResponse | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusField, setFocusField] = useState<CheckField | null>(null);
  /** None of GTIN / brand / model given: the message sits on the GTIN field, all three are outlined. */
  const [identityMissing, setIdentityMissing] = useState(false);

  const setField = useCallback((field: CheckField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // "fill at least one of" is answered by any of the three
    const answersIdentity = IDENTITY.includes(field);
    if (answersIdentity) setIdentityMissing(false);
    setErrors((e) => {
      const identityError = answersIdentity && e.gtin === IDENTITY_MISSING;
      if (!e[field] && !e.form && !identityError) return e;
      const next = { ...e, [field]: undefined, form: undefined };
      if (identityError) next.gtin = undefined;
      return next;
    });
  }, []);

  /** Fields the last answer asked for and that are still empty. */
  const needed = useMemo(() => {
    const set = new Set<CheckField>();
    for (const n of result?.status === 'unknown' ? result.needs : []) if (!form[n].trim()) set.add(n);
    return set;
  }, [result, form]);

  const validate = (): TRecallCheckRequest | null => {
    const found: CheckErrors = {};
    const gtin = cleanGtin(form.gtin);
    if (gtin) found.gtin = gtinProblem(gtin);
    const noIdentity = !gtin && !form.brand.trim() && !form.model.trim();
    setIdentityMissing(noIdentity);
    if (noIdentity) found.gtin = IDENTITY_MISSING;
    const body = {
      gtin: gtin || undefined,
      brand: form.brand.trim() || undefined,
      model: form.model.trim() || undefined,
      batch: form.batch.trim() || undefined,
      productionDate: form.productionDate || undefined,
    };
    const parsed = ZRecallCheckRequest.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0] ?? '');
        if (isCheckField(path) && !found[path]) found[path] = issue.message;
      }
      if (!Object.values(found).some(Boolean)) found.form = parsed.error.issues[0]?.message ?? '请检查填写的内容';
    }
    if (!parsed.success || Object.values(found).some(Boolean)) {
      setErrors(found);
      const first = CHECK_FIELDS.find((k) => found[k]);
      if (first) scrollTo(`.${FIELD_CLASS[first]}`);
      return null;
    }
    return parsed.data;
  };

  const submit = async () => {
    if (submitting) return;
    const body = validate();
    if (!body) return;
    setSubmitting(true);
    setErrors({});
    try {
      const res = await checkUnit(body);
      setResult(res);
      const firstNeed = res.status === 'unknown' ? res.needs.find((n) => !form[n].trim()) : undefined;
      if (firstNeed) {
        scrollTo(`.${FIELD_CLASS[firstNeed]}`);
        if (firstNeed !== 'productionDate') setFocusField(firstNeed);
      } else {
        scrollTo('.check-result');
      }
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const found: CheckErrors = {};
        for (const issue of err.issues) {
          const path = issue.path.split('.')[0];
          if (isCheckField(path) && !found[path]) found[path] = issue.message;
        }
        if (!Object.values(found).some(Boolean)) found.form = err.message;
        setErrors(found);
      } else {
        setErrors({ form: errorMessage(err) });
      }
    } finally {
      setSubmitting(false);
    }
  };

  /** Fills bar code, batch and production date from a scan. */
  const scanIntoForm = () => scanIntoFields(setField, (message) => setErrors((e) => ({ ...e, gtin: message })));

  return {
    form,
    errors,
    result,
    submitting,
    needed,
    /** Fields drawn as wrong without a message of their own. */
    outlined: identityMissing ? new Set<CheckField>(['brand', 'model']) : new Set<CheckField>(),
    focusField,
    clearFocus: () => setFocusField(null),
    setField,
    submit,
    scanIntoForm,
  };
}
