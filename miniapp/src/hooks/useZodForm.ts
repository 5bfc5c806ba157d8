import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { scrollToField, submitErrors } from '../services/draftForm';

/** Errors of a form: a message per field (an issue path such as 'contact.phone'), and `form` for the whole. */
export type FormErrors<F extends string> = Partial<Record<F | 'form', string>>;

export interface ZodFormOptions<V, F extends string, B, R> {
  /** The contract schema the body is checked with; its (Chinese) messages are shown under the fields. */
  schema: z.ZodType<B> | ((values: V) => z.ZodType<B>);
  initial: V | (() => V);
  /** The error keys in the order of the form: the first with an error is scrolled to. */
  fields: readonly F[];
  /** The class on a field's container (pageScrollTo needs one); without it nothing scrolls. */
  fieldClass?: (field: F) => string;
  /** The request body the values stand for (default: the values as they are). */
  toBody?: (values: V) => unknown;
  /** Checks the schema cannot make, or friendlier words for its cases; these win over the schema's. */
  check?: (values: V) => FormErrors<F>;
  /** Which error a changed value clears (default: the field of the same name). */
  fieldOfKey?: (key: keyof V) => F | undefined;
  /** Sends the checked body; what it returns is what `submit` returns. */
  onSubmit: (body: B, values: V) => Promise<R>;
  /** The kept draft's noun ('报告', '申请'): a dropped connection then says the draft is kept. */
  draftNoun?: string;
}

/** The field an issue path belongs to: the path itself ('contact.phone') or its head ('photoIds.3' → photoIds). */
export function fieldOfPath<F extends string>(fields: readonly F[], path: string): F | undefined {
  const known = fields as readonly string[];
  if (known.includes(path)) return path as F;
  const head = path.split('.')[0];
  return known.includes(head) ? (head as F) : undefined;
}

/** The schema's issues as form errors (the first per field; an issue with no field goes to `form`). */
export function schemaErrors<F extends string>(
  fields: readonly F[],
  issues: readonly z.core.$ZodIssue[],
  into: FormErrors<F> = {},
): FormErrors<F> {
  const found = { ...into };
  for (const issue of issues) {
    const key = fieldOfPath(fields, issue.path.map(String).join('.')) ?? 'form';
    if (!found[key]) found[key] = issue.message;
  }
  return found;
}

/** Errors without empty entries (a check may leave a key undefined). */
function compact<F extends string>(errors: FormErrors<F>): FormErrors<F> {
  const out: FormErrors<F> = {};
  for (const [k, v] of Object.entries(errors) as Array<[F | 'form', string | undefined]>) if (v) out[k] = v;
  return out;
}

const hasErrors = (e: object) => Object.keys(e).length > 0;

/** A submission in flight, guarded by a ref so two taps in one tick send once. */
export function useSubmitting() {
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  const run = useCallback(async <T>(send: () => Promise<T>): Promise<T | null> => {
    if (busy.current) return null;
    busy.current = true;
    setSubmitting(true);
    try {
      return await send();
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, []);
  return { submitting, run, busy };
}

/**
 * A form checked with its zod contract schema: values, field errors from the schema and from the
 * server's 400 issues, a scroll to the first bad field, submit state without a double submit, and
 * a failed submission in words (a dropped connection, the server's message).
 */
export function useZodForm<V, F extends string, B, R>(options: ZodFormOptions<V, F, B, R>) {
  const opts = useRef(options);
  opts.current = options;
  const [values, setValuesState] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const { submitting, run, busy } = useSubmitting();
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const current = useCallback(() => valuesRef.current, []);

  const setValues = useCallback((next: V | ((v: V) => V)) => {
    setValuesState((v) => {
      const out = typeof next === 'function' ? (next as (v: V) => V)(v) : next;
      valuesRef.current = out;
      return out;
    });
  }, []);

  /** Clears the errors of these fields and the form's own. */
  const clearErrors = useCallback((...fields: Array<F | undefined>) => {
    setErrors((e) => {
      const hit = fields.filter((f): f is F => !!f && !!e[f]);
      if (hit.length === 0 && !e.form) return e;
      const next: FormErrors<F> = { ...e, form: undefined };
      for (const f of hit) next[f] = undefined;
      return next;
    });
  }, []);

  const set = useCallback(
    <K extends keyof V>(key: K, value: V[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      const { fieldOfKey, fields } = opts.current;
      clearErrors(fieldOfKey ? fieldOfKey(key) : fieldOfPath(fields, String(key)));
    },
    [setValues, clearErrors],
  );

  /** Shows errors and scrolls to the first field that has one. */
  const showErrors = useCallback((found: FormErrors<F>) => {
    setErrors(found);
    const { fields, fieldClass } = opts.current;
    const first = fields.find((f) => found[f]);
    if (first && fieldClass) scrollToField(`.${fieldClass(first)}`);
  }, []);

  /** The checked body, or null with the errors shown. */
  const validate = useCallback((): B | null => {
    const { schema, check, toBody, fields } = opts.current;
    const v = valuesRef.current;
    const parsed = (typeof schema === 'function' ? schema(v) : schema).safeParse(toBody ? toBody(v) : v);
    const checked = compact(check?.(v) ?? {});
    const found = parsed.success ? checked : schemaErrors(fields, parsed.error.issues, checked);
    if (!parsed.success || hasErrors(found)) {
      showErrors(found);
      return null;
    }
    return parsed.data;
  }, [showErrors]);

  /**
   * Checks and sends; what `onSubmit` returned, or null (errors are on the form). `onValid` runs
   * synchronously once the checks passed, before anything is awaited (still inside the tap:
   * WeChat's subscribe-message dialog needs that).
   */
  const submit = useCallback(
    async (onValid?: () => void): Promise<R | null> => {
      if (busy.current) return null;
      const body = validate();
      if (body === null) return null;
      onValid?.();
      setErrors({});
      return run(async () => {
        const { onSubmit, fields, draftNoun } = opts.current;
        try {
          return await onSubmit(body, valuesRef.current);
        } catch (err) {
          showErrors(submitErrors(err, fields, (p) => fieldOfPath(fields, p), draftNoun));
          return null;
        }
      });
    },
    [validate, run, showErrors, busy],
  );

  /** Starts over from these values, without errors. */
  const reset = useCallback(
    (next: V) => {
      setValues(next);
      setErrors({});
    },
    [setValues],
  );

  return {
    values,
    errors,
    submitting,
    set,
    setValues,
    /** The latest values, for callbacks that run after an await. */
    current,
    setErrors,
    clearErrors,
    showErrors,
    validate,
    submit,
    reset,
  };
}

export type ZodForm<V, F extends string, R> = ReturnType<typeof useZodForm<V, F, unknown, R>>;
