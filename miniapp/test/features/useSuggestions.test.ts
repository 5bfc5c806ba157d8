import { act, renderHook } from '@testing-library/react';
import type { TRecallSuggestResponse } from '@recall/shared';
import { SUGGEST_DELAY_MS, useSuggestions } from '../../src/features/recalls/useSuggestions';

type Answer = { resolve: (r: TRecallSuggestResponse) => void; reject: (e: Error) => void };

/** A server whose answers the test releases one by one, in any order. */
function server() {
  const asked: string[] = [];
  const answers: Answer[] = [];
  const fetch = (q: string) =>
    new Promise<TRecallSuggestResponse>((resolve, reject) => {
      asked.push(q);
      answers.push({ resolve, reject });
    });
  return { asked, answers, fetch };
}

const brand = (text: string) => ({ items: [{ text, kind: 'brand' as const }] });
const pause = () => act(() => jest.advanceTimersByTime(SUGGEST_DELAY_MS));
const settle = () => act(async () => {});

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('useSuggestions', () => {
  it('asks once typing pauses, for the last text only', async () => {
    const s = server();
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, s.fetch), {
      initialProps: { text: '暖' as string | null },
    });
    act(() => jest.advanceTimersByTime(SUGGEST_DELAY_MS - 1));
    rerender({ text: '暖阳 ' });
    await pause();
    expect(s.asked).toEqual(['暖阳']);
    s.answers[0].resolve(brand('暖阳'));
    await settle();
    expect(result.current).toEqual([{ text: '暖阳', kind: 'brand' }]);
  });

  it('drops an answer for older text that arrives late', async () => {
    const s = server();
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, s.fetch), {
      initialProps: { text: '极' as string | null },
    });
    await pause();
    rerender({ text: '极电' });
    await pause();
    s.answers[1].resolve(brand('极电'));
    s.answers[0].resolve(brand('极光'));
    await settle();
    expect(s.asked).toEqual(['极', '极电']);
    expect(result.current).toEqual([{ text: '极电', kind: 'brand' }]);
  });

  it('asks nothing for no text, blank text or text that cannot be searched, and clears what it showed', async () => {
    const s = server();
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, s.fetch), {
      initialProps: { text: '暖' as string | null },
    });
    await pause();
    s.answers[0].resolve(brand('暖阳'));
    await settle();
    for (const text of [null, '  ', '召回了吗', '？？']) {
      rerender({ text });
      await pause();
      expect(result.current).toEqual([]);
    }
    expect(s.asked).toEqual(['暖']);
  });

  it('shows nothing when the server fails (the search itself reports errors)', async () => {
    const s = server();
    const { result } = renderHook(() => useSuggestions('暖', s.fetch));
    await pause();
    s.answers[0].reject(new Error('网络连接失败'));
    await settle();
    expect(result.current).toEqual([]);
  });
});
