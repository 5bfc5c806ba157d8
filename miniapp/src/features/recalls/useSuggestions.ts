import { useEffect, useState } from 'react';
import type { TRecallSuggestResponse } from '@recall/shared';
import { suggestRecalls } from './api';
import { keywordProblem } from './useRecallSearch';

export type Suggestion = TRecallSuggestResponse['items'][number];

/** Typing pauses this long before the server is asked (about two requests a second at most). */
export const SUGGEST_DELAY_MS = 250;

/**
 * Suggestions for `text` (null: none wanted), asked once typing pauses; an answer for older text
 * is dropped. Text that could not be searched is not sent. A failed request shows no suggestions
 * and no error: they are a help, and the search itself says what went wrong.
 */
export function useSuggestions(
  text: string | null,
  fetch: (q: string) => Promise<TRecallSuggestResponse> = suggestRecalls,
  delayMs = SUGGEST_DELAY_MS,
): Suggestion[] {
  const [items, setItems] = useState<Suggestion[]>([]);
  const q = text?.trim() ?? '';
  useEffect(() => {
    if (!q || keywordProblem(q)) {
      setItems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      fetch(q).then(
        (res) => current && setItems(res.items),
        () => current && setItems([]),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);
  return items;
}
