import { useMemo, useState } from 'react';
import { storedDraft, useStoredDraft } from '../../hooks/useStoredDraft';
import { persistableValues, type DocFormState, type FormDef, type FormValues } from './useDocForm';

/**
 * A DocForm whose values are kept on the device under `key` while they are typed: `start` resets
 * the forms to their prefill and puts the kept draft back over it; `drop` forgets it once filed.
 */
export function useKeptDocForm(form: DocFormState, key: string) {
  const [restored, setRestored] = useState(false);
  const values = useMemo(() => persistableValues(form.values), [form.values]);
  useStoredDraft(key, values, restored);
  return {
    start: (defs: FormDef[]) => {
      form.reset(defs);
      const kept = storedDraft.load<FormValues>(key);
      if (kept) form.restore(kept);
      setRestored(true);
    },
    drop: () => storedDraft.clear(key),
  };
}
