import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { ApiError, errorMessage } from '../services/errors';
import { storedDraft } from './useStoredDraft';

export type SheetErrors<F> = Partial<Record<keyof F | 'form', string>>;

/**
 * The bottom sheet of a workspace record's actions (a clue's 受理/移送…, a request's 受理/安排…):
 * which action is open, its form, the errors under each field, and sending what the form built.
 * With `draftKey`, what was typed is kept on the device per record and action: closing the sheet
 * or leaving the page loses nothing, and the draft is dropped once the action went through. A
 * kept draft wins over the form's prefill (`values`), never over what the officer just chose by
 * tapping (`chosen`, e.g. the duplicate to merge into).
 */
export function useActionSheet<K extends string, F extends object>(initial: F, draftKey?: (kind: K) => string | null) {
  const [kind, setKind] = useState<K | null>(null);
  const [form, setForm] = useState<F>(initial);
  const [errors, setErrors] = useState<SheetErrors<F>>({});
  const [sending, setSending] = useState(false);
  const kindRef = useRef<K | null>(null);
  const keyOf = (k: K | null) => (k && draftKey ? draftKey(k) : null);

  const open = useCallback(
    (k: K, values: F, chosen: Partial<F> = {}) => {
      const key = keyOf(k);
      const kept = key ? storedDraft.load<Partial<F>>(key) : null;
      kindRef.current = k;
      setKind(k);
      setForm({ ...values, ...kept, ...chosen });
      setErrors({});
    },
    [draftKey],
  );
  const close = useCallback(() => setKind(null), []);
  const setField = useCallback(
    <P extends keyof F>(k: P, v: F[P]) => {
      setForm((f) => {
        const next = { ...f, [k]: v };
        const key = keyOf(kindRef.current);
        if (key) storedDraft.save(key, next);
        return next;
      });
      setErrors((e) => (e[k] || e.form ? { ...e, [k]: undefined, form: undefined } : e));
    },
    [draftKey],
  );

  /**
   * Shows the errors `built` found, or sends the action it built; on success the sheet closes with
   * the action's done text, on failure the server's message stays in the sheet (and each issue
   * of a 400 under its field).
   */
  const confirm = async <A extends { kind: K }>(
    built: A | SheetErrors<F>,
    send: (action: A) => Promise<unknown>,
    doneText: Record<K, string>,
  ) => {
    if (sending) return;
    if (!('kind' in built)) {
      setErrors(built);
      return;
    }
    setSending(true);
    try {
      await send(built);
      const key = keyOf(built.kind);
      if (key) storedDraft.clear(key);
      setKind(null);
      void Taro.showToast({ title: doneText[built.kind], icon: 'success' });
    } catch (err) {
      // The server's 400 names its fields: each message goes under its field, the summary above.
      const next = { form: errorMessage(err) } as Record<string, string>;
      if (err instanceof ApiError)
        for (const i of err.issues) {
          const k = i.path.split('.')[0];
          if (k && k in form && !next[k]) next[k] = i.message;
        }
      setErrors(next as SheetErrors<F>);
    } finally {
      setSending(false);
    }
  };

  return { kind, form, errors, sending, open, close, setField, confirm };
}
