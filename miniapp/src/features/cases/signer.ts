import type { DocType } from '@recall/shared/staff';
import { storedDraft } from '../../hooks/useStoredDraft';

/** The signed-in person who files a form: their name from the session, their phone as last given. */
export interface Signer {
  userId: number;
  name: string;
}

/** The fields of a form that name the person filing it (their name, their phone). */
const SIGNER_FIELDS: Partial<Record<DocType, { name: string; phone: string }>> = {
  receipt: { name: 'recipientName', phone: 'recipientPhone' },
  stage_summary: { name: 'submitter', phone: 'submitterContact' },
  final_summary: { name: 'submitter', phone: 'submitterContact' },
};

const phoneKey = (userId: number) => `recall.signerPhone.${userId}`;

/**
 * The signer's name and phone as a form's prefill (editable like any value). The bureau's paper
 * receipt names the producer's recipient, never the officer: `paperReceipt` leaves it empty.
 */
export function signerPrefill(t: DocType, signer: Signer | undefined, paperReceipt: boolean): Record<string, string> {
  const f = SIGNER_FIELDS[t];
  if (!f || !signer || (t === 'receipt' && paperReceipt)) return {};
  const phone = storedDraft.load<string>(phoneKey(signer.userId));
  return { [f.name]: signer.name, ...(phone ? { [f.phone]: phone } : {}) };
}

/** Remembers the phone the signer gave on a filed form, for the next form they file. */
export function rememberSignerPhone(signer: Signer | undefined, forms: Record<string, Record<string, unknown>>): void {
  if (!signer) return;
  for (const [t, data] of Object.entries(forms)) {
    const phone = data[SIGNER_FIELDS[t as DocType]?.phone ?? ''];
    if (typeof phone === 'string' && phone.trim()) storedDraft.save(phoneKey(signer.userId), phone.trim());
  }
}
