/**
 * How a completion rate (完成率, 0–100) is coloured wherever it is shown: under 60 % red (far from
 * done), 60–89.9 % amber (under way), from 90 % green (nearly done). The rules set no target rate;
 * these thresholds are the app's own choice, kept here so every place colours a rate alike.
 */
export const COMPLETION_LOW = 60;
export const COMPLETION_HIGH = 90;

export type CompletionTone = 'low' | 'mid' | 'high';

export function completionTone(rate: number): CompletionTone {
  if (!(rate >= COMPLETION_LOW)) return 'low';
  return rate >= COMPLETION_HIGH ? 'high' : 'mid';
}
