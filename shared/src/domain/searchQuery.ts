import { isValidGtin, normalizeGtin } from './gtin';
import { isSearchableChar, normalizeSearchText } from './search';

/**
 * Query understanding for the recall search box: people type a brand, a product, a model or a
 * producer in any order, with or without spaces, often as a question ("春晖电暖器召回了吗"), and
 * sometimes a bar code. These pure functions turn the raw text into what the index matches:
 * a GTIN to look up directly, or chunks of normalised text whose every character must be
 * covered by some field of a recall (see coverChunk).
 */

/**
 * Words that say nothing about the product: question and request words. They split the query
 * (so "春晖的电暖器" is 春晖 + 电暖器) and are never required to match. Longest first.
 */
export const FILLER_WORDS: readonly string[] = [
  '召回公告',
  '召回信息',
  '召回了吗',
  '有没有被召回',
  '是不是被召回',
  '是否被召回',
  '被召回',
  '召回',
  '有没有',
  '是不是',
  '是否',
  '请问',
  '请帮我',
  '帮我查',
  '帮我',
  '查一下',
  '查一查',
  '查查',
  '查询',
  '搜一下',
  '搜索',
  '问一下',
  '一下',
  '我买的',
  '我家的',
  '我家',
  '家里的',
  '安全隐患',
  '有问题吗',
  '有问题',
  '怎么办',
  '怎么样',
  '了吗',
  '没有',
  '吗',
  '呢',
  '吧',
  '啊',
  '了',
  '的',
].sort((a, b) => b.length - a.length);

/** Single characters a chunk may leave uncovered: "春晖牌", "V8型", "这款". */
export const IGNORABLE_CHARS: ReadonlySet<string> = new Set(['牌', '型', '款', '个', '只', '台', '件', '这', '那']);

export interface UnderstoodQuery {
  /** A valid GTIN typed into the box, in its 14-digit form: looked up directly. */
  gtin?: string;
  /** Normalised parts to match, in the order typed; empty when nothing searchable is left. */
  chunks: string[];
}

const identity = (s: string) => s;
const FILLER_PATTERN = new RegExp(FILLER_WORDS.join('|'), 'g');
const ASCII_ALNUM = /[a-z0-9]/;

/** Punctuation inside a Latin token joins it (NY-2000, 8523#X, 5V/2A); elsewhere it separates. */
function splitOnPunctuation(text: string): string[] {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    if (isSearchableChar(chars[i])) {
      out += chars[i];
      continue;
    }
    let j = i;
    while (j < chars.length && !isSearchableChar(chars[j])) j++;
    const run = chars.slice(i, j).join('');
    const joins = ASCII_ALNUM.test(chars[i - 1] ?? '') && ASCII_ALNUM.test(chars[j] ?? '') && !/\s/.test(run);
    out += joins ? '' : ' ';
    i = j - 1;
  }
  return out.split(' ');
}

/**
 * Splits a raw query into searchable chunks: width and case folded, traditional characters
 * simplified by the caller's converter (server-side OpenCC), punctuation and filler words as
 * separators. Digits alone with a valid check digit are a GTIN.
 */
export function understandQuery(raw: string, toSimplified: (s: string) => string = identity): UnderstoodQuery {
  const folded = toSimplified(raw.normalize('NFKC').toLowerCase());
  const digits = folded.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits) && isValidGtin(digits)) return { gtin: normalizeGtin(digits), chunks: [digits] };
  const chunks = splitOnPunctuation(folded)
    .flatMap((part) => part.replace(FILLER_PATTERN, ' ').split(' '))
    .map(normalizeSearchText)
    .filter(Boolean);
  return { chunks };
}

/**
 * Why a search query is refused, or undefined when it is fine. Any text people type is accepted
 * ("100%纯棉", "5V/2A", quotes): what cannot be searched is ignored. Refused only when nothing
 * searchable is left: no letters or digits, or nothing but question words ("召回了吗").
 */
export function searchQueryProblem(q: string): string | undefined {
  if (!normalizeSearchText(q)) return '搜索词需包含文字或数字';
  if (!understandQuery(q).chunks.length) return '搜索词需包含产品名称、品牌、型号或商品条码';
  return undefined;
}

/** A stretch [from, to) of a chunk's characters matched by some field, with how well it matched. */
export interface Piece {
  from: number;
  to: number;
  weight: number;
}

/**
 * The maximal stretches of `chars` that occur in `field` (at least two characters, or the whole
 * chunk when it is one character: single characters scattered over a field are not a match).
 * A chunk of Latin letters and digits (a model, a spec such as 5v2a) matches only whole.
 * `weigh` rates a stretch: exact field, prefix or substring.
 */
export function literalPieces(chars: string[], field: string, weigh: (piece: string) => number): Piece[] {
  const out: Piece[] = [];
  if (!field) return out;
  const min = chars.length === 1 || chars.every((ch) => ASCII_ALNUM.test(ch)) ? chars.length : 2;
  let lastEnd = 0;
  for (let i = 0; i + min <= chars.length; i++) {
    let end = i;
    let text = chars.slice(i, i + min - 1).join('');
    for (let j = i + min; j <= chars.length; j++) {
      const next = text + chars[j - 1];
      if (!field.includes(next)) break;
      text = next;
      end = j;
    }
    if (end > i && end > lastEnd) {
      out.push({ from: i, to: end, weight: weigh(text) });
      lastEnd = end;
    }
  }
  return out;
}

export interface Coverage {
  /** Characters that must be covered (ignorable ones count only when covered). */
  total: number;
  /** Characters covered by some piece. */
  covered: number;
  /** Σ over characters of the best weight covering it. */
  weightSum: number;
  /** Uncovered characters, Latin letters and digits counting half (a spec like "5v2a" is noise). */
  missing: number;
}

/** How much of a chunk the pieces cover, and how well: each character takes its best piece. */
export function coverChunk(chars: string[], pieces: Piece[]): Coverage {
  const best = new Array<number>(chars.length).fill(0);
  for (const p of pieces) for (let i = p.from; i < p.to; i++) if (p.weight > best[i]) best[i] = p.weight;
  const c: Coverage = { total: 0, covered: 0, weightSum: 0, missing: 0 };
  chars.forEach((ch, i) => {
    if (best[i] > 0) {
      c.total++;
      c.covered++;
      c.weightSum += best[i];
    } else if (!IGNORABLE_CHARS.has(ch)) {
      c.total++;
      c.missing += /[a-z0-9]/.test(ch) ? 0.5 : 1;
    }
  });
  return c;
}

/**
 * Every occurrence in `chars` of a term of `dict` (terms of two or more characters), longest
 * term first at each position: where the thesaurus and category words sit in a query.
 */
export function termSpans<T>(
  chars: string[],
  dict: ReadonlyMap<string, T>,
  maxLen: number,
): Array<Piece & { value: T }> {
  const out: Array<Piece & { value: T }> = [];
  for (let i = 0; i < chars.length; i++) {
    for (let len = Math.min(maxLen, chars.length - i); len >= 2; len--) {
      const value = dict.get(chars.slice(i, i + len).join(''));
      if (value !== undefined) out.push({ from: i, to: i + len, weight: 0, value });
    }
  }
  return out;
}
