import type { ClueStatus, RecallRequestStatus, TClueView } from '@recall/shared';
import { allowedActions, canOpenCase } from '../../src/features/clues/useBureauClue';
import { allowedSteps } from '../../src/features/participation/useProducerRequests';

/** What the workspaces offer comes from the state tables of @recall/shared, the ones the server enforces. */

const clue = (status: ClueStatus) => ({ status }) as TClueView;

describe('the bureau clue page offers what the clue table allows', () => {
  it.each<[ClueStatus, string[], boolean]>([
    ['received', ['accept', 'merge', 'transfer', 'reject'], true],
    ['verifying', ['merge', 'transfer', 'reject'], true],
    ['merged', [], false],
    ['rejected', [], false],
  ])('to the handling bureau, a %s clue: %j, 立案 %s', (status, actions, openCase) => {
    expect(allowedActions(clue(status), true)).toEqual(actions);
    expect(canOpenCase(clue(status), true)).toBe(openCase);
  });

  it('a bureau the clue was copied to is offered nothing', () => {
    expect(allowedActions(clue('received'), false)).toEqual([]);
    expect(canOpenCase(clue('received'), false)).toBe(false);
  });
});

describe('the producer request page offers what the remedy-request table allows', () => {
  it.each<[RecallRequestStatus, string[]]>([
    ['submitted', ['accept', 'complete', 'reject']],
    ['accepted', ['complete', 'schedule', 'reject']],
    ['scheduled', ['complete', 'schedule', 'reject']],
    ['completed', []],
    ['rejected', []],
  ])('a %s request: %j', (status, steps) => {
    expect(allowedSteps(status)).toEqual(steps);
  });
});
