import { z } from 'zod';
import { CATEGORY_CODES, type CategoryCode, ZCategoryCode } from '../enums';
import { normalizeSearchText } from './search';
import { lazySchema } from '../schemas/lazy';

/**
 * The consumer-product thesaurus (config/search/thesaurus.json): groups of words for one product
 * kind — the names recalls use and the everyday words people type — so 取暖器 finds a recall of
 * 电暖器, and words for whole categories (玩具, 家具). Staff edit the file; the server reads it at start.
 */
const zWord = lazySchema(() =>
  z.string().trim().min(2, { error: '词语至少 2 个字' }).max(20, { error: '词语不能超过 20 个字' }),
);
export const ZThesaurus = lazySchema(() =>
  z.object({
    categories: z.partialRecord(ZCategoryCode, z.array(zWord)),
    groups: z.array(
      z.object({
        kind: zWord,
        category: ZCategoryCode,
        names: z.array(zWord).min(1),
        everyday: z.array(zWord).default([]),
        /** Broader kinds (another group's kind) this kind belongs to: 磁力积木 → 玩具. */
        broader: z.array(zWord).default([]),
      }),
    ),
  }),
);
export type TThesaurus = z.infer<typeof ZThesaurus>;

export interface ProductKind {
  id: number;
  name: string;
  category: CategoryCode;
  /** Ids of the broader kinds, transitively. */
  broader: number[];
}

/** What a word in a query or a product name stands for. */
export interface TermMeaning {
  kinds: number[];
  categories: CategoryCode[];
}

export interface CompiledThesaurus {
  kinds: ProductKind[];
  /** Normalised word → the kinds and categories it names. */
  terms: Map<string, TermMeaning>;
  /** Longest word, in characters. */
  maxLen: number;
}

/** Indexes a parsed thesaurus; a broader kind that names no group is a mistake in the file. */
export function compileThesaurus(t: TThesaurus): CompiledThesaurus {
  const byName = new Map<string, number>();
  t.groups.forEach((g, id) => byName.set(normalizeSearchText(g.kind), byName.get(normalizeSearchText(g.kind)) ?? id));
  const terms = new Map<string, TermMeaning>();
  const meaning = (word: string) => {
    const key = normalizeSearchText(word);
    let m = terms.get(key);
    if (!m) terms.set(key, (m = { kinds: [], categories: [] }));
    return m;
  };
  const kinds: ProductKind[] = t.groups.map((g, id) => ({ id, name: g.kind, category: g.category, broader: [] }));
  t.groups.forEach((g, id) => {
    for (const word of [g.kind, ...g.names, ...g.everyday]) {
      const m = meaning(word);
      if (!m.kinds.includes(id)) m.kinds.push(id);
    }
    for (const b of g.broader) {
      const parent = byName.get(normalizeSearchText(b));
      if (parent === undefined) throw new Error(`词表第 ${id + 1} 组“${g.kind}”的上位类“${b}”没有对应的组`);
      kinds[id].broader.push(parent);
    }
  });
  for (const k of kinds) k.broader = transitive(kinds, k.id);
  for (const code of CATEGORY_CODES)
    for (const word of t.categories[code] ?? []) {
      const m = meaning(word);
      if (!m.categories.includes(code)) m.categories.push(code);
    }
  const maxLen = Math.max(2, ...[...terms.keys()].map((k) => Array.from(k).length));
  return { kinds, terms, maxLen };
}

function transitive(kinds: ProductKind[], id: number): number[] {
  const seen = new Set<number>();
  const stack = [...kinds[id].broader];
  while (stack.length) {
    const k = stack.pop()!;
    if (k === id || seen.has(k)) continue;
    seen.add(k);
    stack.push(...kinds[k].broader);
  }
  return [...seen];
}
