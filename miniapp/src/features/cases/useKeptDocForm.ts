import { useMemo, useState } from 'react';
import { storedDraft, useStoredDraft } from '../../hooks/useStoredDraft';
import { persistableValues, type DocFormState, type FormDef, type FormValues } from './useDocForm';

/**
 * A DocForm whose values are kept on the device under `key` (null: not kept) while they are typed: `start` resets
 * the forms to their prefill and puts the kept draft back over it; `drop` forgets it once filed.
 */
export function useKeptDocForm(form: DocFormState, key: string | null) {
  const [restored, setRestored] = useState(false);
  const values = useMemo(() => persistableValues(form.values), [form.values]);
  useStoredDraft(key, values, restored);
  return {
    /** Whether the kept draft was put back (what else the page keeps is saved from then on). */
    restored,
    start: (defs: FormDef[]) => {
      form.reset(defs);
      const kept = key ? storedDraft.load<FormValues>(key) : null;
      if (kept) form.restore(kept);
      setRestored(true);
    },
    drop: () => key && storedDraft.clear(key),
  };
}
