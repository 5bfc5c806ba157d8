import type { TPlatformSubscription } from '../schemas/platform';
import { normalizeSearchText } from './search';

/** What a subscription is matched against: the product and producer a recall names. */
export interface SubscribedRecall {
  categoryCode: string | null;
  gtins: string[];
  brand: string | null;
  producerName: string;
  producerUscc: string | null;
}

const norm = (s: string | null | undefined) => (s ? normalizeSearchText(s) : '');

/**
 * Whether a platform subscribed to this recall: everything, or any listed category, GTIN prefix,
 * brand (normalised as search normalises it) or producer (its name, or its USCC in any case).
 */
export function subscriptionMatches(sub: TPlatformSubscription, r: SubscribedRecall): boolean {
  if (sub.all) return true;
  if (r.categoryCode && sub.categories.includes(r.categoryCode as never)) return true;
  if (sub.gtinPrefixes.some((p) => r.gtins.some((g) => g.startsWith(p)))) return true;
  const brand = norm(r.brand);
  if (brand && sub.brands.some((b) => norm(b) === brand)) return true;
  const name = norm(r.producerName);
  const uscc = (r.producerUscc ?? '').toUpperCase();
  return sub.producers.some((p) => (uscc && p.trim().toUpperCase() === uscc) || (name && norm(p) === name));
}
