import type { TPlatformSubscription } from '../schemas/platform';
import { normalizeGtin } from './gtin';
import { normalizeSearchText } from './search';

/** What a subscription is matched against: the product and producer a recall names. */
export interface SubscribedRecall {
  categoryCode: string | null;
  gtins: string[];
  brand: string | null;
  producerName: string;
  producerUscc: string | null;
}

/** A stored GTIN-14 read as the shorter forms it may have been printed in (EAN-13, UPC-A, …). */
function gtinForms(code: string): string[] {
  const g = normalizeGtin(code);
  const forms = [g];
  for (let i = 0; i < 6 && g[i] === '0'; i++) forms.push(g.slice(i + 1));
  return forms;
}

const norm = (s: string | null | undefined) => (s ? normalizeSearchText(s) : '');

/**
 * Whether a platform subscribed to this recall: everything, or any listed category, GTIN prefix (of the GTIN as printed: EAN-13 or UPC-A as well as GTIN-14),
 * brand (normalised as search normalises it) or producer (its name, or its USCC in any case).
 */
export function subscriptionMatches(sub: TPlatformSubscription, r: SubscribedRecall): boolean {
  if (sub.all) return true;
  if (r.categoryCode && sub.categories.includes(r.categoryCode as never)) return true;
  const gtins = r.gtins.flatMap(gtinForms);
  if (sub.gtinPrefixes.some((p) => gtins.some((g) => g.startsWith(p)))) return true;
  const brand = norm(r.brand);
  if (brand && sub.brands.some((b) => norm(b) === brand)) return true;
  const name = norm(r.producerName);
  const uscc = (r.producerUscc ?? '').toUpperCase();
  return sub.producers.some((p) => (uscc && p.trim().toUpperCase() === uscc) || (name && norm(p) === name));
}
