import { render } from '@testing-library/react';
import type { TCompletion } from '@recall/shared';
import { CompletionCard } from '../../src/features/cases/components/CaseDetail';
import { completionTone } from '../../src/features/cases/completionTone';

const completion = (rate: number, completed: number): TCompletion => ({
  involved: 1000,
  completedByRequests: completed,
  completedByOtherChannels: 0,
  completed,
  rate,
  requests: {},
  channels: [],
});

/** The rate's colour follows its value: a 10 % recall is never shown in green. */
describe('CompletionCard', () => {
  it.each([
    [10, 100, 'low'],
    [59.9, 599, 'low'],
    [60, 600, 'mid'],
    [89.9, 899, 'mid'],
    [90, 900, 'high'],
    [100, 1000, 'high'],
  ])('colours %s %% (%s done) as %s', (rate, done, tone) => {
    const { container } = render(<CompletionCard completion={completion(rate, done)} />);
    const shown = container.querySelector('.completion-rate');
    expect(shown?.textContent).toBe(`${rate.toFixed(1)}%`);
    expect(shown?.className).toContain(`completion-rate--${tone}`);
    expect(container.querySelector(`.cd-completion__fill--${tone}`)).not.toBeNull();
  });

  it('takes a rate that is not a number as low', () => {
    expect(completionTone(Number.NaN)).toBe('low');
  });
});
