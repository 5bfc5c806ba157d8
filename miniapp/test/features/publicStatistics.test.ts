import { fallbackYears, periodKey, quarterOpen } from '../../src/features/public-statistics/usePublicStatistics';

describe('召回统计: the periods offered', () => {
  test('a year, or a year and a quarter, as the API names them', () => {
    expect(periodKey('2026', '')).toBe('2026');
    expect(periodKey('2026', 'Q3')).toBe('2026-Q3');
  });

  test('a quarter that has not begun is not offered; past years offer every quarter', () => {
    const today = '2026-08-15';
    expect(['', 'Q1', 'Q2', 'Q3', 'Q4'].map((q) => quarterOpen('2026', q as never, today))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(['', 'Q1', 'Q4'].map((q) => quarterOpen('2025', q as never, today))).toEqual([true, true, true]);
    expect(quarterOpen('2027', '', today)).toBe(false);
  });

  test('before the first answer: this year and the two before', () => {
    expect(fallbackYears('2026-01-02')).toEqual(['2026', '2025', '2024']);
  });
});
