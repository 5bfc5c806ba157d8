import { normalizeSearchText, type SuggestionKind, type TRecallSuggestResponse } from '@recall/shared';
import type { PublicRecallView, SearchIndex } from './search-index';

/** One word people may be typing: a brand, a product name or a model of public recalls. */
interface Term {
  text: string;
  norm: string;
  kind: SuggestionKind;
  /** Public recalls naming it now (0: none any more): a word many recalls use comes first. */
  count: number;
}

/** The words, and ways to reach them without scanning them all. */
interface Words {
  terms: Term[];
  /** Character → terms containing it (ascending). */
  byChar: Map<string, number[]>;
  /** Normalised word → its term, or terms (a brand and a model may be spelled alike). */
  byNorm: Map<string, number | number[]>;
  /** Product kind (thesaurus) → product names naming it. */
  byKind: Map<number, number[]>;
}

export const SUGGESTION_LIMIT = 8;
/** Brands first among equals: people type a brand more often than a model. */
const KIND_ORDER: Record<SuggestionKind, number> = { brand: 0, product: 1, model: 2 };

const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
};

/** The terms spelled `norm` once folded. */
const spelled = (w: Words, norm: string): number[] => {
  const found = w.byNorm.get(norm);
  return found === undefined ? [] : typeof found === 'number' ? [found] : found;
};

/**
 * Best first: how well it fits, then how many recalls name it, then the shorter word; among
 * equals in text order (NY-2000A before NY-2000B), not in the order the index met the recalls.
 */
const byFit = (terms: Term[]) => (a: { i: number; score: number }, b: { i: number; score: number }) =>
  b.score - a.score ||
  terms[b.i].count - terms[a.i].count ||
  terms[a.i].norm.length - terms[b.i].norm.length ||
  KIND_ORDER[terms[a.i].kind] - KIND_ORDER[terms[b.i].kind] ||
  (terms[a.i].norm < terms[b.i].norm ? -1 : terms[a.i].norm > terms[b.i].norm ? 1 : 0);

/**
 * Suggestions while typing, from the words of the public recalls in the search index: words that
 * are, start with or contain the text; when fewer than 8, close matches for a text that finds
 * nothing whole — a brand or model named inside it (暖阳吹风机 → 暖阳), then product names of the
 * kind it names (烤火炉 → 电暖器). The words follow the index change by change (a recall's words
 * are counted in when it is published, out when it changes or is withdrawn), never rebuilt whole.
 */
export class Suggester {
  private words: Words = { terms: [], byChar: new Map(), byNorm: new Map(), byKind: new Map() };

  constructor(private readonly index: SearchIndex) {
    index.watch((before, after) => {
      if (before) this.count(before, -1);
      if (after) this.count(after, 1);
    });
  }

  suggest(q: string): TRecallSuggestResponse {
    const norm = normalizeSearchText(q);
    if (!norm) return { items: [] };
    const w = this.words;
    const seen = new Set<number>();
    const picked: number[] = [];
    const take = (scored: Array<{ i: number; score: number }>) => {
      const live = scored.filter((s) => w.terms[s.i].count > 0 && !seen.has(s.i));
      for (const { i } of live.sort(byFit(w.terms))) {
        if (picked.length >= SUGGESTION_LIMIT) return;
        seen.add(i);
        picked.push(i);
      }
    };
    take(this.containing(w, norm));
    if (picked.length < SUGGESTION_LIMIT) take(this.namedInside(w, norm));
    if (picked.length < SUGGESTION_LIMIT)
      take(this.index.kindsIn(q).flatMap((k) => (w.byKind.get(k) ?? []).map((i) => ({ i, score: 0 }))));
    return { items: picked.map((i) => ({ text: w.terms[i].text, kind: w.terms[i].kind })) };
  }

  /** Words that are, start with or contain the text, among those holding its rarest character. */
  private containing(w: Words, norm: string): Array<{ i: number; score: number }> {
    const lists = [...new Set(norm)].map((ch) => w.byChar.get(ch) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const out: Array<{ i: number; score: number }> = [];
    for (const i of rarest) {
      const t = w.terms[i].norm;
      if (t.includes(norm)) out.push({ i, score: t === norm ? 2 : t.startsWith(norm) ? 1 : 0 });
    }
    return out;
  }

  /** Words of two characters or more that the text contains. */
  private namedInside(w: Words, norm: string): Array<{ i: number; score: number }> {
    const chars = Array.from(norm);
    const out: Array<{ i: number; score: number }> = [];
    for (let from = 0; from < chars.length; from++)
      for (let to = from + 2; to <= chars.length; to++)
        for (const i of spelled(w, chars.slice(from, to).join(''))) out.push({ i, score: to - from });
    return out;
  }

  /** Counts one public recall's words in (+1) or out (-1). */
  private count({ recall, kinds }: PublicRecallView, by: 1 | -1): void {
    this.countWord('brand', recall.brand, by);
    this.countWord('product', recall.productName, by, kinds);
    new Set(recall.models).forEach((m) => this.countWord('model', m, by));
  }

  private countWord(kind: SuggestionKind, text: string | null, by: 1 | -1, kinds: number[] = []): void {
    const norm = normalizeSearchText(text ?? '');
    if (!norm) return;
    const w = this.words;
    // The term of this kind and spelling, found among those spelled alike (no key string per word).
    const found = spelled(w, norm).find((i) => w.terms[i].kind === kind);
    if (found !== undefined) {
      w.terms[found].count += by;
      // Shown as the latest recall naming it spells it.
      if (by > 0) w.terms[found].text = text!.trim();
      return;
    }
    if (by < 0) return;
    const shown = text!.trim();
    // A word shown as it is searched (most models once folded) keeps one string.
    const i = w.terms.push({ text: shown === norm ? norm : shown, norm, kind, count: 1 }) - 1;
    for (const ch of norm) push(w.byChar, ch, i);
    const alike = w.byNorm.get(norm);
    w.byNorm.set(norm, alike === undefined ? i : typeof alike === 'number' ? [alike, i] : [...alike, i]);
    for (const k of kinds) push(w.byKind, k, i);
  }
}
