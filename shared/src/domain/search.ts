/**
 * Text normalisation shared by the search index and the queries: NFKC folds full-width forms
 * (ＡＢＣ１２３ → abc123), case is folded, and everything but letters, digits and CJK is dropped,
 * so "V8 型" and "v8型" meet.
 */
const KEEP = /[\p{L}\p{N}]/u;

/** A letter or digit of any script (one regex: the miniapp's build expands \p{…} into large tables). */
export const isSearchableChar = (ch: string): boolean => KEEP.test(ch);

export function normalizeSearchText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) if (KEEP.test(ch)) out += ch;
  return out;
}

/** The distinct n-grams of a normalised text (n = 1 for single characters, 2 for bigrams). */
export function ngrams(text: string, n: 1 | 2): string[] {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return [...out];
}
