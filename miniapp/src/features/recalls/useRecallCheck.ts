import { useCallback, useMemo, useState } from 'react';
import { ZRecallCheckRequest, type TRecallCheckRequest, type TRecallCheckResponse } from '@recall/shared';
import { checkUnit } from './api';
import { scrollToField } from '../../services/draftForm';
import { scanIntoFields } from '../../services/scanner';
import { cleanGtin, gtinProblem } from '../../utils/validate';
import { useZodForm, type FormErrors } from '../../hooks/useZodForm';

/** The fields printed on a product's label, in the order of the form. */
export const CHECK_FIELDS = ['gtin', 'brand', 'model', 'batch', 'productionDate'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];
export type CheckForm = Record<CheckField, string>;
export type CheckErrors = FormErrors<CheckField>;

const EMPTY: CheckForm = { gtin: '', brand: '', model: '', batch: '', productionDate: '' };
const IDENTITY: CheckField[] = ['gtin', 'brand', 'model'];
const IDENTITY_MISSING = '请至少填写商品条码、品牌或型号中的一项';

/** Where the page scrolls to for a field (the field containers carry these classes). */
export const FIELD_CLASS: Record<CheckField, string> = {
  gtin: 'check-gtin',
  brand: 'check-brand',
  model: 'check-model',
  batch: 'check-batch',
  productionDate: 'check-date',
};

/** The request body the label fields stand for (not yet checked). */
function toBody(f: CheckForm) {
  return {
    gtin: cleanGtin(f.gtin) || undefined,
    brand: f.brand.trim() || undefined,
    model: f.model.trim() || undefined,
    batch: f.batch.trim() || undefined,
    productionDate: f.productionDate || undefined,
  };
}

/** The bar code's own check, and "at least one of" in the words of this form. */
function checkLabel(f: CheckForm): CheckErrors {
  const gtin = cleanGtin(f.gtin);
  if (!gtin && !f.brand.trim() && !f.model.trim()) return { gtin: IDENTITY_MISSING };
  return gtin ? { gtin: gtinProblem(gtin) } : {};
}

/**
 * The 查一查我的这件 form: label fields, checks before sending (GTIN check digit, at least one of
 * GTIN / brand / model, the contract's own rules), POST /api/recalls/check, and what to do next
 * when the answer is `unknown` (the fields in `needs` are highlighted and the first one focused).
 */
export function useRecallCheck(initial: Partial<CheckForm>) {
  const [result, setResult] = useState<TRecallCheckResponse | null>(null);
  const [focusField, setFocusField] = useState<CheckField | null>(null);

  const form = useZodForm<CheckForm, CheckField, TRecallCheckRequest, void>({
    schema: ZRecallCheckRequest,
    initial: () => ({ ...EMPTY, ...initial }),
    fields: CHECK_FIELDS,
    fieldClass: (f) => FIELD_CLASS[f],
    toBody,
    check: checkLabel,
    onSubmit: async (body, values) => {
      const res = await checkUnit(body);
      setResult(res);
      const firstNeed = res.status === 'unknown' ? res.needs.find((n) => !values[n].trim()) : undefined;
      if (firstNeed) {
        scrollToField(`.${FIELD_CLASS[firstNeed]}`);
        if (firstNeed !== 'productionDate') setFocusField(firstNeed);
      } else {
        scrollToField('.check-result');
      }
    },
  });
  const { set, setErrors } = form;

  const setField = useCallback(
    (field: CheckField, value: string) => {
      set(field, value);
      // "fill at least one of" is answered by any of the three
      if (IDENTITY.includes(field)) setErrors((e) => (e.gtin === IDENTITY_MISSING ? { ...e, gtin: undefined } : e));
    },
    [set, setErrors],
  );

  /** Fields the last answer asked for and that are still empty. */
  const values = form.values;
  const needed = useMemo(() => {
    const found = new Set<CheckField>();
    for (const n of result?.status === 'unknown' ? result.needs : []) if (!values[n].trim()) found.add(n);
    return found;
  }, [result, values]);

  /** Fills bar code, batch and production date from a scan. */
  const scanIntoForm = () => scanIntoFields(setField, (message) => setErrors((e) => ({ ...e, gtin: message })));

  return {
    form: values,
    errors: form.errors,
    result,
    submitting: form.submitting,
    needed,
    /** None of GTIN / brand / model given: the message sits on the GTIN field, all three are outlined. */
    outlined: form.errors.gtin === IDENTITY_MISSING ? new Set<CheckField>(['brand', 'model']) : new Set<CheckField>(),
    focusField,
    clearFocus: () => setFocusField(null),
    setField,
    submit: () => form.submit(),
    scanIntoForm,
  };
}
