import { normalizeSearchText, type SuggestionKind, type TRecallSuggestResponse } from '@recall/shared';
import type { SearchIndex } from './search-index';

/** One word people may be typing: a brand, a product name or a model of public recalls. */
interface Term {
  text: string;
  norm: string;
  kind: SuggestionKind;
  /** Recalls naming it: a word many recalls use comes first. */
  count: number;
  /** Product kinds (thesaurus) a product name names; empty for brands and models. */
  kinds: number[];
}

export const SUGGESTION_LIMIT = 8;
/** Brands first among equals: people type a brand more often than a model. */
const KIND_ORDER: Record<SuggestionKind, number> = { brand: 0, product: 1, model: 2 };

/** How well a term fits what was typed; 0 when it does not. */
function fit(t: Term, q: string, kinds: Set<number>): number {
  if (t.norm === q) return 5;
  if (t.norm.startsWith(q)) return 4;
  if (t.norm.includes(q)) return 3;
  // Close matches for a text that finds nothing whole: a brand or model named inside it (暖阳电热毯 → 暖阳),
  // then a product of the same kind (取暖气 → 电暖器).
  if (t.norm.length >= 2 && q.includes(t.norm)) return 2;
  return t.kinds.some((k) => kinds.has(k)) ? 1 : 0;
}

/**
 * Suggestions while typing, from the words of the public recalls in the search index. The word
 * list is rebuilt after the index changes (at most once per change, on the next request).
 */
export class Suggester {
  private terms: Term[] = [];
  private version = -1;

  constructor(private readonly index: SearchIndex) {}

  suggest(q: string): TRecallSuggestResponse {
    const norm = normalizeSearchText(q);
    if (!norm) return { items: [] };
    const kinds = new Set(this.index.kindsIn(q));
    const scored: Array<{ t: Term; score: number }> = [];
    for (const t of this.words()) {
      const score = fit(t, norm, kinds);
      if (score) scored.push({ t, score });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.t.count - a.t.count ||
        a.t.norm.length - b.t.norm.length ||
        KIND_ORDER[a.t.kind] - KIND_ORDER[b.t.kind],
    );
    return { items: scored.slice(0, SUGGESTION_LIMIT).map(({ t }) => ({ text: t.text, kind: t.kind })) };
  }

  private words(): Term[] {
    if (this.version === this.index.version) return this.terms;
    const byKey = new Map<string, Term>();
    const add = (kind: SuggestionKind, text: string | null) => {
      const norm = normalizeSearchText(text ?? '');
      if (!norm) return;
      const key = `${kind}:${norm}`;
      const found = byKey.get(key);
      if (found) found.count++;
      else
        byKey.set(key, {
          text: text!.trim(),
          norm,
          kind,
          count: 1,
          kinds: kind === 'product' ? this.index.kindsIn(text!) : [],
        });
    };
    for (const r of this.index.publicRecalls()) {
      add('brand', r.brand);
      add('product', r.productName);
      new Set(r.models).forEach((m) => add('model', m));
    }
    this.terms = [...byKey.values()];
    this.version = this.index.version;
    return this.terms;
  }
}
