import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { errorMessage } from '../services/errors';

export type SheetErrors<F> = Partial<Record<keyof F | 'form', string>>;

/**
 * The bottom sheet of a workspace record's actions (a clue's 受理/移送…, a request's 受理/安排…):
 * which action is open, its form, the errors under each field, and sending what the form built.
 */
export function useActionSheet<K extends string, F extends object>(initial: F) {
  const [kind, setKind] = useState<K | null>(null);
  const [form, setForm] = useState<F>(initial);
  const [errors, setErrors] = useState<SheetErrors<F>>({});
  const [sending, setSending] = useState(false);

  const open = useCallback((k: K, values: F) => {
    setKind(k);
    setForm(values);
    setErrors({});
  }, []);
  const close = useCallback(() => setKind(null), []);
  const setField = useCallback(<P extends keyof F>(k: P, v: F[P]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => (e[k] || e.form ? { ...e, [k]: undefined, form: undefined } : e));
  }, []);

  /**
   * Shows the errors `built` found, or sends the action it built; on success the sheet closes with
   * the action's done text, on failure the server's message stays in the sheet.
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
      setKind(null);
      void Taro.showToast({ title: doneText[built.kind], icon: 'success' });
    } catch (err) {
      setErrors({ form: errorMessage(err) } as SheetErrors<F>);
    } finally {
      setSending(false);
    }
  };

  return { kind, form, errors, sending, open, close, setField, confirm };
}
