import { measureDueOn, measureState, workingHoursBetween } from '../src/domain/platformMeasures';

// 2025-10-01..08 are the National Day holidays; 2025-09-28 and 2025-10-11 are make-up working days.
test.each([
  ['a Monday push', '2025-09-15T02:00:00Z', 2, '2025-09-17'],
  ['a Friday push skips the weekend', '2025-09-19T02:00:00Z', 2, '2025-09-23'],
  ['late evening in Beijing is the next day', '2025-09-15T17:00:00Z', 2, '2025-09-18'],
  ['a push before National Day', '2025-09-30T02:00:00Z', 2, '2025-10-10'],
])('%s is due on the 2nd working day after', (_l, at, days, due) => {
  expect(measureDueOn(new Date(at), days)).toBe(due);
});

test.each([
  ['reported', true, '2025-09-20', 'done'],
  ['past the due day', false, '2025-09-18', 'overdue'],
  ['on the due day', false, '2025-09-17', 'due_soon'],
  ['well before', false, '2025-09-10', 'ok'],
] as const)('a measure %s (reported: %s, today %s) is %s', (_l, reported, today, want) => {
  expect(measureState('2025-09-17', reported, today, 2)).toBe(want);
});

test('working hours leave out the weekend', () => {
  // Friday 10:00 to Monday 10:00 Beijing time: 14 h on Friday + 10 h on Monday.
  expect(workingHoursBetween(new Date('2025-09-19T02:00:00Z'), new Date('2025-09-22T02:00:00Z'))).toBe(24);
});
